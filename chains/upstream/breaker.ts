export type BreakerState = 'closed' | 'open' | 'half_open';

export interface BreakerOptions {
  /** Consecutive failures that open the circuit. */
  failures: number;
  /** How long an open circuit rests before one trial request (half-open). */
  cooldownMs: number;
}

/**
 * A circuit breaker per endpoint (closed → open → half-open → closed). An endpoint that
 * keeps failing is skipped for `cooldownMs` instead of costing every lookup a timeout;
 * then exactly one request tries it again, and its outcome closes or re-opens it.
 */
export class CircuitBreaker {
  private consecutive = 0;
  private openedAt = 0;
  private probing = false;
  private _state: BreakerState = 'closed';

  constructor(
    private readonly opts: BreakerOptions,
    private readonly now: () => number = () => performance.now(),
  ) {}

  get state(): BreakerState {
    if (this._state === 'open' && this.now() - this.openedAt >= this.opts.cooldownMs) this._state = 'half_open';
    return this._state;
  }

  /** Whether a request may go now (without taking the half-open trial slot). */
  get available(): boolean {
    const s = this.state;
    return s === 'closed' || (s === 'half_open' && !this.probing);
  }

  /** Takes permission for one request; false if the circuit is open or its trial is in flight. */
  acquire(): boolean {
    const s = this.state;
    if (s === 'closed') return true;
    if (s === 'half_open' && !this.probing) {
      this.probing = true;
      return true;
    }
    return false;
  }

  /** Ms until an open circuit lets a trial through (0 if it would now). */
  get retryInMs(): number {
    return this._state === 'open' ? Math.max(0, this.opts.cooldownMs - (this.now() - this.openedAt)) : 0;
  }

  success(): void {
    this.consecutive = 0;
    this.probing = false;
    this._state = 'closed';
  }

  failure(): void {
    this.probing = false;
    this.consecutive++;
    if (this._state === 'half_open' || this.consecutive >= this.opts.failures) {
      this._state = 'open';
      this.openedAt = this.now();
    }
  }

  /** The request ended without saying anything about the endpoint's health (e.g. we gave up waiting for budget). */
  release(): void {
    this.probing = false;
  }
}
