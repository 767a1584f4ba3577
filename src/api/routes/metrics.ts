import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import { UnauthorizedError } from '../../errors/app-error.ts';
import type { Telemetry } from '../../metrics/registry.ts';
import { can } from '../../accounts/principal.ts';
import { principalOf } from '../middleware/identity.ts';
import { forbidden } from '../middleware/permission.ts';
import { problem } from '../problem.ts';

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * `GET /metrics` (Prometheus text format), not public: `Authorization: Bearer
 * <METRICS_TOKEN>` (a scraper's own token, so it need not hold an admin key) or an admin
 * (AGENT_API_KEY, an `admin`-scoped key, an admin's session). Not in the OpenAPI document:
 * it is for Prometheus, not for API clients.
 */
export function metricsRoutes(telemetry: Telemetry, metricsToken: string | undefined) {
  const tokenDigest = metricsToken ? digest(metricsToken) : null;
  const isScraper = (header: string | undefined) => {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
    return Boolean(tokenDigest && m && timingSafeEqual(digest(m[1]), tokenDigest));
  };
  return new Hono().get('/metrics', async (c) => {
    const p = principalOf(c);
    if (!isScraper(c.req.header('authorization')) && !can(p, 'admin')) {
      if (p) return problem(c, forbidden(p, 'admin'));
      c.header('www-authenticate', 'Bearer realm="txtriage metrics"');
      return problem(c, new UnauthorizedError());
    }
    c.header('cache-control', 'no-store');
    return c.body(await telemetry.registry.metrics(), 200, { 'content-type': telemetry.registry.contentType });
  });
}
