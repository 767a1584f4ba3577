import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { UnauthorizedError } from '../../errors/app-error.ts';
import { problem } from '../problem.ts';

export const SESSION_COOKIE = 'txtriage_agent';
/** A console session lasts one working day; logging in again issues a new one. */
const SESSION_SECONDS = 12 * 60 * 60;

const sha256 = (s: string) => createHash('sha256').update(s).digest();
const sameBytes = (a: Buffer, b: Buffer) => a.length === b.length && timingSafeEqual(a, b);

/**
 * Who is an agent: a request with `Authorization: Bearer <AGENT_API_KEY>` (the helpdesk
 * system), or a browser holding a console session cookie. The cookie never holds the key:
 * it is `<issued-at>.<HMAC(key-derived secret, issued-at)>`, HttpOnly and SameSite=Strict,
 * so changing the key ends every session. With no key configured nobody is an agent.
 */
export class AgentAuth {
  private readonly keyDigest: Buffer | null;
  private readonly sessionSecret: Buffer | null;

  constructor(
    key: string | null,
    private readonly opts: { secureCookie?: boolean; now?: () => number } = {},
  ) {
    this.keyDigest = key ? sha256(key) : null;
    this.sessionSecret = key ? createHmac('sha256', key).update('txtriage console session v1').digest() : null;
  }

  private now(): number {
    return this.opts.now?.() ?? Math.floor(Date.now() / 1000);
  }

  /** Compares digests in constant time, so response timing says nothing about the key. */
  isKey(candidate: string | undefined): boolean {
    return Boolean(this.keyDigest && candidate && sameBytes(sha256(candidate), this.keyDigest));
  }

  bearer(c: Context): boolean {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '');
    return this.isKey(m?.[1]);
  }

  session(c: Context): boolean {
    if (!this.sessionSecret) return false;
    const m = /^(\d{1,12})\.([\w-]{43})$/.exec(getCookie(c, SESSION_COOKIE) ?? '');
    if (!m) return false;
    const issued = Number(m[1]);
    const age = this.now() - issued;
    if (age < 0 || age > SESSION_SECONDS) return false;
    return sameBytes(Buffer.from(m[2]), Buffer.from(this.sign(issued)));
  }

  /** Bearer key, or a session cookie on a same-origin request (the CSRF guard for cookie use). */
  isAgent(c: Context): boolean {
    if (this.bearer(c)) return true;
    return this.session(c) && sameOrigin(c);
  }

  startSession(c: Context): void {
    const issued = this.now();
    setCookie(c, SESSION_COOKIE, `${issued}.${this.sign(issued)}`, {
      httpOnly: true,
      sameSite: 'Strict',
      path: '/',
      maxAge: SESSION_SECONDS,
      // Behind a TLS-terminating proxy the request looks like http: PUBLIC_URL tells the truth.
      secure: this.opts.secureCookie || new URL(c.req.url).protocol === 'https:',
    });
  }

  endSession(c: Context): void {
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
  }

  private sign(issued: number): string {
    return createHmac('sha256', this.sessionSecret!).update(String(issued)).digest('base64url');
  }
}

/**
 * A cookie riding on a request that another site started is not an agent's intent
 * (CSRF). Browsers say where a request comes from: Sec-Fetch-Site (which pages cannot
 * forge), else Origin. Reads are safe either way; a client that sends neither is not a
 * browser, so not a CSRF vector.
 */
function sameOrigin(c: Context): boolean {
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

/** Agent-only API routes: 401 problem JSON without the key. */
export const requireAgentApi = (auth: AgentAuth): MiddlewareHandler => async (c, next) => {
  if (!auth.isAgent(c)) {
    c.header('www-authenticate', 'Bearer realm="txtriage agents"');
    return problem(c, new UnauthorizedError());
  }
  c.header('cache-control', 'no-store');
  await next();
};
