import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/api/app.ts';
import type { DemoCase } from '../../chains/demo-case.ts';
import { loadConfig } from '../../src/config.ts';
import type { Investigation } from '../../src/investigate.ts';
import { knownNetworks, startDemoChains, startInstance, type DemoChains, type RunningInstance } from '../../src/runtime.ts';
import { startFaultProxy, type Fault, type FaultProxy } from '../support/fault-proxy.ts';

/**
 * Every EVM demo scenario, investigated through a proxy that misbehaves like a bad public
 * endpoint. With a second, healthy endpoint the answer must be exactly the one a healthy
 * setup gives; with the faulty endpoint alone it must be "could not check" naming the
 * network, or (a lagging node that still has an old, final transaction) the same answer
 * — never "not found" and never another status.
 */

const EVM = ['ethereum', 'bsc'] as const;
let chains: Awaited<ReturnType<typeof startDemoChains>>;
let cases: DemoCase[];
const baseline = new Map<string, Summary>();
const proxies: FaultProxy[] = [];

interface Summary {
  category: string;
  codes: string[];
  transactions: { network: string; status: string; confirmations: number | null; final: boolean; failure: string | null; transfers: string[] }[];
}

function summary(inv: Investigation): Summary {
  return {
    category: inv.category,
    codes: inv.findings.map((f) => f.code),
    transactions: inv.transactions.map((t) => ({
      network: t.network,
      status: t.status,
      confirmations: t.confirmations,
      final: t.final,
      failure: t.failure?.kind ?? null,
      transfers: t.tokenTransfers.map((x) => `${x.symbol}:${x.amount.raw}:${x.to}`),
    })),
  };
}

const complaint = (c: DemoCase) => ({ text: `${c.text} ${c.txHash}` });

function config(env: Record<string, string> = {}) {
  return loadConfig({ MODE: 'demo', PORT: '0', LOG_LEVEL: 'silent', DATA_DIR: ':memory:', RPC_TIMEOUT_MS: '300', CACHE_MAX_ENTRIES: '0', RPC_BREAKER_FAILURES: '100', HEALTH_MONITOR: 'off', ...env }, knownNetworks);
}

async function proxy(network: string): Promise<FaultProxy> {
  const p = await startFaultProxy({ target: chains.endpoints[network][0] });
  proxies.push(p);
  return p;
}

/** An instance whose EVM networks are served by the given endpoint lists. */
async function instanceWith(endpoints: Record<string, string[]>, env: Record<string, string> = {}): Promise<RunningInstance> {
  const demoChains: DemoChains = { ...chains, endpoints: { ...chains.endpoints, ...endpoints } };
  return startInstance(config(env), { demoChains });
}

beforeAll(async () => {
  chains = await startDemoChains('http://demo');
  cases = chains.cases.filter((c) => (EVM as readonly string[]).includes(c.network) && c.txHash);
  const healthy = await instanceWith({});
  for (const c of cases) baseline.set(c.scenario, summary(await healthy.investigator.investigate(complaint(c))));
  await healthy.close();
});

afterAll(async () => {
  await Promise.all(proxies.map((p) => p.close()));
  await chains?.close();
});

const faults: [string, Fault][] = [
  ['latency beyond the timeout', { kind: 'latency', ms: 1_000 }],
  ['dropped connections', { kind: 'drop' }],
  ['a hung node', { kind: 'hang' }],
  ['429 with a long Retry-After', { kind: 'http_429', retryAfterSeconds: 30 }],
  ['HTTP 500', { kind: 'http_500' }],
  ['malformed JSON', { kind: 'malformed_json' }],
  ['truncated bodies', { kind: 'truncated' }],
  ['a node lagging 5 blocks', { kind: 'lagging', blocks: 5 }],
];

describe.each(faults)('upstream fault: %s', (_name, fault) => {
  it('with a second healthy endpoint, every scenario gets the same answer', async () => {
    const endpoints: Record<string, string[]> = {};
    for (const network of EVM) {
      const [faulty, healthy] = [await proxy(network), await proxy(network)];
      faulty.setFault(fault);
      endpoints[network] = [faulty.url, healthy.url]; // the faulty one is tried first
    }
    const instance = await instanceWith(endpoints);
    try {
      const results = await Promise.all(cases.map((c) => instance.investigator.investigate(complaint(c))));
      cases.forEach((c, i) => expect(summary(results[i]), c.scenario).toEqual(baseline.get(c.scenario)));
    } finally {
      await instance.close();
    }
  });

  it('as the only endpoint, the answer is "could not check" naming the networks, never "not found"', async () => {
    const endpoints: Record<string, string[]> = {};
    const faulty: FaultProxy[] = [];
    for (const network of EVM) {
      const p = await proxy(network);
      faulty.push(p);
      endpoints[network] = [p.url];
    }
    const instance = await instanceWith(endpoints, { RPC_RETRIES: '1' });
    try {
      // A lagging node can only be recognised against a head seen before (from it or another endpoint).
      if (fault.kind === 'lagging') await instance.investigator.investigate(complaint(cases[0]));
      for (const p of faulty) p.setFault(fault);
      const results = await Promise.all(cases.map((c) => instance.investigator.investigate(complaint(c))));
      cases.forEach((c, i) => {
        const s = summary(results[i]);
        expect(s.codes, c.scenario).not.toContain('TX_NOT_FOUND');
        if (s.category !== 'inconclusive') {
          // Only a lagging node that still holds an old, final transaction may answer — and then exactly as a healthy one.
          expect(fault.kind, c.scenario).toBe('lagging');
          expect(s, c.scenario).toEqual(baseline.get(c.scenario));
          return;
        }
        expect(s.codes, c.scenario).toContain('LOOKUP_INCONCLUSIVE');
        expect(s.transactions, c.scenario).toEqual([]);
        const failed = results[i].lookups.filter((l) => l.outcome === 'error').map((l) => l.network);
        expect(failed.length, c.scenario).toBeGreaterThan(0);
        const finding = results[i].findings.find((f) => f.code === 'LOOKUP_INCONCLUSIVE')!;
        for (const network of failed) expect(finding.detail, c.scenario).toContain(chains.networks.find((n) => n.id === network)!.name[results[i].lang]);
      });
      if (fault.kind === 'lagging') {
        // What happened in the last blocks (or is pending) is exactly what a lagging node cannot tell.
        for (const s of ['awaiting-confirmations', 'pending-fee-below-base-fee', 'pending-normal-fee']) {
          expect(summary(results[cases.findIndex((c) => c.scenario === s)]).category, s).toBe('inconclusive');
        }
      }
    } finally {
      await instance.close();
    }
  });
});

describe('retries on the only endpoint', () => {
  it.each<[string, Fault]>([
    ['a 429 with Retry-After 0', { kind: 'http_429', retryAfterSeconds: 0 }],
    ['an HTTP 500', { kind: 'http_500' }],
    ['a dropped connection', { kind: 'drop' }],
    ['a truncated body', { kind: 'truncated' }],
  ])('recovers from %s by retrying', async (_name, fault) => {
    const p = await proxy('ethereum');
    const instance = await instanceWith({ ethereum: [p.url] });
    try {
      const c = cases.find((x) => x.scenario === 'revert-with-reason')!;
      p.setFault(fault, { times: 1 });
      expect(summary(await instance.investigator.investigate(complaint(c)))).toEqual(baseline.get(c.scenario));
      expect(p.requests.filter((r) => r.fault !== 'pass')).toHaveLength(1);
    } finally {
      await instance.close();
    }
  });

  it('fails over when the second round trip of a lookup breaks, and keeps the lookup on one node', async () => {
    const [a, b] = [await proxy('ethereum'), await proxy('ethereum')];
    a.setFault({ kind: 'http_500' }, { match: (methods) => methods.includes('eth_getBlockByNumber') });
    const instance = await instanceWith({ ethereum: [a.url, b.url] });
    try {
      const c = cases.find((x) => x.scenario === 'erc20-transfer-final')!;
      expect(summary(await instance.investigator.investigate(complaint(c)))).toEqual(baseline.get(c.scenario));
      // b served the whole retried lookup: its first batch, then its second.
      expect(b.requests.map((r) => r.methods.includes('eth_getTransactionReceipt') || r.methods.includes('eth_getBlockByNumber'))).toEqual([true, true]);
    } finally {
      await instance.close();
    }
  });
});

describe('circuit breaker', () => {
  it('stops sending to an endpoint after repeated failures, and answers from the other one', async () => {
    const [bad, good] = [await proxy('ethereum'), await proxy('ethereum')];
    bad.setFault({ kind: 'http_500' });
    const instance = await instanceWith({ ethereum: [bad.url, good.url] }, { RPC_BREAKER_FAILURES: '2', RPC_BREAKER_COOLDOWN_MS: '60000' });
    try {
      const c = cases.find((x) => x.scenario === 'out-of-gas')!;
      for (let i = 0; i < 5; i++) expect(summary(await instance.investigator.investigate(complaint(c)))).toEqual(baseline.get(c.scenario));
      expect(bad.requests).toHaveLength(2);
      expect(instance.metrics.snapshot().ethereum[new URL(bad.url).host].breaker).toBe('open');
    } finally {
      await instance.close();
    }
  });
});

describe('cache and single-flight', () => {
  it('50 concurrent investigations of one hash cost the upstream what one does', async () => {
    const [eth, bsc] = [await proxy('ethereum'), await proxy('bsc')];
    const c = cases.find((x) => x.scenario === 'fake-token-received')!;
    const one = await instanceWith({ ethereum: [eth.url], bsc: [bsc.url] });
    await one.investigator.investigate(complaint(c));
    const perMethod = (i: RunningInstance) =>
      Object.fromEntries(Object.entries(i.metrics.snapshot()).map(([n, hosts]) => [n, Object.values(hosts).map((f) => f.byMethod)]));
    const single = perMethod(one);
    await one.close();

    const many = await instanceWith({ ethereum: [eth.url], bsc: [bsc.url] }, { CACHE_MAX_ENTRIES: '1000' });
    try {
      const results = await Promise.all(Array.from({ length: 50 }, () => many.investigator.investigate(complaint(c))));
      for (const r of results) expect(summary(r)).toEqual(baseline.get(c.scenario));
      expect(perMethod(many)).toEqual(single);
      // Final answers come from the cache afterwards: no upstream request at all.
      const before = eth.requests.length + bsc.requests.length;
      expect(summary(await many.investigator.investigate(complaint(c)))).toEqual(baseline.get(c.scenario));
      expect(eth.requests.length + bsc.requests.length - before).toBe(0);
    } finally {
      await many.close();
    }
  });

  it('never caches a failure', async () => {
    const p = await proxy('ethereum');
    const instance = await instanceWith({ ethereum: [p.url] }, { CACHE_MAX_ENTRIES: '1000', RPC_RETRIES: '0' });
    try {
      const c = cases.find((x) => x.scenario === 'revert-with-reason')!;
      p.setFault({ kind: 'http_500' }, { times: 1 });
      expect((await instance.investigator.investigate(complaint(c))).category).toBe('inconclusive');
      expect(summary(await instance.investigator.investigate(complaint(c)))).toEqual(baseline.get(c.scenario));
    } finally {
      await instance.close();
    }
  });
});

describe('access log', () => {
  it('says what a request cost upstream (per network, cache use), and never logs the complaint', async () => {
    const p = await proxy('ethereum');
    const instance = await instanceWith({ ethereum: [p.url] }, { LOG_LEVEL: 'info', CACHE_MAX_ENTRIES: '1000', RATE_LIMIT_PER_MINUTE: '0' });
    const lines: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
    try {
      const app = createApp(instance);
      const c = cases.find((x) => x.scenario === 'erc20-transfer-final')!;
      const text = `${c.text} ${c.txHash}`;
      const send = () => app.request('/v1/investigations', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${instance.agentKey}` }, body: JSON.stringify({ text }) });
      expect((await send()).status).toBe(200);
      expect((await send()).status).toBe(200);
      const [first, second] = lines.map((l) => JSON.parse(l)).filter((l) => l.path === '/v1/investigations');
      expect(first.upstream.networks.ethereum).toMatchObject({ requests: 2, failures: 0 });
      expect(first.upstream.networks.ethereum.ms).toBeGreaterThan(0);
      expect(first.upstream.lookups).toEqual({ hit: 0, shared: 0, fetched: 2 });
      expect(second.upstream).toMatchObject({ requests: 0, lookups: { hit: 2, shared: 0, fetched: 0 } });
      expect(lines.join('\n')).not.toContain(c.text!.slice(0, 20));
    } finally {
      spy.mockRestore();
      await instance.close();
    }
  });
});
