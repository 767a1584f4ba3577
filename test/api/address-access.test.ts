import { describe, expect, it } from 'vitest';
import { CachedAdapter, type CachedAddress } from '../../chains/cache/cached-adapter.ts';
import { MemoryLookupCache } from '../../chains/cache/lookup-cache.ts';
import { tronTheftActors } from '../../chains/tron/devnet/actors.ts';
import type { AddressFacts, ChainAdapter } from '../../chains/types.ts';
import { createApp } from '../../src/api/app.ts';
import type { RunningInstance } from '../../src/runtime.ts';
import { useDemoApp } from '../support/demo-app.ts';

/**
 * Address investigations cost up to a thousand upstream calls: agent-only, cached and
 * shared. The public status page asks for a transaction hash instead, at no upstream cost.
 */
let instance: RunningInstance;
let app: ReturnType<typeof createApp>;
let agent: Record<string, string>;
const victim = tronTheftActors.drainVictim.address;
const upstreamRequests = () => Object.values(instance.metrics.snapshot()).flatMap((byHost) => Object.values(byHost)).reduce((n, f) => n + f.requests, 0);

useDemoApp({ ADDRESS_CACHE_TTL_MS: '60000' }, (demo) => ({ instance, app, agent } = demo));

describe('address investigations for the public', () => {
  it('/?q=<address> and /s/{network}/{address} ask for a transaction hash, with no upstream request', async () => {
    const before = upstreamRequests();
    for (const path of [`/?q=${victim}&lang=en`, `/s/tron/${victim}?lang=en`, `/?q=${encodeURIComponent(`my wallet was emptied ${victim}`)}&lang=en`]) {
      const res = await app.request(path, { headers: { accept: 'text/html' } });
      const html = await res.text();
      expect(res.status, path).toBeLessThan(500);
      expect(html, path).toMatch(/transaction hash/i);
      expect(html, path).not.toMatch(/DRAIN_BY_SPENDER|approval drain/i);
    }
    expect(upstreamRequests()).toBe(before);
  });

  it('GET /v1/address/* answers 401 without the agent key', async () => {
    const res = await app.request(`/v1/address/tron/${victim}`);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ code: 'UNAUTHORIZED' });
  });
});

describe('address investigations for agents', () => {
  it('are cached: the same address again costs no upstream request', async () => {
    const first = await app.request(`/v1/address/tron/${victim}?lang=en`, { headers: agent });
    expect((await first.json()).findings.map((f: { code: string }) => f.code)).toContain('DRAIN_BY_SPENDER');
    const before = upstreamRequests();
    const again = await (await app.request(`/v1/address/tron/${victim}?lang=zh`, { headers: agent })).json();
    expect(again.findings.map((f: { code: string }) => f.code)).toContain('DRAIN_BY_SPENDER');
    expect(upstreamRequests()).toBe(before);
  });

  it('are coalesced: concurrent identical investigations share one run, and an incomplete one is not kept', async () => {
    let runs = 0;
    let incomplete = false;
    const network = instance.registry.network('tron')!;
    const facts = { family: 'tron', network: 'tron', address: victim, explorerUrl: '', coverage: { incomplete: false } } as unknown as AddressFacts;
    const inner: ChainAdapter = {
      family: 'tron',
      networks: [network],
      isTxId: () => false,
      normalizeTxId: (id) => id,
      lookupTx: async () => ({ network, outcome: 'not_found' }),
      isAddress: () => true,
      investigateAddress: async () => {
        runs++;
        await new Promise((r) => setTimeout(r, 20));
        return { network, outcome: 'found', facts: { ...facts, coverage: { ...facts.coverage, incomplete } } };
      },
    };
    const cached = new CachedAdapter(inner, undefined, undefined, undefined, new MemoryLookupCache<CachedAddress>(10));
    const limits = { maxBlocks: 100, maxTransfers: 10, traceHops: 0 };
    incomplete = true;
    await Promise.all(Array.from({ length: 5 }, () => cached.investigateAddress!(network, victim, limits)));
    expect(runs).toBe(1);
    await cached.investigateAddress!(network, victim, limits);
    expect(runs).toBe(2); // an incomplete history is never served from the cache
    incomplete = false;
    await cached.investigateAddress!(network, victim, limits);
    await cached.investigateAddress!(network, victim, limits);
    expect(runs).toBe(3);
  });
});
