import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { AppError, InvalidInputError, NotFoundError } from '../errors/app-error.ts';
import { mintApiKey, parseApiKey } from './api-key.ts';
import { appendAudits, type AuditAction, type AuditDetails, type AuditEntry } from './audit.ts';
import { GroupCommit } from '../store/group-commit.ts';
import { recordFailure, waitBeforeNextAttempt, type FailureRecord } from './lockout.ts';
import { burnPasswordCheck, DEFAULT_COST, hashPassword, passwordProblem, verifyPassword, type ScryptCost } from './password.ts';
import type { Principal } from './principal.ts';
import { permissionsOfRole, permissionsOfScopes, ROLES, SCOPES, type Role, type Scope } from './roles.ts';
import type { AccountsDatabase, AgentsTable, ApiKeysTable } from './schema.ts';

/** A console session lasts one working day. */
export const SESSION_SECONDS = 12 * 60 * 60;

const iso = (ms: number) => new Date(ms).toISOString();
const sha256 = (s: string) => createHash('sha256').update(s).digest('base64url');

export class SignInRefusedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super(
      'SIGN_IN_REFUSED',
      retryAfterSeconds > 0 ? `Too many failed sign-ins; try again in ${retryAfterSeconds} seconds.` : 'Wrong user name or password.',
      { status: retryAfterSeconds > 0 ? 429 : 401 },
    );
  }
}

export interface AgentView {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  enabled: boolean;
  createdAt: string;
  createdBy: string;
}

export interface ApiKeyView {
  id: string;
  name: string;
  scopes: Scope[];
  hint: string;
  createdBy: string;
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

const agentView = (r: Selectable<AgentsTable>): AgentView => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  role: r.role as Role,
  enabled: r.enabled === 1,
  createdAt: r.created_at,
  createdBy: r.created_by,
});

const keyView = (r: Selectable<ApiKeysTable>): ApiKeyView => ({
  id: r.id,
  name: r.name,
  scopes: r.scopes.split(',').filter(Boolean) as Scope[],
  hint: r.hint,
  createdBy: r.created_by,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
  lastUsedAt: r.last_used_at,
});

const USERNAME_RE = /^[a-z0-9][a-z0-9._-]{1,39}$/;

/**
 * Agents, their sessions, integration keys and the audit log. Every check reads the
 * database (indexed point lookups), so a revoked key or ended session stops working at
 * once on every instance that shares it.
 */
export class AccountStore {
  private readonly now: () => number;
  private readonly cost: ScryptCost;

  constructor(
    private readonly db: Kysely<AccountsDatabase>,
    opts: { now?: () => number; passwordCost?: ScryptCost } = {},
  ) {
    this.now = opts.now ?? Date.now;
    this.cost = opts.passwordCost ?? DEFAULT_COST;
  }

  // ── agents ──────────────────────────────────────────────────────────────
  async createAgent(input: { username: string; displayName?: string; role: Role; password: string }, by: Principal): Promise<AgentView> {
    const username = input.username.trim().toLowerCase();
    const issues = [];
    if (!USERNAME_RE.test(username)) issues.push({ field: 'username', message: '2–40 characters: lowercase letters, digits, dot, dash, underscore' });
    if (!ROLES.includes(input.role)) issues.push({ field: 'role', message: `one of ${ROLES.join(', ')}` });
    const weak = passwordProblem(input.password, username);
    if (weak) issues.push({ field: 'password', message: weak });
    if (issues.length) throw new InvalidInputError(issues);
    const exists = await this.db.selectFrom('agents').select('id').where('username', '=', username).executeTakeFirst();
    if (exists) throw new InvalidInputError([{ field: 'username', message: 'already taken' }]);
    const row = {
      id: randomUUID(),
      username,
      display_name: (input.displayName ?? username).trim().slice(0, 80) || username,
      role: input.role,
      password_hash: await hashPassword(input.password, this.cost),
      enabled: 1,
      created_at: iso(this.now()),
      created_by: by.actor,
    };
    await this.db.insertInto('agents').values(row).execute();
    await this.audit(by, 'agent.created', username, { role: input.role });
    return agentView(row);
  }

  async listAgents(): Promise<AgentView[]> {
    return (await this.db.selectFrom('agents').selectAll().orderBy('username').execute()).map(agentView);
  }

  /** By id, else by user name. */
  private async agentRow(idOrUsername: string): Promise<Selectable<AgentsTable> | undefined> {
    const byId = await this.db.selectFrom('agents').selectAll().where('id', '=', idOrUsername).executeTakeFirst();
    return byId ?? this.db.selectFrom('agents').selectAll().where('username', '=', idOrUsername.trim().toLowerCase()).executeTakeFirst();
  }

  async getAgent(idOrUsername: string): Promise<AgentView | undefined> {
    const row = await this.agentRow(idOrUsername);
    return row && agentView(row);
  }

  async updateAgent(idOrUsername: string, change: { role?: Role; enabled?: boolean; password?: string; displayName?: string }, by: Principal): Promise<AgentView> {
    const row = await this.agentRow(idOrUsername);
    if (!row) throw new NotFoundError('Agent');
    const id = row.id;
    const set: Partial<AgentsTable> = {};
    if (change.role !== undefined) {
      if (!ROLES.includes(change.role)) throw new InvalidInputError([{ field: 'role', message: `one of ${ROLES.join(', ')}` }]);
      set.role = change.role;
    }
    if (change.displayName !== undefined) set.display_name = change.displayName.trim().slice(0, 80) || row.username;
    if (change.enabled !== undefined) set.enabled = change.enabled ? 1 : 0;
    if (change.password !== undefined) {
      const weak = passwordProblem(change.password, row.username);
      if (weak) throw new InvalidInputError([{ field: 'password', message: weak }]);
      set.password_hash = await hashPassword(change.password, this.cost);
    }
    if (Object.keys(set).length) await this.db.updateTable('agents').set(set).where('id', '=', id).execute();
    // A role change, a new password or disabling ends the agent's sessions everywhere.
    if (set.role || set.password_hash || set.enabled === 0) await this.db.deleteFrom('agent_sessions').where('agent_id', '=', id).execute();
    await this.audit(by, change.enabled === false ? 'agent.disabled' : 'agent.updated', row.username, {
      ...(set.role ? { role: set.role } : {}),
      ...(change.enabled !== undefined ? { enabled: change.enabled } : {}),
      ...(set.password_hash ? { password: 'changed' } : {}),
    });
    return agentView({ ...row, ...set });
  }

  // ── sign-in and sessions ─────────────────────────────────────────────────
  /** Checks a password with back-off per user name and per client; opens a session. */
  async signIn(usernameRaw: string, password: string, client: string): Promise<{ sessionId: string; principal: Principal }> {
    const username = usernameRaw.trim().toLowerCase().slice(0, 64);
    const keys = [`user:${username}`, `client:${client}`];
    const records = await this.refuseWhileBackingOff(keys);

    const row = await this.db.selectFrom('agents').selectAll().where('username', '=', username).executeTakeFirst();
    const ok = row ? await verifyPassword(password, row.password_hash) : (await burnPasswordCheck(password, this.cost), false);
    if (!ok || !row || row.enabled !== 1) {
      await this.noteFailures(keys, records);
      await this.auditAs('anonymous', 'auth.sign_in_failed', username, { client });
      throw new SignInRefusedError(0);
    }
    await this.db.deleteFrom('sign_in_failures').where('key', '=', `user:${username}`).execute();
    const sessionId = await this.openSession({ agentId: row.id, keyFingerprint: null });
    const principal = agentPrincipal(row);
    await this.audit(principal, 'auth.sign_in', username, {});
    return { sessionId, principal: { ...principal, sessionIdHash: sha256(sessionId) } };
  }

  /**
   * The console's first-admin door: the bootstrap key (AGENT_API_KEY) typed into the
   * sign-in form, with the same back-off per client as passwords.
   */
  async signInWithBootstrapKey(candidate: string, bootstrapKey: string, client: string): Promise<{ sessionId: string; principal: Principal }> {
    const keys = [`client:${client}`];
    const records = await this.refuseWhileBackingOff(keys);
    if (!sameText(fingerprint(candidate), fingerprint(bootstrapKey))) {
      await this.noteFailures(keys, records);
      await this.auditAs('anonymous', 'auth.sign_in_failed', 'bootstrap', { client });
      throw new SignInRefusedError(0);
    }
    const sessionId = await this.openBootstrapSession(bootstrapKey);
    const principal = bootstrapPrincipal();
    await this.audit(principal, 'auth.sign_in', null, { with: 'bootstrap key' });
    return { sessionId, principal: { ...principal, sessionIdHash: sha256(sessionId) } };
  }

  private async refuseWhileBackingOff(keys: string[]): Promise<Selectable<AccountsDatabase['sign_in_failures']>[]> {
    const now = this.now();
    const records = await this.db.selectFrom('sign_in_failures').selectAll().where('key', 'in', keys).execute();
    const wait = Math.max(0, ...records.map((r) => waitBeforeNextAttempt({ failures: r.failures, lastFailureAt: Number(r.last_failure_at) }, now)));
    if (wait > 0) throw new SignInRefusedError(Math.ceil(wait / 1000));
    return records;
  }

  private async noteFailures(keys: string[], records: Selectable<AccountsDatabase['sign_in_failures']>[]): Promise<void> {
    const now = this.now();
    for (const key of keys) {
      const prev = records.find((r) => r.key === key);
      await this.saveFailure(key, recordFailure(prev ? { failures: prev.failures, lastFailureAt: Number(prev.last_failure_at) } : undefined, now));
    }
  }

  /** A session opened with the bootstrap key; a new AGENT_API_KEY ends it. */
  async openBootstrapSession(bootstrapKey: string): Promise<string> {
    return this.openSession({ agentId: null, keyFingerprint: fingerprint(bootstrapKey) });
  }

  private async openSession(owner: { agentId: string | null; keyFingerprint: string | null }): Promise<string> {
    const sessionId = randomBytes(32).toString('base64url');
    const now = this.now();
    await this.db
      .insertInto('agent_sessions')
      .values({ id_hash: sha256(sessionId), agent_id: owner.agentId, key_fingerprint: owner.keyFingerprint, created_at: iso(now), expires_at: iso(now + SESSION_SECONDS * 1000) })
      .execute();
    return sessionId;
  }

  async sessionPrincipal(sessionId: string, bootstrapKey: string | null): Promise<Principal | null> {
    if (!/^[\w-]{43}$/.test(sessionId)) return null;
    const idHash = sha256(sessionId);
    const s = await this.db.selectFrom('agent_sessions').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
    if (!s || s.expires_at <= iso(this.now())) return null;
    if (s.agent_id === null) {
      if (!bootstrapKey || s.key_fingerprint !== fingerprint(bootstrapKey)) return null;
      return { ...bootstrapPrincipal(), sessionIdHash: idHash };
    }
    const agent = await this.db.selectFrom('agents').selectAll().where('id', '=', s.agent_id).executeTakeFirst();
    if (!agent || agent.enabled !== 1) return null;
    return { ...agentPrincipal(agent), sessionIdHash: idHash };
  }

  async endSession(idHash: string, by: Principal): Promise<void> {
    await this.db.deleteFrom('agent_sessions').where('id_hash', '=', idHash).execute();
    await this.audit(by, 'auth.sign_out', null, {});
  }

  /** Expired sessions and forgiven failures; called by the periodic sweep. */
  async sweep(): Promise<void> {
    const now = this.now();
    await this.db.deleteFrom('agent_sessions').where('expires_at', '<=', iso(now)).execute();
    await this.db.deleteFrom('sign_in_failures').where('last_failure_at', '<', now - 24 * 3600 * 1000).execute();
  }

  private async saveFailure(key: string, rec: FailureRecord): Promise<void> {
    await this.db
      .insertInto('sign_in_failures')
      .values({ key, failures: rec.failures, last_failure_at: rec.lastFailureAt })
      .onConflict((oc) => oc.column('key').doUpdateSet({ failures: rec.failures, last_failure_at: rec.lastFailureAt }))
      .execute();
  }

  // ── integration keys ─────────────────────────────────────────────────────
  async mintKey(input: { name: string; scopes: Scope[] }, by: Principal): Promise<{ key: string; view: ApiKeyView }> {
    const name = input.name.trim().slice(0, 80);
    const scopes = [...new Set(input.scopes)];
    if (!name) throw new InvalidInputError([{ field: 'name', message: 'required' }]);
    if (!scopes.length || scopes.some((s) => !SCOPES.includes(s))) throw new InvalidInputError([{ field: 'scopes', message: `one or more of ${SCOPES.join(', ')}` }]);
    const minted = mintApiKey();
    const row = {
      id: minted.id,
      name,
      secret_hash: minted.secretHash,
      scopes: scopes.join(','),
      hint: minted.hint,
      created_by: by.actor,
      created_at: iso(this.now()),
      revoked_at: null,
      last_used_at: null,
    };
    await this.db.insertInto('api_keys').values(row).execute();
    await this.audit(by, 'key.created', minted.id, { name, scopes: scopes.join(',') });
    return { key: minted.key, view: keyView(row) };
  }

  async listKeys(): Promise<ApiKeyView[]> {
    return (await this.db.selectFrom('api_keys').selectAll().orderBy('created_at', 'desc').execute()).map(keyView);
  }

  async revokeKey(id: string, by: Principal): Promise<ApiKeyView> {
    const row = await this.db.selectFrom('api_keys').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new NotFoundError('API key');
    const revokedAt = row.revoked_at ?? iso(this.now());
    await this.db.updateTable('api_keys').set({ revoked_at: revokedAt }).where('id', '=', id).execute();
    await this.audit(by, 'key.revoked', id, { name: row.name });
    return keyView({ ...row, revoked_at: revokedAt });
  }

  async keyPrincipal(candidate: string): Promise<Principal | null> {
    const parsed = parseApiKey(candidate);
    if (!parsed) return null;
    const row = await this.db.selectFrom('api_keys').selectAll().where('id', '=', parsed.id).executeTakeFirst();
    if (!row || row.revoked_at || !sameText(row.secret_hash, parsed.secretHash)) return null;
    const now = iso(this.now());
    // One write per key per minute at most: "last used" is for people, not for accounting.
    if (!row.last_used_at || row.last_used_at.slice(0, 16) !== now.slice(0, 16)) {
      await this.db.updateTable('api_keys').set({ last_used_at: now }).where('id', '=', row.id).execute();
    }
    const scopes = row.scopes.split(',') as Scope[];
    return { kind: 'key', actor: `key:${row.id}`, name: row.name, permissions: permissionsOfScopes(scopes) };
  }

  // ── audit log ────────────────────────────────────────────────────────────
  async audit(by: Principal, action: AuditAction, target: string | null, details: AuditEntry['details']): Promise<void> {
    await this.auditAs(by.actor, action, target, details);
  }

  /**
   * Once per `withinMs` for the same actor, action and target: reading a case's complaint
   * is one entry per sitting, not one per page load (every form on the page reloads it).
   */
  async auditOnce(by: Principal, action: AuditAction, target: string, details: AuditDetails, withinMs = 10 * 60 * 1000): Promise<void> {
    const recent = await this.db
      .selectFrom('audit_log')
      .select('id')
      .where('actor', '=', by.actor)
      .where('action', '=', action)
      .where('target', '=', target)
      .where('at', '>', iso(this.now() - withinMs))
      .executeTakeFirst();
    if (!recent) await this.audit(by, action, target, details);
  }

  private async auditAs(actor: string, action: AuditAction, target: string | null, details: AuditDetails): Promise<void> {
    await this.auditLog.add({ at: iso(this.now()), actor, action, target, details });
  }

  /**
   * Entries written while another is being committed go together in one statement (every
   * investigation writes one; fifty at once were fifty transactions). Each caller still
   * waits for its own entry's commit.
   */
  private readonly auditLog = new GroupCommit<Omit<AuditEntry, 'id'>>((entries) => appendAudits(this.db, entries));

  /** Newest first; `before` is the `at|id` of the last entry of the previous page. */
  async listAudit(opts: { limit?: number; before?: string; actor?: string; action?: string } = {}): Promise<{ entries: AuditEntry[]; next: string | null }> {
    const limit = Math.min(Math.max(opts.limit ?? 50, 1), 500);
    let q = this.db.selectFrom('audit_log').selectAll();
    if (opts.actor) q = q.where('actor', '=', opts.actor);
    if (opts.action) q = q.where('action', '=', opts.action);
    if (opts.before) {
      const [at, id] = opts.before.split('|');
      q = q.where((eb) => eb.or([eb('at', '<', at), eb.and([eb('at', '=', at), eb('id', '<', id ?? '')])]));
    }
    const rows = await q.orderBy('at', 'desc').orderBy('id', 'desc').limit(limit + 1).execute();
    const entries = rows.slice(0, limit).map((r) => ({ id: r.id, at: r.at, actor: r.actor, action: r.action as AuditAction, target: r.target, details: JSON.parse(r.details) }));
    const last = entries.at(-1);
    return { entries, next: rows.length > limit && last ? `${last.at}|${last.id}` : null };
  }

  /**
   * Display names for actors, so timelines read "Alice Wang", not "agent:alice", and a
   * key's work shows the key's name. Actors of neither kind (bootstrap, system,
   * integration:…) are the pages' to word.
   */
  async actorNames(actors: Iterable<string>): Promise<Map<string, string>> {
    const unique = [...new Set(actors)];
    const usernames = unique.filter((a) => a.startsWith('agent:')).map((a) => a.slice(6));
    const keyIds = unique.filter((a) => a.startsWith('key:')).map((a) => a.slice(4));
    const names = new Map<string, string>();
    if (usernames.length) {
      for (const r of await this.db.selectFrom('agents').select(['username', 'display_name']).where('username', 'in', usernames).execute()) names.set(`agent:${r.username}`, r.display_name);
    }
    if (keyIds.length) {
      for (const r of await this.db.selectFrom('api_keys').select(['id', 'name']).where('id', 'in', keyIds).execute()) names.set(`key:${r.id}`, r.name);
    }
    return names;
  }
}

export function bootstrapPrincipal(): Principal {
  return { kind: 'bootstrap', actor: 'bootstrap', name: 'AGENT_API_KEY', role: 'admin', permissions: permissionsOfRole('admin') };
}

function agentPrincipal(row: Selectable<AgentsTable>): Principal {
  const role = row.role as Role;
  return { kind: 'agent', actor: `agent:${row.username}`, name: row.display_name, role, agentId: row.id, permissions: permissionsOfRole(role) };
}

const fingerprint = (key: string) => sha256(`txtriage bootstrap key v1:${key}`);

/** For digests of equal length: compares without an early exit. */
function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
