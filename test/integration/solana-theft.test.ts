import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { associatedTokenAddress } from '../../chains/solana/accounts.ts';
import { SolanaAdapter } from '../../chains/solana/adapter.ts';
import { startSolanaDevnet, type SolanaDevnet } from '../../chains/solana/devnet/server.ts';
import { solanaTheftActors as a } from '../../chains/solana/devnet/theft.ts';
import { solana } from '../../chains/solana/networks.ts';
import { createApp } from '../../src/api/app.ts';
import { findIdentifiers } from '../../src/intake/identifiers.ts';
import type { RunningInstance } from '../../src/runtime.ts';
import { startDemoInstance } from '../support/instance.ts';

const USDC = solana.tokens.find((t) => t.symbol === 'USDC')!.address;
const THEFT_CODES = ['RISKY_APPROVAL', 'DRAIN_BY_SPENDER', 'SWEEP_TO_ONE_ADDRESS', 'ADDRESS_POISONING', 'SENT_TO_POISONED_ADDRESS', 'TOKEN_AUTHORITY_CHANGED', 'ACCOUNT_CLOSED_AND_SWEPT', 'DURABLE_NONCE_PRESIGNED'];

/**
 * Solana address investigations end to end: complaint text → intake → SolanaAdapter →
 * @solana/web3.js → HTTP → the local Solana node serving the theft histories → rules →
 * zh/en messages. Nothing is mocked.
 */
describe('theft investigations on the local Solana node', () => {
  let instance: RunningInstance;
  let dev: SolanaDevnet;
  beforeAll(async () => {
    // No cache: these tests fault the stand-in between investigations of the same address (kept 15 s otherwise).
    instance = await startDemoInstance({ CACHE_MAX_ENTRIES: '0' });
    dev = instance.devnets.solana!;
  });
  afterEach(() => dev?.resetBehaviors());
  afterAll(async () => instance?.close());

  const theftCases = () => instance.demoCases.filter((c) => c.scenario.startsWith('solana-theft-'));
  const investigate = (address: string, lang: 'en' | 'zh' = 'en') => instance.investigator.investigate({ address, network: 'solana', lang });
  const codes = (inv: { findings: { code: string }[] }) => inv.findings.map((f) => f.code);

  it('lists the Solana theft scenarios as address cases, and one clean address', () => {
    const cases = theftCases();
    expect(cases.map((c) => c.expectedCode ?? 'clean').sort()).toEqual(['ACCOUNT_CLOSED_AND_SWEPT', 'DRAIN_BY_SPENDER', 'DUSTING_TRANSFERS', 'SENT_TO_POISONED_ADDRESS', 'TOKEN_AUTHORITY_CHANGED', 'clean']);
    const adapter = instance.registry.adapterFor(instance.registry.network('solana')!);
    for (const c of cases) {
      expect(c.network).toBe('solana');
      expect(adapter.isAddress?.(c.address!)).toBe(true);
      // Intake finds the address in the complaint as an address, not as something else.
      expect(findIdentifiers(c.text!).map((i) => [i.kind, i.value])).toEqual([['address', c.address]]);
    }
  });

  it('names each theft with its finding and P1 from a Chinese complaint, and keeps the clean address off P1', async () => {
    for (const c of theftCases()) {
      const inv = await instance.investigator.investigate({ text: `我的钱包被盗了，资产全没了！地址：${c.address}` });
      expect(inv.understood.addresses, c.scenario).toEqual([c.address]);
      expect(inv.addresses.map((r) => r.network), c.scenario).toEqual(['solana']);
      expect(inv.lang).toBe('zh');
      if (c.expectedCode) {
        expect(codes(inv), c.scenario).toContain(c.expectedCode);
        expect(inv.priority, c.scenario).toBe('P1');
        expect(inv.suggestedReply, c.scenario).toContain('助记词');
      } else {
        expect(codes(inv).filter((f) => THEFT_CODES.includes(f)), c.scenario).toEqual([]);
        expect(codes(inv)).toContain('NO_THEFT_PATTERN');
        expect(inv.priority).not.toBe('P1');
        expect(inv.addresses[0].coverage).toMatchObject({ source: 'getSignaturesForAddress', truncated: false, incomplete: false });
      }
    }
  });

  it('each case\'s own complaint text finds its address and its finding', async () => {
    for (const c of theftCases().filter((x) => x.expectedCode)) {
      const inv = await instance.investigator.investigate({ text: c.text! });
      expect(codes(inv), c.scenario).toContain(c.expectedCode);
    }
  });

  it('delegate drain: the delegate moved the USDC, the approval is still unlimited, the trail reaches the exchange', async () => {
    const inv = await investigate(a.drainVictim);
    const drain = inv.findings.find((f) => f.code === 'DRAIN_BY_SPENDER')!;
    expect(drain.explanation).toContain(`3000 USDC left your wallet in transactions that you did not send: they were sent by ${a.drainer}`);
    expect(inv.findings.find((f) => f.code === 'RISKY_APPROVAL')).toMatchObject({ severity: 'critical' });
    expect(inv.findings.find((f) => f.code === 'FUNDS_TRACED_TO_EXCHANGE')?.title).toBe('Funds traced to Demo Exchange hot wallet (demo)');
    const report = inv.addresses[0];
    expect(report.approvals).toEqual([expect.objectContaining({ kind: 'spl', spender: a.drainer, approved: 'unlimited', current: 'unlimited', spenderIsContract: false })]);
    expect(report.trails[0].map((h) => h.from)).toEqual([a.drainCollector, a.drainDeposit]);
    expect(report.freshAddresses).toContain(a.drainCollector);
    // The drain is only in the token account's history (the wallet signed nothing): it was read too.
    expect(report.timeline.map((t) => t.kind)).toEqual(['out', 'approval', 'in', 'in']);
    expect(report.coverage).toMatchObject({ source: 'getSignaturesForAddress', truncated: false, incomplete: false, gaps: [] });
    // Solana delegations are revoked in the wallet, not on an EVM approval site.
    expect(inv.nextSteps.join(' ')).toContain('Revoke this delegation now in your wallet');
    expect(inv.nextSteps.join(' ')).not.toContain('revoke.cash');
  });

  it('SetAuthority takeover: who owns the token account now, and where its USDC went', async () => {
    const inv = await investigate(a.takeoverVictim, 'zh');
    const change = inv.findings.find((f) => f.code === 'TOKEN_AUTHORITY_CHANGED')!;
    expect(change.severity).toBe('critical');
    expect(JSON.stringify(change.evidence)).toContain(a.takeoverAttacker);
    const report = inv.addresses[0];
    expect(report.authorityChanges).toEqual([expect.objectContaining({ kind: 'solana-set-authority', newAuthorities: [a.takeoverAttacker] })]);
    expect(report.trails).toEqual([[expect.objectContaining({ from: a.takeoverAttacker, to: a.takeoverDeposit }), expect.objectContaining({ to: a.exchangeHot, label: { name: 'Demo Exchange hot wallet (demo)', kind: 'exchange' } })]]);
    expect(codes(inv)).toContain('FUNDS_TRACED_TO_EXCHANGE');
  });

  it('poisoning: a real payment, fake USDC from the look-alike, then the payment to it', async () => {
    const inv = await investigate(a.poisonVictim);
    expect(codes(inv).slice(0, 2)).toEqual(['SENT_TO_POISONED_ADDRESS', 'ADDRESS_POISONING']);
    expect(inv.findings[0].explanation).toContain(`1500 USDC was sent to ${a.lookalike}`);
    expect([a.lookalike.slice(0, 4), a.lookalike.slice(-4)]).toEqual([a.friend.slice(0, 4), a.friend.slice(-4)]);
    const bait = inv.addresses[0].transfers.find((t) => t.impersonates);
    expect(bait).toMatchObject({ direction: 'in', counterparty: a.lookalike, symbol: 'USDC', wellKnown: false });
  });

  it('durable nonce: a pre-signed transaction sent days later closed the USDC account and swept it', async () => {
    const inv = await investigate(a.nonceVictim);
    expect(codes(inv)).toEqual(expect.arrayContaining(['ACCOUNT_CLOSED_AND_SWEPT', 'DURABLE_NONCE_PRESIGNED', 'SWEEP_TO_ONE_ADDRESS']));
    const report = inv.addresses[0];
    expect(report.authorityChanges.find((c) => c.kind === 'solana-close-account')).toMatchObject({ newAuthorities: [a.nonceAttacker], swept: { formatted: '0.00203928', symbol: 'SOL' } });
  });

  it('a failing first signature page: ADDRESS_SCAN_INCOMPLETE, never an all-clear', async () => {
    dev.setBehavior({ method: 'getSignaturesForAddress', signature: a.cleanUser }, { kind: 'rpc-error', code: -32603, message: 'Internal error' });
    const inv = await instance.investigator.investigate({ text: `我的钱包被盗了 ${a.cleanUser}` });
    expect(codes(inv)).toContain('ADDRESS_SCAN_INCOMPLETE');
    expect(codes(inv)).not.toContain('NO_THEFT_PATTERN');
    expect(inv.priority).toBe('P1');
    expect(inv.addresses).toEqual([]);
  });

  it('a failing token-account page, transaction batch or token-account list is a gap: incomplete, no all-clear', async () => {
    const usdcAccount = dev.histories.find((f) => f.scenario === 'clean: second USDC withdrawal')!.transaction!.meta!.postTokenBalances.find((b) => b.owner === a.cleanUser)!;
    const tokenAccount = dev.histories.find((f) => f.scenario === 'clean: second USDC withdrawal')!.transaction!.transaction.message.accountKeys[usdcAccount.accountIndex].pubkey;
    const payment = dev.histories.find((f) => f.scenario === 'clean: pays a friend')!.signature;
    const faults = [
      [{ method: 'getSignaturesForAddress', signature: tokenAccount }, `signatures of token account ${tokenAccount}`],
      [{ method: 'getTransaction', signature: payment }, 'transaction(s) from'],
      [{ method: 'getTokenAccountsByOwner' }, 'token accounts of'],
    ] as const;
    for (const [match, gap] of faults) {
      dev.setBehavior(match, { kind: 'rpc-error' });
      const inv = await investigate(a.cleanUser);
      dev.resetBehaviors();
      expect(codes(inv), gap).toContain('ADDRESS_SCAN_INCOMPLETE');
      expect(codes(inv), gap).not.toContain('NO_THEFT_PATTERN');
      expect(inv.addresses[0].coverage.incomplete).toBe(true);
      expect(inv.addresses[0].coverage.gaps.join(' ')).toContain(gap);
    }
  });

  it('GET /v1/address/solana/{address} answers the same investigation', async () => {
    const res = await createApp(instance).request(`/v1/address/solana/${a.drainVictim}?lang=zh`, { headers: { authorization: `Bearer ${instance.agentKey}` } });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.findings.map((f: { code: string }) => f.code)).toContain('DRAIN_BY_SPENDER');
    expect(body.addresses[0]).toMatchObject({ family: 'solana', address: a.drainVictim, coverage: { source: 'getSignaturesForAddress' } });
    expect((await createApp(instance).request('/v1/address/solana/0x1111111111111111111111111111111111111111', { headers: { authorization: `Bearer ${instance.agentKey}` } })).status).toBe(400);
  });
});

describe('bounded cost on a busy Solana address', () => {
  let dev: SolanaDevnet;
  let adapter: SolanaAdapter;
  beforeAll(async () => {
    dev = await startSolanaDevnet({ busyAddressTransactions: 5_000 });
    adapter = new SolanaAdapter(dev.networks, { endpoints: { solana: [dev.url] }, timeoutMs: 20_000 });
  });
  afterEach(() => dev?.resetBehaviors());
  afterAll(async () => dev?.close());

  /** JSON-RPC calls per method and HTTP requests (a batch array is one request) the node served since `from`. */
  const traffic = (from: number) => {
    const calls = dev.calls.slice(from);
    const byMethod: Record<string, number> = {};
    for (const c of calls) byMethod[c.method] = (byMethod[c.method] ?? 0) + 1;
    return { http: new Set(calls.map((c) => c.batch)).size, calls: calls.length, byMethod };
  };

  it('analyses an address with 5,000 transactions within the configured limits', async () => {
    const from = dev.calls.length;
    const started = performance.now();
    const r = await adapter.investigateAddress(dev.networks[0], dev.busyAddress!, { maxBlocks: 50_000, maxTransfers: 1_000, traceHops: 3 });
    const ms = performance.now() - started;
    expect(r.outcome === 'error' ? r.error : 'found').toBe('found');
    if (r.outcome !== 'found') return;
    expect(r.facts.coverage).toMatchObject({ transfers: 1_000, truncated: true, incomplete: false, gaps: [] });
    const t = traffic(from);
    // History: 2 (signatures + token accounts) + 1 page per token account + 10 batches of 100 transactions;
    // trails: at most 5 destinations × 3 hops × (1 signature page + 1 batch of ≤10 transactions).
    expect(t.byMethod.getTransaction).toBeLessThanOrEqual(1_000 + 5 * 3 * 10);
    expect(t.byMethod.getSignaturesForAddress).toBeLessThanOrEqual(2 + 5 * 3);
    expect(t.http).toBeLessThanOrEqual(3 + 1 + 10 + 5 * 3 * 2);
    console.log(`Solana busy address (5,000 txs, budget 1,000): ${t.http} HTTP requests, ${t.calls} JSON-RPC calls ${JSON.stringify(t.byMethod)}, ${ms.toFixed(0)} ms`);
  }, 60_000);

  it('pages back while the budget lasts; a failed older page is a gap, never the end of the history', async () => {
    dev.setBehavior({ method: 'getSignaturesForAddress', signature: dev.busyAddress, skip: 1 }, { kind: 'rpc-error', code: -32603, message: 'Internal error' });
    const from = dev.calls.length;
    const r = await adapter.investigateAddress(dev.networks[0], dev.busyAddress!, { maxBlocks: 50_000, maxTransfers: 1_500, traceHops: 0 });
    expect(r.outcome).toBe('found');
    if (r.outcome !== 'found') return;
    // Budget 1,500: pages of 1,000 and 500 for the wallet (the second failed) and for its USDC account.
    const pages = (address: string) => dev.calls.slice(from).filter((c) => c.method === 'getSignaturesForAddress' && c.params[0] === address).map((c) => (c.params[1] as { limit: number }).limit);
    expect(pages(dev.busyAddress!)).toEqual([1_000, 500]);
    expect(pages(associatedTokenAddress(dev.busyAddress!, USDC))).toEqual([1_000, 500]);
    expect(r.facts.coverage).toMatchObject({ incomplete: true, truncated: true });
    expect(r.facts.coverage.gaps).toEqual([expect.stringMatching(/^signatures of the wallet before \w+: .*Internal error/)]);
    // The history stops where the wallet's list stopped: nothing older is claimed as covered.
    expect(r.facts.transfers.length).toBeLessThan(1_500);
  }, 60_000);
});
