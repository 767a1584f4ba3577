import { describe, expect, it } from 'vitest';
import { CachedAdapter, type CachedLookup } from '../../chains/cache/cached-adapter.ts';
import { MemoryLookupCache } from '../../chains/cache/lookup-cache.ts';
import { ethereum } from '../../chains/evm/networks.ts';
import type { AddressFacts, AddressLookup, ChainAdapter } from '../../chains/types.ts';

/** Address investigations are shared while in flight and kept briefly, like transaction lookups. */
function countingAdapter(incomplete = false) {
  let calls = 0;
  const facts = { coverage: { incomplete } } as unknown as AddressFacts;
  const adapter: ChainAdapter = {
    family: 'evm',
    networks: [ethereum],
    isTxId: () => false,
    normalizeTxId: (id) => id,
    lookupTx: async (network) => ({ network, outcome: 'not_found' }),
    investigateAddress: async (network): Promise<AddressLookup> => {
      calls++;
      await new Promise((r) => setTimeout(r, 20));
      return { network, outcome: 'found', facts };
    },
  };
  return { adapter, calls: () => calls };
}
const limits = { maxBlocks: 100, maxTransfers: 10, traceHops: 1 };

describe('address investigations through the cache', () => {
  it('ten identical concurrent investigations cost one history; a repeat soon after costs none', async () => {
    const inner = countingAdapter();
    const cached = new CachedAdapter(inner.adapter, new MemoryLookupCache<CachedLookup>(10));
    await Promise.all(Array.from({ length: 10 }, () => cached.investigateAddress!(ethereum, '0xabc', limits)));
    expect(inner.calls()).toBe(1);
    await cached.investigateAddress!(ethereum, '0xabc', limits);
    expect(inner.calls()).toBe(1);
    await cached.investigateAddress!(ethereum, '0xdef', limits);
    expect(inner.calls()).toBe(2);
  });

  it('an incomplete history is not kept, and without a cache only in-flight work is shared', async () => {
    const partial = countingAdapter(true);
    const a = new CachedAdapter(partial.adapter, new MemoryLookupCache<CachedLookup>(10));
    await a.investigateAddress!(ethereum, '0xabc', limits);
    await a.investigateAddress!(ethereum, '0xabc', limits);
    expect(partial.calls()).toBe(2);
    const plain = countingAdapter();
    const b = new CachedAdapter(plain.adapter, undefined);
    await Promise.all([b.investigateAddress!(ethereum, '0xabc', limits), b.investigateAddress!(ethereum, '0xabc', limits)]);
    await b.investigateAddress!(ethereum, '0xabc', limits);
    expect(plain.calls()).toBe(2);
  });
});
