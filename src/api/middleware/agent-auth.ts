import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { UnauthorizedError } from '../../errors/app-error.ts';
import { problem } from '../problem.ts';
import { MemorySessionStore, type SessionStore } from '../sessions.ts';

export const SESSION_COOKIE = 'txtriage_agent';
/** A console session lasts one working day at most; logout or revocation ends it sooner. */
const SESSION_SECONDS = 12 * 60 * 60;

const sha256 = (s: string) => createHash('sha256').update(s).digest();
const sameBytes = (a: Buffer, b: Buffer) => a.length === b.length && timingSafeEqual(a, b);

/** The agent id of the shared key (one key, one agent, until agents have their own keys). */
export const SHARED_AGENT_ID = 'agent';

/**
 * Who is an agent: a request with `Authorization: Bearer <AGENT_API_KEY>` (the helpdesk
 * system), or a browser holding a console session. The cookie holds a random token
 * (HttpOnly, SameSite=Strict); the session lives in a SessionStore under the token's hash,
 * so logout and revocation end it at once, and a session opened with another key is dead.
 * `resolve()` looks the session up once per request; `isAgent` then answers synchronously.
 */
export class AgentAuth {
  private readonly keyDigest: Buffer | null;
  private readonly keyFingerprint: string | null;
  private readonly sessions: SessionStore;

  constructor(
    key: string | null,
    private readonly opts: { secureCookie?: boolean; now?: () => number; sessions?: SessionStore } = {},
  ) {
    this.keyDigest = key ? sha256(key) : null;
    this.keyFingerprint = key ? createHmac('sha256', key).update('txtriage console session v2').digest('hex').slice(0, 32) : null;
    this.sessions = opts.sessions ?? new MemorySessionStore();
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

  /** Middleware: finds this request's session (if any) once, for `session()` and `isAgent()`. */
  resolve(): MiddlewareHandler {
    return async (c, next) => {
      const token = sessionToken(c);
      if (token && this.keyFingerprint) {
        const record = await Promise.resolve(this.sessions.get(tokenHash(token))).catch(() => undefined);
        if (record && record.keyFingerprint === this.keyFingerprint && record.expiresAt > this.now()) c.set(SESSION_CONTEXT as never, record as never);
      }
      await next();
    };
  }

  session(c: Context): boolean {
    return Boolean(c.get(SESSION_CONTEXT as never));
  }

  /** Bearer key, or a session cookie on a same-origin request (the CSRF guard for cookie use). */
  isAgent(c: Context): boolean {
    if (this.bearer(c)) return true;
    return this.session(c) && sameOrigin(c);
  }

  async startSession(c: Context, agentId = SHARED_AGENT_ID): Promise<void> {
    const token = randomBytes(32).toString('base64url');
    const now = this.now();
    await this.sessions.create({ idHash: tokenHash(token), agentId, keyFingerprint: this.keyFingerprint!, createdAt: now, expiresAt: now + SESSION_SECONDS });
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'Strict',
      path: '/',
      maxAge: SESSION_SECONDS,
      // Behind a TLS-terminating proxy the request looks like http: PUBLIC_URL tells the truth.
      secure: this.opts.secureCookie || new URL(c.req.url).protocol === 'https:',
    });
  }

  /** Ends this browser's session on the server, not only its cookie. */
  async endSession(c: Context): Promise<void> {
    const token = sessionToken(c);
    if (token) await this.sessions.delete(tokenHash(token));
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
  }

  /** Ends every session of an agent at once (revocation). */
  revokeAgent(agentId: string): Promise<number> | number {
    return this.sessions.deleteForAgent(agentId);
  }
}

const SESSION_CONTEXT = 'agentSession';

function sessionToken(c: Context): string | undefined {
  const v = getCookie(c, SESSION_COOKIE) ?? '';
  return /^[\w-]{43}$/.test(v) ? v : undefined;
}

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

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

/** Agent-only API routes: 401 problem JSON without the key. */
export const requireAgentApi = (auth: AgentAuth): MiddlewareHandler => async (c, next) => {
  if (!auth.isAgent(c)) {
    c.header('www-authenticate', 'Bearer realm="txtriage agents"');
    return problem(c, new UnauthorizedError());
  }
  c.header('cache-control', 'no-store');
  await next();
};
