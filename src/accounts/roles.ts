/**
 * Who may do what. Agents handle cases; leads also read trends and the audit log; admins
 * also manage agents and API keys. Integration keys carry scopes instead of a role.
 */
export const ROLES = ['agent', 'lead', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const SCOPES = ['investigate', 'cases:read', 'cases:write', 'admin'] as const;
export type Scope = (typeof SCOPES)[number];

/** Permissions checked by routes. A role or a key grants a set of them. */
export type Permission = Scope | 'audit:read' | 'trends:read';

const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  agent: ['investigate', 'cases:read', 'cases:write'],
  lead: ['investigate', 'cases:read', 'cases:write', 'audit:read', 'trends:read'],
  admin: ['investigate', 'cases:read', 'cases:write', 'audit:read', 'trends:read', 'admin'],
};

/** An `admin` scope on a key is the whole admin role: it can mint keys anyway. */
export function permissionsOfScopes(scopes: readonly Scope[]): Set<Permission> {
  if (scopes.includes('admin')) return new Set(ROLE_PERMISSIONS.admin);
  return new Set(scopes);
}

export function permissionsOfRole(role: Role): Set<Permission> {
  return new Set(ROLE_PERMISSIONS[role]);
}
