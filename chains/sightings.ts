import type { TxFacts } from './types.ts';

/**
 * Pending transactions we have seen. Nodes forget a transaction once it is replaced or
 * dropped from the pool, so "not found" on a second look is only explainable if we
 * remember what it was (sender and nonce). Bounded: oldest sightings are evicted first.
 */
export interface PendingSighting {
  facts: TxFacts;
  /** Head block when first seen, where a search for a replacement starts. */
  headAtFirstSeen: number;
  firstSeen: number;
}

export interface SightingStore {
  get(network: string, hash: string): PendingSighting | undefined;
  put(sighting: PendingSighting): void;
}

export class MemorySightingStore implements SightingStore {
  private readonly entries = new Map<string, PendingSighting>();
  constructor(private readonly maxEntries = 10_000) {}

  get(network: string, hash: string): PendingSighting | undefined {
    return this.entries.get(`${network}:${hash}`);
  }

  put(sighting: PendingSighting): void {
    const key = `${sighting.facts.network}:${sighting.facts.hash}`;
    const previous = this.entries.get(key);
    this.entries.delete(key);
    // Keep the earliest sighting time: "waiting since" must not reset on every refresh.
    this.entries.set(key, previous ? { ...sighting, firstSeen: previous.firstSeen, headAtFirstSeen: previous.headAtFirstSeen } : sighting);
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }
}
