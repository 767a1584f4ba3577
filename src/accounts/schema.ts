import type { Kysely } from 'kysely';
/**
 * Account tables, in the case store's portable style (text and integers only; times are
 * ISO-8601 UTC text; JSON is text), so one query layer serves SQLite and PostgreSQL.
 */
export interface AgentsTable {
  id: string;
  username: string;
  display_name: string;
  role: string;
  password_hash: string;
  /** 1 while the agent may sign in; disabling ends their sessions at once. */
  enabled: number;
  created_at: string;
  created_by: string;
}

/** Browser sessions. Only the SHA-256 of the cookie's secret is stored. */
export interface AgentSessionsTable {
  id_hash: string;
  /** Null for a session opened with the bootstrap key (AGENT_API_KEY). */
  agent_id: string | null;
  /** Fingerprint of the bootstrap key the session was opened with: a new key ends those sessions. */
  key_fingerprint: string | null;
  created_at: string;
  expires_at: string;
}

export interface ApiKeysTable {
  id: string;
  name: string;
  secret_hash: string;
  /** Comma-separated scopes. */
  scopes: string;
  hint: string;
  created_by: string;
  created_at: string;
  revoked_at: string | null;
  last_used_at: string | null;
}

export interface AuditLogTable {
  id: string;
  at: string;
  actor: string;
  action: string;
  target: string | null;
  details: string;
}

/** Failed sign-ins per user name and per client address (the back-off's counters). */
export interface SignInFailuresTable {
  key: string;
  failures: number;
  last_failure_at: number;
}

export interface AccountsDatabase {
  agents: AgentsTable;
  agent_sessions: AgentSessionsTable;
  api_keys: ApiKeysTable;
  audit_log: AuditLogTable;
  sign_in_failures: SignInFailuresTable;
}

/**
 * The case store's database holds these tables too (its Database extends this one);
 * Kysely's types are invariant in the schema, so the narrowing is spelled out once, here.
 */
export function accountTables<DB extends AccountsDatabase>(db: Kysely<DB>): Kysely<AccountsDatabase> {
  return db as unknown as Kysely<AccountsDatabase>;
}
