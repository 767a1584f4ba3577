import type { MiddlewareHandler } from 'hono';
import { can, type Principal } from '../../accounts/principal.ts';
import type { Permission } from '../../accounts/roles.ts';
import { ForbiddenError, UnauthorizedError } from '../../errors/app-error.ts';
import { problem } from '../problem.ts';
import { principalOf } from './identity.ts';

/** Why a principal lacks a permission, in the words of what it holds. */
export function forbidden(p: Principal, permission: Permission): ForbiddenError {
  const held = [...p.permissions].sort().join(', ') || 'none';
  const who = p.kind === 'key' ? `This key's scopes give: ${held}.` : `The role "${p.role ?? 'none'}" gives: ${held}.`;
  return new ForbiddenError(permission, who);
}

/**
 * An API route's guard: 401 (with the Bearer challenge) without credentials, 403 when the
 * role or the key's scopes lack the permission. Runs before the body is read or validated.
 */
export function need(permission: Permission): MiddlewareHandler {
  return async (c, next) => {
    const p = principalOf(c);
    if (!p) {
      c.header('www-authenticate', 'Bearer realm="txtriage agents"');
      return problem(c, new UnauthorizedError());
    }
    if (!can(p, permission)) return problem(c, forbidden(p, permission));
    c.header('cache-control', 'no-store');
    await next();
  };
}
