/**
 * Where finished lookups are kept. Values must be plain JSON (a shared Redis can then
 * replace the in-memory implementation: `get` → GET, `set` → SET key value PX ttl), and
 * every method may be async for that reason.
 */
export interface LookupCache<V = unknown> {
  get(key: string): Promise<V | undefined> | V | undefined;
  set(key: string, value: V, ttlMs: number): Promise<void> | void;
}

/**
 * In-memory LRU with per-entry TTL: at most `maxEntries` values; the least recently
 * used goes first, and an expired entry is never returned. A Map keeps insertion order,
 * so re-inserting on a hit is what makes it LRU.
 */
export class MemoryLookupCache<V = unknown> implements LookupCache<V> {
  private readonly entries = new Map<string, { value: V; expires: number }>();

  constructor(
    readonly maxEntries: number,
    private readonly now: () => number = () => Date.now(),
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string): V | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    this.entries.delete(key);
    if (e.expires <= this.now()) return undefined;
    this.entries.set(key, e);
    return e.value;
  }

  set(key: string, value: V, ttlMs: number): void {
    if (this.maxEntries <= 0 || ttlMs <= 0) return;
    this.entries.delete(key);
    this.entries.set(key, { value, expires: this.now() + ttlMs });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }
}
