/**
 * What a local stand-in (TRON, Solana) records of the requests it served, for tests and
 * the benchmark to count. Bounded: the demo (`npm start`) runs for days and would
 * otherwise keep every request (~1.6 KB per TRON-shaped lookup) for ever. Positions are
 * absolute — `length` counts every request ever recorded and `slice(from)` takes those
 * recorded since `from` — so counting "since before" keeps working after old entries go.
 */
export class DevnetLog<T> {
  private items: T[] = [];
  /** How many were dropped from the front. */
  private dropped = 0;

  constructor(readonly max = 5_000) {}

  push(item: T): void {
    this.items.push(item);
    // Drop in chunks, not one per push: a splice per request would cost O(max) each time.
    if (this.items.length > this.max) {
      const extra = this.items.length - Math.floor(this.max * 0.8);
      this.items.splice(0, extra);
      this.dropped += extra;
    }
  }

  /** Every request ever recorded (kept or dropped). */
  get length(): number {
    return this.dropped + this.items.length;
  }

  /** Those kept now. */
  get kept(): number {
    return this.items.length;
  }

  /** Recorded at absolute positions [from, to); dropped ones are gone. */
  slice(from = 0, to = this.length): T[] {
    return this.items.slice(Math.max(0, from - this.dropped), Math.max(0, to - this.dropped));
  }

  /** Forgets everything kept (positions continue). */
  clear(): void {
    this.dropped += this.items.length;
    this.items = [];
  }

  filter(pred: (item: T) => boolean): T[] {
    return this.items.filter(pred);
  }

  map<U>(fn: (item: T) => U): U[] {
    return this.items.map(fn);
  }

  find(pred: (item: T) => boolean): T | undefined {
    return this.items.find(pred);
  }

  some(pred: (item: T) => boolean): boolean {
    return this.items.some(pred);
  }

  [Symbol.iterator](): Iterator<T> {
    return this.items[Symbol.iterator]();
  }
}
