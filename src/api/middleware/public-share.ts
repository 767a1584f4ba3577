import type { MiddlewareHandler } from 'hono';
import { LaneGate } from '../../../chains/upstream/lanes.ts';
import { AppError } from '../../errors/app-error.ts';
import { problem } from '../problem.ts';

/**
 * The server's own share for anonymous work: at most `max` public requests are handled at
 * once (the rest wait up to `maxWaitMs`, then 503 with Retry-After), so a flood of them
 * cannot take the CPU agents need. Agents, probes and static files pass by.
 */
export const publicShare = (opts: { max: number; maxWaitMs: number; exempt: (c: Parameters<MiddlewareHandler>[0]) => boolean }): MiddlewareHandler => {
  const gate = new LaneGate(opts.max, opts.max);
  return async (c, next) => {
    if (opts.exempt(c)) return next();
    const release = await gate.acquire('public', opts.maxWaitMs);
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
