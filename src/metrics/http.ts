import type { MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import type { Telemetry } from './registry.ts';

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/**
 * Requests and latency by route pattern (`/v1/tx/:network/:hash`), never the raw path:
 * the pattern of the handler that matched, or "unmatched" (404s, scanners), so
 * hashes and addresses in URLs never become label values.
 */
export const httpMetrics = (t: Telemetry): MiddlewareHandler => async (c, next) => {
  const end = t.http.duration.startTimer();
  try {
    await next();
  } finally {
    // Middleware is registered for ALL methods; handlers name theirs.
    const route = matchedRoutes(c).filter((r) => r.method !== 'ALL').at(-1)?.path ?? 'unmatched';
    const method = METHODS.has(c.req.method) ? c.req.method : 'OTHER';
    end({ route, method });
    t.http.requests.inc({ route, method, status: String(c.res.status) });
  }
};
