import { currentLane } from '../upstream/lanes.ts';
import { currentTrace } from '../upstream/trace.ts';
import type { AddressFacts, AddressLimits, AddressLookup, ChainAdapter, Network, TxFacts, TxLookup } from '../types.ts';
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
}

export const defaultCachePolicy: LookupCachePolicy = { finalTtlMs: 10 * 60_000, unsettledTtlMs: 3_000, notFoundTtlMs: 3_000 };

/** A finished address investigation (plain JSON). */
export type CachedAddress = { facts: AddressFacts };

/**
 * Address investigations are the costliest work there is (a busy TRON merchant: 11
 * requests and half a megabyte; a Solana address: over a thousand JSON-RPC calls). A
 * complete one is kept a minute — long enough for an agent and a colleague, or a re-ask in
 * the other language, to share it; short enough that a theft in progress shows up. An
 * incomplete one (a gap) or a failure is never kept: it must be retried.
 */
export const ADDRESS_TTL_MS = 60_000;

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

  constructor(
    readonly inner: ChainAdapter,
    private readonly cache: LookupCache<CachedLookup> | undefined,
    private readonly policy: LookupCachePolicy = defaultCachePolicy,
    /** Counts how lookups were served (UpstreamMetrics.lookup). */
    private readonly served?: (network: string, how: 'hit' | 'shared' | 'fetched') => void,
    private readonly addressCache?: LookupCache<CachedAddress>,
    private readonly addressTtlMs = ADDRESS_TTL_MS,
  ) {
    this.family = inner.family;
    this.networks = inner.networks;
    if (inner.isAddress) this.isAddress = (v) => inner.isAddress!(v);
    if (inner.investigateAddress) this.investigateAddress = (n, a, l) => this.addressLookup(n, a, l);
    if (inner.probeHealth) this.probeHealth = (n, o) => inner.probeHealth!(n, o);
  }

  private readonly addressInflight = new Map<string, Promise<AddressLookup>>();

  /** Cached when complete; identical concurrent investigations share one run. */
  private async addressLookup(network: Network, address: string, limits: AddressLimits): Promise<AddressLookup> {
    const key = `addr:${network.id}:${address}:${limits.maxBlocks}:${limits.maxTransfers}:${limits.traceHops}`;
    const trace = currentTrace();
    const cached = this.addressCache ? await Promise.resolve(this.addressCache.get(key)).catch(() => undefined) : undefined;
    if (cached) {
      if (trace) trace.lookups.hit++;
      return { network, outcome: 'found', facts: cached.facts };
    }
    // Per lane: an agent never waits behind a public request's place in the queue.
    const flightKey = `${currentLane()}:${key}`;
    const running = this.addressInflight.get(flightKey);
    if (running) {
      if (trace) trace.lookups.shared++;
      return running;
    }
    const promise = this.inner.investigateAddress!(network, address, limits).then(async (lookup) => {
      if (this.addressCache && this.addressTtlMs > 0 && lookup.outcome === 'found' && !lookup.facts.coverage.incomplete) {
        await Promise.resolve(this.addressCache.set(key, { facts: lookup.facts }, this.addressTtlMs)).catch(() => {});
      }
      return lookup;
    });
    this.addressInflight.set(flightKey, promise);
    try {
      return await promise;
    } finally {
      this.addressInflight.delete(flightKey);
    }
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
    // Agents share in-flight lookups with agents only: never wait behind public work's slower lane.
    const flightKey = `${currentLane()}:${key}`;
    const running = this.inflight.get(flightKey);
    if (running) {
      if (trace) trace.lookups.shared++;
      this.served?.(network.id, 'shared');
      return running;
    }
    if (trace) trace.lookups.fetched++;
    this.served?.(network.id, 'fetched');
    const promise = this.fetch(key, network, hash);
    this.inflight.set(flightKey, promise);
    try {
      return await promise;
    } finally {
      this.inflight.delete(flightKey);
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

  close(): Promise<void> {
    return this.inner.close?.() ?? Promise.resolve();
  }
}
