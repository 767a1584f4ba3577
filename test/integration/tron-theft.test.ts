import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PAGES, PAGE_SIZE } from '../../chains/tron/address-history.ts';
import { TronAdapter } from '../../chains/tron/adapter.ts';
import { toHexAddress } from '../../chains/tron/address.ts';
import { tronActors as a, tronContracts as c, tronTheftActors as t } from '../../chains/tron/devnet/actors.ts';
import { BUSY_TRX_PAYMENTS, BUSY_USDT_PAYMENTS } from '../../chains/tron/devnet/busy.ts';
import { startTronDevnet, tronDemoLabels, type TronDevnet } from '../../chains/tron/devnet/server.ts';
import { LabelBook } from '../../chains/labels/label-book.ts';
import type { AddressFacts, AddressLimits, AddressLookup, Network } from '../../chains/types.ts';
import type { RunningInstance } from '../../src/runtime.ts';
import { startDemoInstance } from '../support/instance.ts';
import { startSilentServer } from '../support/silent-server.ts';

const THEFT_CODES = ['RISKY_APPROVAL', 'DRAIN_BY_SPENDER', 'SWEEP_TO_ONE_ADDRESS', 'ADDRESS_POISONING', 'SENT_TO_POISONED_ADDRESS', 'FUNDS_TRACED_TO_EXCHANGE', 'ACCOUNT_PERMISSION_CHANGED', 'USDT_BLACKLISTED'];
const LIMITS: AddressLimits = { maxBlocks: 50_000, maxTransfers: 1_000, traceHops: 3 };

/**
 * TRON theft investigations end to end: complaint → intake → TronAdapter → fetch/tronweb
 * → HTTP → the local stand-in serving TronGrid's account lists from signed scenario
 * transactions → rules → messages. Nothing is mocked between the adapter and the socket.
 */
describe('theft investigations on the local TRON node', () => {
  let instance: RunningInstance;
  beforeAll(async () => {
    // No cache: these tests fault the stand-in between investigations of the same address (kept 15 s otherwise).
    instance = await startDemoInstance({ CACHE_MAX_ENTRIES: '0' });
  });
  afterAll(async () => instance?.close());

  const theftCases = () => instance.demoCases.filter((k) => k.scenario.startsWith('tron-theft-'));

  it('lists each TRON theft scenario as an address case, and one clean address', () => {
    const cases = theftCases();
    expect(cases.map((k) => k.expectedCode ?? 'clean').sort()).toEqual(['ACCOUNT_PERMISSION_CHANGED', 'DRAIN_BY_SPENDER', 'DUSTING_TRANSFERS', 'SENT_TO_POISONED_ADDRESS', 'clean']);
    for (const k of cases) {
      expect(k).toMatchObject({ network: 'tron', address: expect.stringMatching(/^T[1-9A-HJ-NP-Za-km-z]{33}$/) });
      expect(k.text).toContain(k.address);
    }
  });

  it('names each theft with its finding and P1 from a Chinese complaint, and keeps the clean address off P1', async () => {
    for (const k of theftCases()) {
      const inv = await instance.investigator.investigate({ text: `我的钱包被盗了，资产全没了！地址：${k.address}` });
      const codes = inv.findings.map((f) => f.code);
      expect(inv.lang).toBe('zh');
      expect(inv.addresses.map((r) => r.network), k.scenario).toEqual(['tron']);
      if (k.expectedCode) {
        expect(codes, k.scenario).toContain(k.expectedCode);
        expect(inv.priority, k.scenario).toBe('P1');
        expect(inv.suggestedReply, k.scenario).toContain('助记词');
      } else {
        expect(codes.filter((f) => THEFT_CODES.includes(f)), k.scenario).toEqual([]);
        expect(codes).toContain('NO_THEFT_PATTERN');
        expect(inv.priority).not.toBe('P1');
      }
    }
    expect(instance.devnets.tron?.unhandled.slice()).toEqual([]);
  });

  it('the demo complaints themselves reach the expected finding', async () => {
    for (const k of theftCases().filter((x) => x.expectedCode)) {
      const inv = await instance.investigator.investigate({ text: k.text! });
      expect(inv.findings.map((f) => f.code), k.scenario).toContain(k.expectedCode);
    }
  });

  it('reconstructs the approval drain: unlimited approval to a wallet, transferFrom by it, trail to the labelled exchange', async () => {
    const inv = await instance.investigator.investigate({ address: t.drainVictim.address, network: 'tron', lang: 'en' });
    const drain = inv.findings.find((f) => f.code === 'DRAIN_BY_SPENDER')!;
    expect(drain.explanation).toContain('4000 USDT left your wallet in transactions that you did not send');
    expect(inv.findings.find((f) => f.code === 'RISKY_APPROVAL')).toMatchObject({ severity: 'critical' });
    expect(inv.findings.find((f) => f.code === 'FUNDS_TRACED_TO_EXCHANGE')?.title).toBe('Funds traced to Demo Exchange hot wallet (TRON, demo)');
    const report = inv.addresses[0];
    expect(report.coverage).toMatchObject({ source: 'trongrid', truncated: false, incomplete: false, transfers: 3 });
    const out = report.transfers.find((x) => x.direction === 'out')!;
    expect(out).toMatchObject({ executor: t.drainer.address, counterparty: t.drainCollector.address, symbol: 'USDT', amount: { formatted: '4000' } });
    expect(report.approvals).toEqual([expect.objectContaining({ kind: 'trc20', spender: t.drainer.address, approved: 'unlimited', current: 'unlimited', spenderIsContract: false })]);
    expect(report.trails).toEqual([[expect.objectContaining({ from: t.drainCollector.address, to: t.exchangeHot.address, amount: expect.objectContaining({ formatted: '3990' }) })]]);
    expect(report.timeline.map((x) => x.kind)).toEqual(['out', 'approval', 'in', 'in']);
    expect(inv.nextSteps.join(' ')).toContain('Revoke');
  });

  it('shows the poisoning: a fake-USDT transfer from the look-alike, then the payment to it', async () => {
    const inv = await instance.investigator.investigate({ address: t.poisonVictim.address, network: 'tron', lang: 'en' });
    expect(inv.findings.map((f) => f.code).slice(0, 2)).toEqual(['SENT_TO_POISONED_ADDRESS', 'ADDRESS_POISONING']);
    expect(inv.findings[0].explanation).toContain(`1500 USDT was sent to ${t.lookalike}`);
    expect(inv.findings[0].explanation).toContain(t.friend.address);
    const bait = inv.addresses[0].transfers.find((x) => x.impersonates);
    expect(bait).toMatchObject({ direction: 'in', counterparty: t.lookalike, token: c.fakeUsdt, impersonates: 'USDT' });
  });

  it('shows the permission takeover with the exact keys and thresholds, and the sweep that followed', async () => {
    const inv = await instance.investigator.investigate({ address: a.victim.address, network: 'tron', lang: 'en' });
    const codes = inv.findings.map((f) => f.code);
    expect(codes).toContain('ACCOUNT_PERMISSION_CHANGED');
    expect(codes).toContain('SWEEP_TO_ONE_ADDRESS');
    const [change] = inv.addresses[0].authorityChanges;
    expect(change.newAuthorities).toEqual([a.thief.address]);
    expect(change.detail).toBe(
      `owner permission: threshold 1, keys ${a.thief.address} (weight 1); active "active" permission: threshold 1, keys ${a.thief.address} (weight 1); the account\u2019s own key can no longer sign as owner`,
    );
    expect(inv.addresses[0].freshAddresses).toEqual([a.thief.address]);
  });

  it('a failing page gives ADDRESS_SCAN_INCOMPLETE and keeps P1, never NO_THEFT_PATTERN', async () => {
    const tron = instance.devnets.tron!;
    const clean = theftCases().find((k) => !k.expectedCode)!.address!;
    const faults = [
      { path: `/v1/accounts/${clean}/transactions/trc20`, fault: 'http_500' },
      { path: `/v1/accounts/${clean}/transactions`, fault: 'malformed_json' },
      { pathPrefix: '/v1/accounts/', fault: 'node_error' },
    ] as const;
    for (const behavior of faults) {
      const off = tron.setBehavior(behavior);
      try {
        const inv = await instance.investigator.investigate({ text: `我的钱包被盗了… ${clean}` });
        const codes = inv.findings.map((f) => f.code);
        expect(codes, behavior.fault).toContain('ADDRESS_SCAN_INCOMPLETE');
        expect(codes, behavior.fault).not.toContain('NO_THEFT_PATTERN');
        expect(inv.priority, behavior.fault).toBe('P1');
      } finally {
        off();
      }
    }
  });

  it('GET /v1/address/tron/{address} answers the same investigation', async () => {
    const { createApp } = await import('../../src/api/app.ts');
    const res = await createApp(instance).request(`/v1/address/tron/${t.drainVictim.address}?lang=zh`, { headers: { authorization: `Bearer ${instance.agentKey}` } });
    const body = await res.json();
    expect(body.findings.map((f: { code: string }) => f.code)).toContain('DRAIN_BY_SPENDER');
    expect(body.addresses[0]).toMatchObject({ address: t.drainVictim.address, coverage: { source: 'trongrid' } });
  });
});

/** The adapter alone against the stand-in: failures, bounds, request shapes. */
describe('TRON address history: honesty and bounds', () => {
  let devnet: TronDevnet;
  let network: Network;
  let adapter: TronAdapter;
  beforeAll(async () => {
    devnet = await startTronDevnet({ quiet: true });
    network = devnet.networks[0];
    adapter = new TronAdapter([network], { endpoints: { tron: [devnet.url] }, timeoutMs: 3_000, apiKey: 'test-key', labels: LabelBook.defaults().with(tronDemoLabels()) });
  });
  afterAll(async () => devnet?.close());
  afterEach(() => devnet.clearBehaviors());

  const facts = (r: AddressLookup): AddressFacts => {
    if (r.outcome !== 'found') throw new Error(`expected found, got ${JSON.stringify(r)}`);
    return r.facts;
  };
  const listPath = (address: string, trc20 = false) => `/v1/accounts/${address}/transactions${trc20 ? '/trc20' : ''}`;

  it('claims base58 T… (checksum checked) and hex 41… addresses; investigates either form', async () => {
    expect(adapter.isAddress(t.cleanUser.address)).toBe(true);
    expect(adapter.isAddress(toHexAddress(t.cleanUser.address))).toBe(true);
    expect(adapter.isAddress(t.cleanUser.address.slice(0, -1) + (t.cleanUser.address.endsWith('A') ? 'B' : 'A'))).toBe(false);
    expect(adapter.isAddress('0x' + toHexAddress(t.cleanUser.address).slice(2))).toBe(false);
    const r = facts(await adapter.investigateAddress(network, toHexAddress(t.cleanUser.address), LIMITS));
    expect(r.address).toBe(t.cleanUser.address);
    expect(r.transfers.length).toBe(4);
  });

  it('asks TronGrid with the documented parameters and sends the API key', async () => {
    const before = devnet.requests.length;
    facts(await adapter.investigateAddress(network, t.cleanUser.address, LIMITS));
    const lists = devnet.requests.slice(before).filter((r) => r.path.startsWith(`/v1/accounts/${t.cleanUser.address}/`));
    expect(lists.map((r) => `${r.method} ${r.path}`).sort()).toEqual([`GET ${listPath(t.cleanUser.address)}`, `GET ${listPath(t.cleanUser.address, true)}`]);
    for (const r of lists) {
      expect(r.body).toMatchObject({ only_confirmed: 'true', order_by: 'block_timestamp,desc', limit: String(PAGE_SIZE) });
      expect(r.headers['tron-pro-api-key']).toBe('test-key');
    }
    expect(lists.find((r) => !r.path.endsWith('trc20'))!.body.search_internal).toBe('false');
  });

  it('a limited approval to a labelled router contract is read but not a risk', async () => {
    const r = facts(await adapter.investigateAddress(network, t.cleanUser.address, LIMITS));
    expect(r.approvals).toEqual([
      expect.objectContaining({ spender: c.dexRouter, approved: expect.objectContaining({ formatted: '100' }), current: expect.objectContaining({ formatted: '100' }), spenderIsContract: true }),
    ]);
    expect(r.labels[c.dexRouter]).toEqual({ name: 'Demo DEX router (TRON, demo)', kind: 'service' });
  });

  it('a failing first page is a gap in the coverage', async () => {
    devnet.setBehavior({ path: listPath(t.cleanUser.address, true), fault: 'http_500' });
    const r = facts(await adapter.investigateAddress(network, t.cleanUser.address, LIMITS));
    expect(r.coverage).toMatchObject({ incomplete: true, truncated: false });
    expect(r.coverage.gaps).toEqual([expect.stringMatching(/^TRC-20 transfers, page 1: UPSTREAM_HTTP_ERROR: .*HTTP 500/)]);
  });

  it('a later page that fails (or answers garbage) is a gap too; what was read still counts', async () => {
    for (const fault of ['http_500', 'malformed_json', 'node_error', 'empty_body'] as const) {
      devnet.setBehavior({ path: listPath(t.busyMerchant.address, true), laterPagesOnly: true, fault });
      const r = facts(await adapter.investigateAddress(network, t.busyMerchant.address, LIMITS));
      expect(r.coverage.incomplete, fault).toBe(true);
      expect(r.coverage.gaps, fault).toEqual([expect.stringMatching(/^TRC-20 transfers, page 2: UPSTREAM_/)]);
      expect(r.transfers.length, fault).toBeGreaterThan(0);
      devnet.clearBehaviors();
    }
  });

  it('nothing readable at all is an error of the lookup, not an empty history', async () => {
    devnet.setBehavior({ pathPrefix: '/v1/accounts/', fault: 'empty_body' });
    const r = await adapter.investigateAddress(network, t.cleanUser.address, LIMITS);
    expect(r).toMatchObject({ outcome: 'error', error: { code: 'UPSTREAM_MALFORMED' } });
  });

  it('an endpoint that hangs or refuses is an error with a stable code; the next endpoint answers', async () => {
    const silent = await startSilentServer();
    try {
      const hung = new TronAdapter([network], { endpoints: { tron: [silent.url] }, timeoutMs: 300 });
      expect(await hung.investigateAddress(network, t.cleanUser.address, LIMITS)).toMatchObject({ outcome: 'error', error: { code: 'UPSTREAM_TIMEOUT' } });
      const refused = new TronAdapter([network], { endpoints: { tron: ['http://127.0.0.1:9'] }, timeoutMs: 1_000 });
      expect(await refused.investigateAddress(network, t.cleanUser.address, LIMITS)).toMatchObject({ outcome: 'error', error: { code: 'UPSTREAM_UNAVAILABLE' } });
      const failover = new TronAdapter([network], { endpoints: { tron: ['http://127.0.0.1:9', devnet.url] }, timeoutMs: 1_000 });
      expect(facts(await failover.investigateAddress(network, t.cleanUser.address, LIMITS)).coverage.incomplete).toBe(false);
    } finally {
      await silent.close();
    }
  });

  it('a drain is still found when the account list fails: the sender comes from the node', async () => {
    devnet.setBehavior({ path: listPath(t.drainVictim.address), fault: 'http_500' });
    const r = facts(await adapter.investigateAddress(network, t.drainVictim.address, LIMITS));
    expect(r.coverage.incomplete).toBe(true);
    expect(r.transfers.find((x) => x.direction === 'out')?.executor).toBe(t.drainer.address);
  });

  it('a sender that cannot be read is a gap, not an owner-sent transfer', async () => {
    devnet.setBehavior({ path: '/wallet/gettransactionbyid', fault: 'http_500' });
    const r = facts(await adapter.investigateAddress(network, t.drainVictim.address, LIMITS));
    expect(r.coverage.incomplete).toBe(true);
    expect(r.coverage.gaps).toEqual([expect.stringMatching(/^sender of [0-9a-f]{64}: UPSTREAM_HTTP_ERROR/)]);
    expect(r.transfers.find((x) => x.direction === 'out')?.executor).toBeUndefined();
  });

  it(`a busy address (${BUSY_USDT_PAYMENTS} USDT + ${BUSY_TRX_PAYMENTS} TRX payments) costs a bounded number of requests`, async () => {
    const measure = async (limits: AddressLimits) => {
      const before = devnet.requests.length;
      const started = performance.now();
      const r = facts(await adapter.investigateAddress(network, t.busyMerchant.address, limits));
      const ms = performance.now() - started;
      const sent = devnet.requests.slice(before);
      const pages = (trc20: boolean) => sent.filter((q) => q.path === listPath(t.busyMerchant.address, trc20));
      return { r, sent, ms, txPages: pages(false), eventPages: pages(true) };
    };

    // Default limits: 1,000 items of each list, 200 per page → 5 + 5 pages, plus the blacklist read.
    const d = await measure(LIMITS);
    expect(d.r.coverage).toMatchObject({ transfers: 1_000, truncated: true, incomplete: false });
    expect([d.txPages.length, d.eventPages.length]).toEqual([5, 5]);
    expect(d.sent.length).toBe(11);
    // Each next page is the same request plus the previous page's fingerprint.
    expect(d.eventPages.map((q) => q.body.fingerprint === undefined)).toEqual([true, false, false, false, false]);
    for (const q of d.eventPages) expect(q.body.limit).toBe('200');
    // The window both lists cover completely: no transfer older than it.
    expect(Math.min(...d.r.transfers.map((x) => x.timestamp!))).toBeGreaterThanOrEqual(d.r.coverage.fromTime!);

    // Small limits: fewer pages, page size follows the budget.
    const s = await measure({ ...LIMITS, maxTransfers: 150 });
    expect([s.txPages.length, s.eventPages.length]).toEqual([1, 1]);
    expect(s.eventPages[0].body.limit).toBe('150');
    expect(s.r.coverage).toMatchObject({ transfers: 150, truncated: true });

    // Huge limits: the hard cap of MAX_PAGES per list holds; the TRX list ends on its own.
    const h = await measure({ ...LIMITS, maxTransfers: 50_000 });
    expect(h.eventPages.length).toBe(MAX_PAGES);
    expect(h.txPages.length).toBe(Math.ceil(BUSY_TRX_PAYMENTS / PAGE_SIZE));
    expect(h.r.coverage.truncated).toBe(true);
    console.log(
      `busy TRON address: default limits ${d.sent.length} requests (${d.txPages.length}+${d.eventPages.length} pages) ${d.ms.toFixed(0)} ms; ` +
        `maxTransfers 150: ${s.sent.length} requests; maxTransfers 50,000: ${h.sent.length} requests (${h.txPages.length}+${h.eventPages.length} pages), ${h.r.transfers.length} transfers`,
    );
  });
});
