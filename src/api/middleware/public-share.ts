import type { Context, MiddlewareHandler } from 'hono';
import { performance, type EventLoopUtilization } from 'node:perf_hooks';
import { AppError } from '../../errors/app-error.ts';
import { problem } from '../problem.ts';

export interface PublicShareOptions {
  /** Public requests handled at once when agents are idle (PUBLIC_MAX_CONCURRENT). */
  max: number;
  /** How long a public request may wait for its turn before a 503 with Retry-After. */
  maxWaitMs: number;
  /** Requests that pass by: static files and probes. */
  exempt: (c: Context) => boolean;
  /** Agents and the helpdesk: never queued, and their presence shrinks the public share. */
  isAgent: (c: Context) => boolean;
  /** Event-loop utilisation above which public work yields to agents (0–1). */
  busyUtilisation?: number;
  sampleMs?: number;
  /** Injected for tests: the event-loop utilisation of the last sample window. */
  utilisation?: () => number;
}

/**
 * How many anonymous requests may run at once, steered by how busy this process is.
 *
 * A fixed cap is not enough on a small machine: eight public lookups at a time can still
 * take most of one core, and an agent's request then waits in the event loop behind them.
 * So while agents are working and the event loop is busy, the public limit is halved each
 * sample (down to one, so the public page still moves); when the loop has room again it
 * grows back one step at a time (AIMD, as TCP does with its window). Waiting public
 * requests cost nothing: they sit in a queue, not on the CPU.
 */
export class PublicShare {
  limit: number;
  private running = 0;
  private agentsInFlight = 0;
  private agentSeenAt = -Infinity;
  private readonly queue: Array<{ grant: () => void; timer: NodeJS.Timeout }> = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly opts: Omit<PublicShareOptions, 'exempt' | 'isAgent'>) {
    this.limit = opts.max;
  }

  /** Samples the event loop from the first request on (an app never used costs no timer). */
  private sample(): void {
    if (this.timer) return;
    let last: EventLoopUtilization = performance.eventLoopUtilization();
    const utilisation =
      this.opts.utilisation ??
      (() => {
        const now = performance.eventLoopUtilization();
        const delta = performance.eventLoopUtilization(now, last);
        last = now;
        return delta.utilization;
      });
    this.timer = setInterval(() => this.adjust(utilisation(), performance.now()), this.opts.sampleMs ?? 100);
    this.timer.unref();
  }

  /** One control step (public for tests). Agents count as active for a second after their last request. */
  adjust(utilisation: number, now: number): void {
    const agentsActive = this.agentsInFlight > 0 || now - this.agentSeenAt < 1_000;
    const busy = utilisation > (this.opts.busyUtilisation ?? 0.5);
    if (agentsActive && busy) this.limit = Math.max(1, Math.floor(this.limit / 2));
    else if (this.limit < this.opts.max) this.limit = agentsActive ? this.limit + 1 : this.opts.max;
    this.admit();
  }

  agentStarted(): void {
    this.sample();
    this.agentsInFlight++;
    this.agentSeenAt = performance.now();
  }

  agentFinished(): void {
    this.agentsInFlight--;
    this.agentSeenAt = performance.now();
  }

  /** A release function, or undefined when no turn came within `maxWaitMs`. */
  acquire(): Promise<(() => void) | undefined> {
    this.sample();
    if (this.running < this.limit && this.queue.length === 0) return Promise.resolve(this.take());
    return new Promise((resolve) => {
      const waiter = {
        grant: () => resolve(this.take()),
        timer: setTimeout(() => {
          const i = this.queue.indexOf(waiter);
          if (i >= 0) this.queue.splice(i, 1);
          resolve(undefined);
        }, this.opts.maxWaitMs),
      };
      this.queue.push(waiter);
    });
  }

  get waiting(): number {
    return this.queue.length;
  }

  close(): void {
    clearInterval(this.timer);
  }

  private take(): () => void {
    this.running++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running--;
      this.admit();
    };
  }

  private admit(): void {
    while (this.running < this.limit && this.queue.length) {
      const w = this.queue.shift()!;
      clearTimeout(w.timer);
      w.grant();
    }
  }
}

/**
 * The server's own share for anonymous work (see PublicShare): public requests take a turn,
 * agents are counted so the share shrinks while they work. Static files and probes pass by.
 */
export const publicShare = (opts: PublicShareOptions): MiddlewareHandler => {
  const share = new PublicShare(opts);
  return async (c, next) => {
    if (opts.exempt(c)) return next();
    if (opts.isAgent(c)) {
      share.agentStarted();
      try {
        return await next();
      } finally {
        share.agentFinished();
      }
    }
    const release = await share.acquire();
    if (!release) {
      c.header('retry-after', '2');
      return problem(c, new AppError('BUSY', 'The public service is busy; please retry in a few seconds.', { status: 503 }));
    }
    try {
      await next();
    } finally {
      release();
    }
  };
};
