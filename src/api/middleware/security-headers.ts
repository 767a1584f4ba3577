import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/**
 * Pages only load what this app serves: no inline script or style, no third-party
 * origin, no framing (clickjacking), no referrer to other sites (status URLs carry hashes
 * and addresses, which explorers the user clicks through to need not learn; not
 * `no-referrer`, which would also blank the Origin of our own form posts). Trusted Types
 * make any DOM-injection sink throw, as a second line behind escaping.
 */
export const securityHeaders = (opts: { httpsOnly?: boolean } = {}): MiddlewareHandler => {
  const headers = secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'"],
      connectSrc: ["'self'"],
      formAction: ["'self'"],
      baseUri: ["'none'"],
      frameAncestors: ["'none'"],
      requireTrustedTypesFor: ["'script'"],
    },
    referrerPolicy: 'same-origin',
    xFrameOptions: 'DENY',
    crossOriginResourcePolicy: 'same-origin',
    crossOriginOpenerPolicy: 'same-origin',
    permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [] },
    // Set below, over https only: over plain http it means nothing, and on a demo or an
    // internal host it would pin a name that may later serve plain http.
    strictTransportSecurity: false,
  });
  return async (c, next) => {
    await headers(c, next);
    // The URL is already normalised (lower-case scheme): no need to parse it again.
    if (opts.httpsOnly || c.req.url.startsWith('https:')) c.res.headers.set('strict-transport-security', 'max-age=15552000; includeSubDomains');
  };
};
