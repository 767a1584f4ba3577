/**
 * A request budget per endpoint: `ratePerSecond` on average, bursts up to `burst`.
 * Callers reserve tokens and are told how long to wait for them, so a burst of
 * lookups is spread out instead of hammering a public endpoint into banning us.
 * Reservations are first come, first served (the balance may go negative).
 */
export class TokenBucket {
  private tokens: number;
  private updated: number;

  constructor(
    readonly ratePerSecond: number,
    readonly burst: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = burst;
    this.updated = now();
  }

  private refill(): void {
    const t = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((t - this.updated) / 1000) * this.ratePerSecond);
    this.updated = t;
  }

  /**
   * Reserves `cost` tokens if they are available within `maxWaitMs`; returns the wait
   * in ms (0 = go now), or undefined (nothing reserved) if the wait would be longer.
   */
  reserve(cost: number, maxWaitMs: number): number | undefined {
    if (!Number.isFinite(this.ratePerSecond)) return 0;
    this.refill();
    const c = Math.min(cost, this.burst);
    const after = this.tokens - c;
    const wait = after >= 0 ? 0 : (-after / this.ratePerSecond) * 1000;
    if (wait > maxWaitMs) return undefined;
    this.tokens = after;
    return wait;
  }

  /** Ms until `cost` tokens would be available (0 = now), without reserving them. */
  waitMs(cost: number): number {
    if (!Number.isFinite(this.ratePerSecond)) return 0;
    this.refill();
    const after = this.tokens - Math.min(cost, this.burst);
    return after >= 0 ? 0 : (-after / this.ratePerSecond) * 1000;
  }

  /** Empties the bucket until `untilMs` from now (a 429's Retry-After). */
  drainFor(untilMs: number): void {
    if (!Number.isFinite(this.ratePerSecond)) return;
    this.refill();
    this.tokens = Math.min(this.tokens, -(untilMs / 1000) * this.ratePerSecond);
  }
}
