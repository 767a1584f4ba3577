import { currentContext, withContext } from './request-context.ts';

/**
 * Who upstream work is for. `agent`: an agent, the helpdesk system or the instance's own
 * jobs (re-checks) — always served first. `public`: anonymous callers of the status page
 * and the public API — served from a smaller share of each endpoint, so a flood of them
 * cannot starve the helpdesk. Work that names no lane is the instance's own: `agent`.
 */
export type Lane = 'agent' | 'public';

export function withLane<T>(lane: Lane, fn: () => T): T {
  return withContext({ lane }, fn);
}

export function currentLane(): Lane {
  return currentContext()?.lane ?? 'agent';
}

interface Waiter {
  lane: Lane;
  grant: () => void;
  timer: NodeJS.Timeout;
}

/**
 * Requests in flight to one endpoint, in two lanes: at most `max` in all, of which at most
 * `publicMax` public. A free slot goes to a waiting agent request before any public one;
 * waiting is bounded (`maxWaitMs`), after which the caller gives up with a budget failure.
 */
export class LaneGate {
  private inFlight = 0;
  private publicInFlight = 0;
  private readonly queue: Waiter[] = [];

  constructor(
    readonly max: number,
    readonly publicMax: number,
  ) {}

  private fits(lane: Lane): boolean {
    return this.inFlight < this.max && (lane === 'agent' || this.publicInFlight < this.publicMax);
  }

  private take(lane: Lane): () => void {
    this.inFlight++;
    if (lane === 'public') this.publicInFlight++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.inFlight--;
      if (lane === 'public') this.publicInFlight--;
      this.next();
    };
  }

  /** Hands free slots to waiters: agents first, then public work within its share. */
  private next(): void {
    for (const lane of ['agent', 'public'] as const) {
      for (let i = 0; i < this.queue.length && this.fits(lane); ) {
        const w = this.queue[i];
        if (w.lane !== lane) {
          i++;
          continue;
        }
        this.queue.splice(i, 1);
        clearTimeout(w.timer);
        w.grant();
      }
    }
  }

  /** A release function, or undefined when no slot freed up within `maxWaitMs`. */
  async acquire(lane: Lane, maxWaitMs: number): Promise<(() => void) | undefined> {
    if (this.fits(lane) && (lane === 'public' ? !this.queue.length : !this.queue.some((w) => w.lane === 'agent'))) return this.take(lane);
    return new Promise((resolve) => {
      const waiter: Waiter = {
        lane,
        grant: () => resolve(this.take(lane)),
        timer: setTimeout(() => {
          const i = this.queue.indexOf(waiter);
          if (i >= 0) this.queue.splice(i, 1);
          resolve(undefined);
        }, maxWaitMs),
      };
      this.queue.push(waiter);
    });
  }

  get waiting(): number {
    return this.queue.length;
  }
}
