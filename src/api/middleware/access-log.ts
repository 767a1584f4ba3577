import type { MiddlewareHandler } from 'hono';
import { newTrace, summarizeTrace, withTrace } from '../../../chains/upstream/trace.ts';
import { createLogger, type LogLevel } from '../../log.ts';

/**
 * One structured line per request. Complaint text is never logged at info level:
 * it can hold names, phone numbers and addresses. `upstream` says what the request
 * cost upstream (requests, calls, ms and failures per network; lookups served from the
 * cache, shared with an identical concurrent one, or fetched), so a slow answer is
 * told apart from a slow endpoint.
 */
export const accessLog = (level: LogLevel): MiddlewareHandler => {
  // Below info nothing is logged, so no trace is gathered either (only this line reads it).
  if (level === 'silent' || level === 'error' || level === 'warn') return (_c, next) => next();
  const log = createLogger(level);
  return async (c, next) => {
    const start = performance.now();
    const trace = newTrace();
    await withTrace(trace, () => next());
    const used = trace.exchanges.length > 0 || trace.lookups.hit + trace.lookups.shared + trace.lookups.fetched > 0;
    log.info('request', {
      requestId: c.get('requestId' as never),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - start) * 10) / 10,
      ...(used ? { upstream: summarizeTrace(trace) } : {}),
    });
  };
};
