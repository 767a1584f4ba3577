import type { Context } from 'hono';

/**
 * A cookie riding on a request that another site started is not an agent's intent
 * (CSRF). Browsers say where a request comes from: Sec-Fetch-Site (which pages cannot
 * forge), else Origin. Reads are safe either way; a client that sends neither is not a
 * browser, so not a CSRF vector.
 */
export function sameOrigin(c: Context): boolean {
  if (c.req.method === 'GET' || c.req.method === 'HEAD') return true;
  const site = c.req.header('sec-fetch-site');
  if (site) return site === 'same-origin' || site === 'none';
  const origin = c.req.header('origin');
  if (!origin) return true;
  try {
    // Hosts, not origins: behind a TLS-terminating proxy the scheme seen here differs.
    return new URL(origin).host === (c.req.header('host') ?? new URL(c.req.url).host);
  } catch {
    return false; // "null" (opaque origin)
  }
}
