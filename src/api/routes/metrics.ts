import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import { UnauthorizedError } from '../../errors/app-error.ts';
import type { Telemetry } from '../../metrics/registry.ts';
import type { AgentAuth } from '../middleware/agent-auth.ts';
import { problem } from '../problem.ts';

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * `GET /metrics` (Prometheus text format), not public: `Authorization: Bearer
 * <METRICS_TOKEN>` (a scraper's own token, so it need not hold the agent key) or the agent
 * key. Not in the OpenAPI document: it is for Prometheus, not for API clients.
 */
export function metricsRoutes(telemetry: Telemetry, auth: AgentAuth, metricsToken: string | undefined) {
  const tokenDigest = metricsToken ? digest(metricsToken) : null;
  const isScraper = (header: string | undefined) => {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
    return Boolean(tokenDigest && m && timingSafeEqual(digest(m[1]), tokenDigest));
  };
  return new Hono().get('/metrics', async (c) => {
    if (!isScraper(c.req.header('authorization')) && !auth.bearer(c)) {
      c.header('www-authenticate', 'Bearer realm="txtriage metrics"');
      return problem(c, new UnauthorizedError());
    }
    c.header('cache-control', 'no-store');
    return c.body(await telemetry.registry.metrics(), 200, { 'content-type': telemetry.registry.contentType });
  });
}
