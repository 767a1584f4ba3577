import { describe, expect, it } from 'vitest';
import { mergeSignatureLists, solanaActivity, transfersOf, type CurrentTokenAccount, type SignatureEntry } from '../../chains/solana/address-activity.ts';
import { lookalikeOf } from '../../chains/solana/devnet/bank.ts';
import { buildSolanaTheftDemo, solanaTheftActors as a } from '../../chains/solana/devnet/theft.ts';
import { solana } from '../../chains/solana/networks.ts';
import { looksAlike } from '../../src/diagnose/rules/common/complaint-mismatch.ts';
import { knownSolanaTokens, solanaFactsOf } from '../support/solana-facts.ts';

/**
 * The pure half of a Solana address investigation, on the demo bank's transactions (the
 * same ones the local node serves) through the pure facts builder.
 */
const demo = buildSolanaTheftDemo();
const USDC = solana.tokens[0].address;
const FAKE = { symbol: 'USDC', name: 'USD Coin', wellKnown: false, impersonates: 'USDC' };
const tokens = knownSolanaTokens([[a.fakeUsdcMint, FAKE]]);
/** Facts of every demo transaction that names `address`, newest first (what the adapter reads). */
const historyOf = (address: string) =>
  demo.fixtures
    .filter((f) => f.transaction!.transaction.message.accountKeys.some((k) => k.pubkey === address) || f.transaction!.meta!.postTokenBalances.some((b) => b.owner === address) || f.transaction!.meta!.preTokenBalances.some((b) => b.owner === address))
    .map((f) => solanaFactsOf(f, { tokens }))
    .reverse();
const tx = (label: string) => solanaFactsOf(demo.fixtures.find((f) => f.scenario === label)!, { tokens });
const entry = (signature: string, slot: number): SignatureEntry => ({ signature, slot, err: null });

describe('merging signature lists', () => {
  it('keeps everything, newest first and once, when every list is complete', () => {
    const r = mergeSignatureLists(
      [
        { address: 'wallet', entries: [entry('c', 30), entry('a', 10)], complete: true },
        { address: 'token account', entries: [entry('b', 20), entry('a', 10)], complete: true },
      ],
      100,
    );
    expect(r).toEqual({ signatures: [entry('c', 30), entry('b', 20), entry('a', 10)], truncated: false });
  });

  it('stops where a list was cut: below it that list would be missing', () => {
    const r = mergeSignatureLists(
      [
        { address: 'wallet', entries: [entry('w3', 300), entry('w2', 200)], complete: false },
        { address: 'token account', entries: [entry('t2', 250), entry('t1', 100)], complete: true },
      ],
      100,
    );
    expect(r.signatures.map((s) => s.signature)).toEqual(['w3', 't2', 'w2']);
    expect(r.truncated).toBe(true);
  });

  it('cuts at the budget', () => {
    const r = mergeSignatureLists([{ address: 'wallet', entries: [entry('x', 3), entry('y', 2), entry('z', 1)], complete: true }], 2);
    expect(r).toMatchObject({ signatures: [entry('x', 3), entry('y', 2)], truncated: true });
  });
});

describe('transfers seen from one address', () => {
  it('a delegate\'s transfer out of the owner\'s token account: out, to the receiver\'s wallet, executed by the delegate', () => {
    const drain = tx('drain: the delegate takes the USDC');
    expect(transfersOf(solana, a.drainVictim, drain, tokens)).toEqual([
      expect.objectContaining({ direction: 'out', token: USDC, symbol: 'USDC', counterparty: a.drainCollector, executor: a.drainer, wellKnown: true, amount: expect.objectContaining({ formatted: '3000' }) }),
    ]);
    // The receiver sees it come in, plus the SOL for fees.
    expect(transfersOf(solana, a.drainCollector, drain, tokens).map((t) => `${t.direction} ${t.amount.formatted} ${t.symbol}`)).toEqual(['in 0.05 SOL', 'in 3000 USDC']);
  });

  it('fake USDC keeps its impersonation; SOL counts as well known', () => {
    const bait = transfersOf(solana, a.poisonVictim, tx('poisoning: fake USDC from the look-alike'), tokens);
    expect(bait).toEqual([expect.objectContaining({ direction: 'in', counterparty: a.lookalike, impersonates: 'USDC', wellKnown: false })]);
    expect(transfersOf(solana, a.poisonVictim, tx('poisoning: SOL withdrawal'), tokens)[0]).toMatchObject({ direction: 'in', symbol: 'SOL', wellKnown: true });
  });

  it('the look-alike shares the first and last four characters', () => {
    expect(looksAlike(solana, a.friend, a.lookalike)).toBe(true);
    expect(lookalikeOf(a.friend, 'another grind')).not.toBe(a.lookalike);
  });
});

describe('approvals, authorities and nonces', () => {
  const drainAccount = (delegate: string | null, delegatedAmount: string): CurrentTokenAccount => ({ address: demo.fixtures.find((f) => f.scenario === 'drain: unlimited approve to the drainer')!.transaction!.transaction.message.accountKeys[1].pubkey, mint: USDC, amount: '0', decimals: 6, delegate, delegatedAmount });

  it('an unlimited SPL approve to a wallet, still active now', () => {
    const r = solanaActivity({ network: solana, address: a.drainVictim, txs: historyOf(a.drainVictim), tokens, tokenAccounts: [drainAccount(a.drainer, '18446744070709551615')] });
    expect(r.approvals).toEqual([expect.objectContaining({ kind: 'spl', token: USDC, symbol: 'USDC', spender: a.drainer, approved: 'unlimited', current: 'unlimited', spenderIsContract: false })]);
    expect(r.trailStarts[0]).toMatchObject({ address: a.drainCollector, token: USDC });
  });

  it('what an approval still allows comes from the token account now: revoked is none, unknown is null', () => {
    const txs = historyOf(a.drainVictim);
    expect(solanaActivity({ network: solana, address: a.drainVictim, txs, tokens, tokenAccounts: [drainAccount(null, '0')] }).approvals[0].current).toBe('none');
    expect(solanaActivity({ network: solana, address: a.drainVictim, txs, tokens, tokenAccounts: [drainAccount(a.drainer, '5000000')] }).approvals[0].current).toMatchObject({ formatted: '5', symbol: 'USDC' });
    expect(solanaActivity({ network: solana, address: a.drainVictim, txs, tokens, tokenAccounts: null }).approvals[0].current).toBeNull();
  });

  it('SetAuthority of a token account: the new owner gains control and is where the trail starts', () => {
    const r = solanaActivity({ network: solana, address: a.takeoverVictim, txs: historyOf(a.takeoverVictim), tokens, tokenAccounts: [] });
    expect(r.authorityChanges).toEqual([expect.objectContaining({ kind: 'solana-set-authority', newAuthorities: [a.takeoverAttacker] })]);
    expect(r.authorityChanges[0].detail).toMatch(/^ownership of USDC token account \w+, holding 2400 USDC given to /);
    expect(r.trailStarts).toContainEqual(expect.objectContaining({ address: a.takeoverAttacker, token: USDC, decimals: 6 }));
  });

  it('a pre-signed durable-nonce sweep: nonce, closed account with its rent, the moves', () => {
    const r = solanaActivity({ network: solana, address: a.nonceVictim, txs: historyOf(a.nonceVictim), tokens, tokenAccounts: [] });
    expect(r.authorityChanges.map((c) => c.kind)).toEqual(['solana-close-account', 'solana-durable-nonce']);
    expect(r.authorityChanges[0]).toMatchObject({ newAuthorities: [a.nonceAttacker], swept: { raw: '2039280', symbol: 'SOL' } });
    expect(r.authorityChanges[1].detail).toContain(`sent and paid for by ${a.nonceAttacker}; it moved 1.999 SOL to ${a.nonceAttacker}, 800 USDC to ${a.nonceAttacker}`);
  });

  it('a durable nonce the owner pays for and controls is its own business (offline signing)', () => {
    // The same sweep as if the victim had sent it: fee payer and nonce authority are the address itself.
    const own = structuredClone(demo.fixtures.find((f) => f.scenario === 'nonce: pre-signed sweep')!);
    const message = own.transaction!.transaction.message;
    const [attacker, victim] = [message.accountKeys[0].pubkey, a.nonceVictim];
    const swap = (v: unknown): unknown => (v === attacker ? victim : v === victim ? attacker : Array.isArray(v) ? v.map(swap) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, swap(x)])) : v);
    own.transaction!.transaction.message = swap(message) as typeof message;
    const facts = solanaFactsOf(own, { tokens });
    expect(facts.solana!.durableNonce).toMatchObject({ nonceAuthority: victim });
    expect(facts.solana!.feePayer).toBe(victim);
    const r = solanaActivity({ network: solana, address: victim, txs: [facts], tokens, tokenAccounts: [] });
    expect(r.authorityChanges.filter((c) => c.kind === 'solana-durable-nonce')).toEqual([]);
  });

  it('nothing suspicious in the clean user\'s history', () => {
    const r = solanaActivity({ network: solana, address: a.cleanUser, txs: historyOf(a.cleanUser), tokens, tokenAccounts: [] });
    expect(r.authorityChanges).toEqual([]);
    expect(r.approvals).toEqual([]);
    expect(r.transfers.map((t) => `${t.direction} ${t.amount.formatted} ${t.symbol}`)).toEqual(['in 300 USDC', 'out 0.2 SOL', 'out 120 USDC', 'in 500 USDC', 'in 1 SOL']);
    expect(r.transfers.every((t) => t.direction === 'in' || t.executor === a.cleanUser)).toBe(true);
  });
});
