import { currentTrace } from '../upstream/trace.ts';
import type { AddressLimits, AddressLookup, ChainAdapter, Network, TxFacts, TxLookup } from '../types.ts';
import type { LookupCache } from './lookup-cache.ts';

/** What is cached: a lookup without its Network object (that is rebuilt from the id), so it is plain JSON. */
export type CachedLookup = { outcome: 'found'; facts: TxFacts } | { outcome: 'not_found' };

export interface LookupCachePolicy {
  /** Final answers (irreversible success or failure): they will not change. */
  finalTtlMs: number;
  /** Found but not final (pending, awaiting confirmations, replaced, dropped): changes by the block. */
  unsettledTtlMs: number;
  /** Not found: the user may broadcast it any second. */
  notFoundTtlMs: number;
  /** A complete address history. */
  addressTtlMs: number;
}

/** Address histories kept at most (each can be large). */
const MAX_ADDRESSES_KEPT = 200;

export const defaultCachePolicy: LookupCachePolicy = { finalTtlMs: 10 * 60_000, unsettledTtlMs: 3_000, notFoundTtlMs: 3_000, addressTtlMs: 15_000 };

/** TTL for a lookup; 0 = do not cache. Errors are never cached: a failure must be retried, not remembered. */
export function ttlFor(lookup: TxLookup, policy: LookupCachePolicy): number {
  if (lookup.outcome === 'error') return 0;
  if (lookup.outcome === 'not_found') return policy.notFoundTtlMs;
  return lookup.facts.final ? policy.finalTtlMs : policy.unsettledTtlMs;
}

/**
 * Wraps an adapter's `lookupTx` with a cache and single-flight; everything else passes
 * through. Caching whole lookups, not JSON-RPC calls: only a finished lookup knows
 * whether its answer is final (that takes the receipt *and* the head), and a cached
 * lookup costs zero upstream requests instead of "fewer". Concurrent identical lookups
 * (a helpdesk pasting the hash while the user refreshes) share one in-flight lookup.
 */
export class CachedAdapter implements ChainAdapter {
  readonly family: ChainAdapter['family'];
  readonly networks: readonly Network[];
  private readonly inflight = new Map<string, Promise<TxLookup>>();
  private readonly addressInflight = new Map<string, Promise<AddressLookup>>();
  /** Address histories found lately (insertion order = age); errors are never kept. */
  private readonly addresses = new Map<string, { lookup: AddressLookup; until: number }>();

  constructor(
    readonly inner: ChainAdapter,
    private readonly cache: LookupCache<CachedLookup> | undefined,
    private readonly policy: LookupCachePolicy = defaultCachePolicy,
    /** Counts how lookups were served (UpstreamMetrics.lookup). */
    private readonly served?: (network: string, how: 'hit' | 'shared' | 'fetched') => void,
  ) {
    this.family = inner.family;
    this.networks = inner.networks;
    if (inner.isAddress) this.isAddress = (v) => inner.isAddress!(v);
    if (inner.investigateAddress) this.investigateAddress = (n, a, l) => this.cachedAddress(n, a, l);
    if (inner.probeHealth) this.probeHealth = (n, o) => inner.probeHealth!(n, o);
  }

  probeHealth?: ChainAdapter['probeHealth'];
  isAddress?: ChainAdapter['isAddress'];
  investigateAddress?: ChainAdapter['investigateAddress'];

  isTxId(id: string): boolean {
    return this.inner.isTxId(id);
  }

  normalizeTxId(id: string): string {
    return this.inner.normalizeTxId(id);
  }

  async lookupTx(network: Network, hash: string): Promise<TxLookup> {
    const key = `tx:${network.id}:${this.inner.normalizeTxId(hash)}`;
    const trace = currentTrace();
    // A cache that fails (a Redis outage) costs a fetch, never the answer.
    const cached = this.cache ? await Promise.resolve(this.cache.get(key)).catch(() => undefined) : undefined;
    if (cached) {
      if (trace) trace.lookups.hit++;
      this.served?.(network.id, 'hit');
      return { ...cached, network } as TxLookup;
    }
    const running = this.inflight.get(key);
    if (running) {
      if (trace) trace.lookups.shared++;
      this.served?.(network.id, 'shared');
      return running;
    }
    if (trace) trace.lookups.fetched++;
    this.served?.(network.id, 'fetched');
    const promise = this.fetch(key, network, hash);
    this.inflight.set(key, promise);
    try {
      return await promise;
    } finally {
      this.inflight.delete(key);
    }
  }

  private async fetch(key: string, network: Network, hash: string): Promise<TxLookup> {
    const lookup = await this.inner.lookupTx(network, hash);
    const ttl = this.cache ? ttlFor(lookup, this.policy) : 0;
    if (ttl > 0 && lookup.outcome !== 'error') {
      await Promise.resolve(this.cache!.set(key, lookup.outcome === 'found' ? { outcome: 'found', facts: lookup.facts } : { outcome: 'not_found' }, ttl)).catch(() => {});
    }
    return lookup;
  }

  /**
   * An address history, shared by identical concurrent investigations and kept for
   * `addressTtlMs` (a console and a status page asking about one wallet within seconds cost
   * one history). Short: a drained wallet keeps moving, and a re-check must see it.
   */
  private async cachedAddress(network: Network, address: string, limits: AddressLimits): Promise<AddressLookup> {
    const key = `addr:${network.id}:${address}:${limits.maxBlocks}:${limits.maxTransfers}:${limits.traceHops}`;
    const trace = currentTrace();
    const now = Date.now();
    const kept = this.cache ? this.addresses.get(key) : undefined;
    if (kept && kept.until > now) {
      if (trace) trace.lookups.hit++;
      return { ...kept.lookup, network } as AddressLookup;
    }
    const running = this.addressInflight.get(key);
    if (running) {
      if (trace) trace.lookups.shared++;
      return running;
    }
    const promise = this.inner.investigateAddress!(network, address, limits);
    this.addressInflight.set(key, promise);
    try {
      const lookup = await promise;
      if (this.cache && lookup.outcome === 'found' && !lookup.facts.coverage.incomplete) {
        this.addresses.delete(key);
        this.addresses.set(key, { lookup, until: now + this.policy.addressTtlMs });
        if (this.addresses.size > MAX_ADDRESSES_KEPT) this.addresses.delete(this.addresses.keys().next().value!);
      }
      return lookup;
    } finally {
      this.addressInflight.delete(key);
    }
  }

  close(): Promise<void> {
    return this.inner.close?.() ?? Promise.resolve();
  }
}
