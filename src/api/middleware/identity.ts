import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { bootstrapPrincipal, SESSION_SECONDS, type AccountStore } from '../../accounts/account-store.ts';
import type { Principal } from '../../accounts/principal.ts';
import { AppError } from '../../errors/app-error.ts';
import { defaultLogger } from '../../log.ts';
import { sameOrigin } from './same-origin.ts';

export const SESSION_COOKIE = 'txtriage_agent';
const PRINCIPAL = 'principal';

const sha256 = (s: string) => createHash('sha256').update(s).digest();

/** Who made this request (resolved once by `Identity.resolve()`); undefined: nobody signed in. */
export function principalOf(c: Context): Principal | undefined {
  return c.get(PRINCIPAL as never) as Principal | undefined;
}

/**
 * One answer per request to "who is this?", from three kinds of credentials:
 * - `Authorization: Bearer <AGENT_API_KEY>`: the bootstrap admin (the first admin, scripts);
 * - `Authorization: Bearer txk_…`: an integration key, with its scopes;
 * - the console's session cookie: an agent with a role, or a bootstrap-key session.
 * Sessions live in the case store (AccountStore), so logout, disabling an agent or a new
 * AGENT_API_KEY end them at once on every instance. The cookie counts only on requests
 * from our own pages (same-origin check): a form another site posts is anonymous.
 */
export class Identity {
  private readonly keyDigest: Buffer | null;

  constructor(
    readonly accounts: AccountStore,
    private readonly bootstrapKey: string | null,
    private readonly opts: { secureCookie?: boolean } = {},
  ) {
    this.keyDigest = bootstrapKey ? sha256(bootstrapKey) : null;
  }

  /** Compares digests in constant time, so response timing says nothing about the key. */
  isBootstrapKey(candidate: string | undefined): boolean {
    if (!this.keyDigest || !candidate) return false;
    return timingSafeEqual(sha256(candidate), this.keyDigest);
  }

  resolve(): MiddlewareHandler {
    return async (c, next) => {
      let principal: Principal | undefined;
      try {
        principal = await this.principal(c);
      } catch (err) {
        // Credentials we cannot check are neither accepted nor called wrong.
        defaultLogger.error('identity: the account store did not answer', { error: String((err as Error)?.message ?? err) });
        throw new AppError('IDENTITY_UNAVAILABLE', 'Your credentials cannot be checked right now; please retry shortly.', { status: 503 });
      }
      if (principal) c.set(PRINCIPAL as never, principal as never);
      await next();
    };
  }

  private async principal(c: Context): Promise<Principal | undefined> {
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '')?.[1];
    if (bearer) {
      if (this.isBootstrapKey(bearer)) return bootstrapPrincipal();
      return (await this.accounts.keyPrincipal(bearer)) ?? undefined;
    }
    const token = sessionToken(c);
    if (!token || !sameOrigin(c)) return undefined;
    return (await this.accounts.sessionPrincipal(token, this.bootstrapKey)) ?? undefined;
  }

  /** Hands the browser its session: a random token (HttpOnly, SameSite=Strict); the store keeps its hash. */
  startSession(c: Context, sessionId: string): void {
    setCookie(c, SESSION_COOKIE, sessionId, {
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
    const p = principalOf(c);
    if (p?.sessionIdHash) await this.accounts.endSession(p.sessionIdHash, p);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
  }
}

function sessionToken(c: Context): string | undefined {
  const v = getCookie(c, SESSION_COOKIE) ?? '';
  return /^[\w-]{43}$/.test(v) ? v : undefined;
}

/** What case events and the audit log record for this request's caller. */
export function actorOf(c: Context): string {
  return principalOf(c)?.actor ?? 'anonymous';
}
