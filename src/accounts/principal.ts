import type { Permission, Role } from './roles.ts';

/**
 * Who is making a request, resolved once per request by the identity middleware.
 * `actor` is what the audit log and case events record.
 */
export interface Principal {
  kind: 'agent' | 'key' | 'bootstrap';
  /** `agent:<username>`, `key:<id>` or `bootstrap` (AGENT_API_KEY). */
  actor: string;
  /** For people: the agent's display name; for keys: the key's name. */
  name: string;
  role?: Role;
  agentId?: string;
  permissions: ReadonlySet<Permission>;
  /** Set when the request rides on a console session (so logout can end it). */
  sessionIdHash?: string;
}

export const can = (p: Principal | null | undefined, permission: Permission): boolean => Boolean(p?.permissions.has(permission));
