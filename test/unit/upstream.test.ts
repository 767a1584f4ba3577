import { describe, expect, it } from 'vitest';
import { CachedAdapter, defaultCachePolicy, ttlFor, type CachedLookup } from '../../chains/cache/cached-adapter.ts';
import { MemoryLookupCache } from '../../chains/cache/lookup-cache.ts';
import { ethereum } from '../../chains/evm/networks.ts';
import type { ChainAdapter, TxLookup } from '../../chains/types.ts';
import { CircuitBreaker } from '../../chains/upstream/breaker.ts';
import { parseRetryAfter, UpstreamFailure } from '../../chains/upstream/failure.ts';
import { readJsonRpc } from '../../chains/upstream/json-rpc.ts';
import { UpstreamMetrics } from '../../chains/upstream/metrics.ts';
import { TokenBucket } from '../../chains/upstream/token-bucket.ts';
import { newTrace, withTrace } from '../../chains/upstream/trace.ts';
import { Upstream, type UpstreamPolicy } from '../../chains/upstream/upstream.ts';
import { evmTx } from '../support/facts.ts';

const policy = (over: Partial<UpstreamPolicy> = {}): UpstreamPolicy => ({
  timeoutMs: 200,
  retries: 2,
  backoffBaseMs: 1,
  backoffMaxMs: 5,
  ratePerSecond: Infinity,
  breaker: { failures: 3, cooldownMs: 60_000 },
  ...over,
});

/** A fake fetch: each endpoint host answers from its own script (status, body, headers), last entry repeating. */
function scripted(script: Record<string, { status?: number; body?: string; headers?: Record<string, string>; throws?: boolean }[]>) {
  const calls: string[] = [];
  const fetchImpl = (async (input: string | URL | Request) => {
    const url = new URL(String(input));
    calls.push(url.host + url.pathname);
    const queue = script[url.host];
    const step = queue.length > 1 ? queue.shift()! : queue[0];
    if (step.throws) throw new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } });
    return new Response(step.body ?? '{}', { status: step.status ?? 200, headers: step.headers });
  }) as typeof fetch;
  return { fetchImpl, calls };
}

const text = (t: string) => t;

describe('TokenBucket', () => {
  it('lets a burst through, then spaces requests at the rate, and refuses waits longer than allowed', () => {
    let now = 0;
    const bucket = new TokenBucket(10, 2, () => now);
    expect(bucket.reserve(1, 1000)).toBe(0);
    expect(bucket.reserve(1, 1000)).toBe(0);
    expect(bucket.reserve(1, 1000)).toBeCloseTo(100);
    expect(bucket.reserve(1, 150)).toBeUndefined(); // would wait 200 ms
    now = 1_000;
    expect(bucket.reserve(2, 0)).toBe(0);
  });

  it('stays empty for a Retry-After', () => {
    let now = 0;
    const bucket = new TokenBucket(10, 20, () => now);
    bucket.drainFor(2_000);
    expect(bucket.waitMs(1)).toBeGreaterThanOrEqual(2_000);
    now = 2_100;
    expect(bucket.waitMs(1)).toBe(0);
  });
});

describe('CircuitBreaker', () => {
  it('opens after consecutive failures, lets one trial through after the cooldown, and closes on success', () => {
    let now = 0;
    const b = new CircuitBreaker({ failures: 2, cooldownMs: 1_000 }, () => now);
    b.failure();
    expect(b.state).toBe('closed');
    b.failure();
    expect(b.state).toBe('open');
    expect(b.acquire()).toBe(false);
    now = 1_000;
    expect(b.state).toBe('half_open');
    expect(b.acquire()).toBe(true);
    expect(b.acquire()).toBe(false); // one trial at a time
    b.failure();
    expect(b.state).toBe('open');
    now = 2_000;
    expect(b.acquire()).toBe(true);
    b.success();
    expect(b.state).toBe('closed');
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('3')).toBe(3_000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6_000);
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});

describe('readJsonRpc', () => {
  const sent = [
    { jsonrpc: '2.0' as const, id: 1, method: 'eth_blockNumber', params: [] },
    { jsonrpc: '2.0' as const, id: 2, method: 'eth_call', params: [] },
  ];
  const read = (body: string) => readJsonRpc(sent)(body, { status: 200, headers: {} });

  it('keeps per-call errors (a revert is an answer) and orders answers by request', () => {
    const out = read('[{"jsonrpc":"2.0","id":2,"error":{"code":3,"message":"execution reverted","data":"0x08c379a0"}},{"jsonrpc":"2.0","id":1,"result":"0x10"}]');
    expect(out.map((r) => r.id)).toEqual([1, 2]);
    expect('error' in out[1]).toBe(true);
  });

  it('refuses a batch with an answer missing, a truncated body and a throttling answer', () => {
    expect(() => read('[{"jsonrpc":"2.0","id":1,"result":"0x10"}]')).toThrow(/no answer/);
    expect(() => read('[{"jsonrpc":"2.0","id":1,"resu')).toThrow();
    expect(() => read('{"jsonrpc":"2.0","id":null,"error":{"code":-32005,"message":"limit exceeded"}}')).toThrow(expect.objectContaining({ kind: 'rate_limited' }));
  });
});

describe('Upstream', () => {
  it('fails over to the next endpoint on a 500, and counts requests per endpoint and method', async () => {
    const { fetchImpl, calls } = scripted({ 'a.test': [{ status: 500 }], 'b.test': [{ body: 'ok' }] });
    const metrics = new UpstreamMetrics();
    const up = new Upstream({ network: 'net', urls: ['http://a.test', 'http://b.test'], policy: policy(), fetch: fetchImpl, metrics });
    const r = await up.run((e) => up.exchange(e, { body: '{}', labels: ['eth_blockNumber'] }, text));
    expect(r.value).toBe('ok');
    expect(calls).toEqual(['a.test/', 'b.test/']);
    const snap = metrics.snapshot().net;
    expect(snap['a.test'].failures).toEqual({ server_error: 1 });
    expect(snap['b.test'].byMethod).toEqual({ eth_blockNumber: 1 });
  });

  it('retries the only endpoint after a backoff, honouring a short Retry-After', async () => {
    const { fetchImpl, calls } = scripted({ 'a.test': [{ status: 429, headers: { 'retry-after': '0' } }, { body: 'ok' }] });
    const up = new Upstream({ network: 'net', urls: ['http://a.test'], policy: policy(), fetch: fetchImpl });
    expect((await up.run((e) => up.exchange(e, { labels: ['x'] }, text))).value).toBe('ok');
    expect(calls).toHaveLength(2);
  });

  it('gives up at once when Retry-After is longer than it may wait', async () => {
    const { fetchImpl, calls } = scripted({ 'a.test': [{ status: 429, headers: { 'retry-after': '30' } }] });
    const up = new Upstream({ network: 'net', urls: ['http://a.test'], policy: policy(), fetch: fetchImpl });
    await expect(up.run((e) => up.exchange(e, { labels: ['x'] }, text))).rejects.toMatchObject({ kind: 'rate_limited', code: 'UPSTREAM_RATE_LIMITED' });
    expect(calls).toHaveLength(1);
  });

  it('makes 1 + retries attempts in all, and a malformed body counts as a failure', async () => {
    const { fetchImpl, calls } = scripted({ 'a.test': [{ body: 'not json' }], 'b.test': [{ throws: true }] });
    const up = new Upstream({ network: 'net', urls: ['http://a.test', 'http://b.test'], policy: policy({ retries: 2 }), fetch: fetchImpl });
    const err = await up.run((e) => up.exchange(e, { labels: ['x'] }, (t) => JSON.parse(t))).catch((e) => e);
    expect(err).toBeInstanceOf(UpstreamFailure);
    expect(calls).toEqual(['a.test/', 'b.test/', 'a.test/']);
    expect(err.message).toMatch(/3 attempts failed/);
  });

  it('never retries what is not an upstream failure (a node answer, a bug)', async () => {
    const { fetchImpl } = scripted({ 'a.test': [{ body: 'ok' }], 'b.test': [{ body: 'ok' }] });
    const up = new Upstream({ network: 'net', urls: ['http://a.test', 'http://b.test'], policy: policy(), fetch: fetchImpl });
    let attempts = 0;
    await expect(
      up.run(async () => {
        attempts++;
        throw new Error('execution reverted');
      }),
    ).rejects.toThrow('execution reverted');
    expect(attempts).toBe(1);
  });

  it('skips an endpoint whose circuit is open, and fails fast when all are open', async () => {
    const { fetchImpl, calls } = scripted({ 'a.test': [{ throws: true }] });
    const up = new Upstream({ network: 'net', urls: ['http://a.test'], policy: policy({ retries: 0, breaker: { failures: 2, cooldownMs: 60_000 } }), fetch: fetchImpl });
    const once = () => up.run((e) => up.exchange(e, { labels: ['x'] }, text));
    await expect(once()).rejects.toMatchObject({ kind: 'connection' });
    await expect(once()).rejects.toMatchObject({ kind: 'connection' });
    await expect(once()).rejects.toMatchObject({ kind: 'circuit_open', code: 'UPSTREAM_CIRCUIT_OPEN' });
    expect(calls).toHaveLength(2);
  });

  it('prefers endpoints that are not behind the highest head seen', () => {
    const up = new Upstream({ network: 'net', urls: ['http://a.test', 'http://b.test'], policy: policy(), progressTolerance: 2 });
    const [a, b] = up.endpoints;
    up.noteProgress(a, 100);
    up.noteProgress(b, 101);
    expect(up.order().map((e) => e.host)).toEqual(['a.test', 'b.test']); // within tolerance: configured order
    up.noteProgress(b, 110);
    expect(up.order().map((e) => e.host)).toEqual(['b.test', 'a.test']);
    expect(up.isBehind(100)).toBe(true);
  });

  it('waits for budget instead of bursting, and records exchanges in the request trace', async () => {
    const { fetchImpl } = scripted({ 'a.test': [{ body: 'ok' }] });
    const up = new Upstream({ network: 'net', urls: ['http://a.test'], policy: policy({ ratePerSecond: 100, burst: 1 }), fetch: fetchImpl });
    const trace = newTrace();
    const started = performance.now();
    await withTrace(trace, () => Promise.all([1, 2, 3].map(() => up.run((e) => up.exchange(e, { labels: ['x'] }, text)))));
    expect(performance.now() - started).toBeGreaterThanOrEqual(15); // 2 waits of 10 ms
    expect(trace.exchanges.map((x) => x.network)).toEqual(['net', 'net', 'net']);
  });

  it('fetch() keeps the path on the endpoint that serves, and refuses any other URL', async () => {
    const { fetchImpl, calls } = scripted({ 'a.test': [{ throws: true }], 'b.test': [{ body: '{"ok":true}' }] });
    const up = new Upstream({ network: 'net', urls: ['http://a.test', 'http://b.test'], policy: policy(), fetch: fetchImpl });
    const res = await up.fetch('http://a.test/wallet/getnowblock', { method: 'POST', body: '{}' });
    expect(await res.json()).toEqual({ ok: true });
    expect(calls).toEqual(['a.test/wallet/getnowblock', 'b.test/wallet/getnowblock']);
    await expect(up.fetch('http://169.254.169.254/latest')).rejects.toThrow(/not a configured endpoint/);
  });
});

describe('lookup cache', () => {
  it('is an LRU with expiry', () => {
    let now = 0;
    const cache = new MemoryLookupCache<number>(2, () => now);
    cache.set('a', 1, 1_000);
    cache.set('b', 2, 1_000);
    cache.get('a'); // a is now the most recently used
    cache.set('c', 3, 1_000);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([1, undefined, 3]);
    now = 1_000;
    expect(cache.get('a')).toBeUndefined();
  });

  it('keeps final answers long, unsettled and not-found briefly, and errors never', () => {
    const n = ethereum;
    expect(ttlFor({ network: n, outcome: 'found', facts: evmTx({ final: true }) }, defaultCachePolicy)).toBe(defaultCachePolicy.finalTtlMs);
    expect(ttlFor({ network: n, outcome: 'found', facts: evmTx({ final: false, status: 'pending' }) }, defaultCachePolicy)).toBe(defaultCachePolicy.unsettledTtlMs);
    expect(ttlFor({ network: n, outcome: 'not_found' }, defaultCachePolicy)).toBe(defaultCachePolicy.notFoundTtlMs);
    expect(ttlFor({ network: n, outcome: 'error', error: { code: 'UPSTREAM_TIMEOUT', message: '' } }, defaultCachePolicy)).toBe(0);
  });

  function countingAdapter(answer: () => TxLookup) {
    const inner = { calls: 0 } as ChainAdapter & { calls: number };
    Object.assign(inner, {
      family: 'evm',
      networks: [ethereum],
      isTxId: () => true,
      normalizeTxId: (id: string) => id.toLowerCase(),
      lookupTx: async () => {
        inner.calls++;
        await new Promise((r) => setTimeout(r, 5));
        return answer();
      },
    });
    return inner;
  }

  it('shares one in-flight lookup between concurrent identical ones, then serves the cache', async () => {
    const inner = countingAdapter(() => ({ network: ethereum, outcome: 'found', facts: evmTx({ final: true }) }));
    const adapter = new CachedAdapter(inner, new MemoryLookupCache<CachedLookup>(10));
    const trace = newTrace();
    const results = await withTrace(trace, () => Promise.all(Array.from({ length: 50 }, (_, i) => adapter.lookupTx(ethereum, i % 2 ? '0xAB' : '0xab'))));
    expect(inner.calls).toBe(1);
    expect(new Set(results.map((r) => r.outcome))).toEqual(new Set(['found']));
    await adapter.lookupTx(ethereum, '0xab');
    expect(inner.calls).toBe(1);
    expect(trace.lookups).toEqual({ fetched: 1, shared: 49, hit: 0 });
  });

  it('never caches an error, and survives a failing cache', async () => {
    let fail = true;
    const inner = countingAdapter(() => (fail ? { network: ethereum, outcome: 'error', error: { code: 'UPSTREAM_TIMEOUT', message: 't' } } : { network: ethereum, outcome: 'not_found' }));
    const broken = { get: () => Promise.reject(new Error('redis down')), set: () => Promise.reject(new Error('redis down')) };
    const adapter = new CachedAdapter(inner, broken);
    expect((await adapter.lookupTx(ethereum, '0x1')).outcome).toBe('error');
    fail = false;
    expect((await adapter.lookupTx(ethereum, '0x1')).outcome).toBe('not_found');
    expect(inner.calls).toBe(2);
  });
});
