import { randomBytes } from 'node:crypto';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountStore, bootstrapPrincipal, SignInRefusedError } from '../../src/accounts/account-store.ts';
import { hashPassword, verifyPassword } from '../../src/accounts/password.ts';
import { accountsMigration } from '../../src/accounts/migration.ts';
import type { AccountsDatabase } from '../../src/accounts/schema.ts';

/** Cheap scrypt for tests (production uses N=2^15); the format and checks are the same. */
const TEST_COST = { N: 1 << 10, r: 8, p: 1 };
const PG_ADMIN_URL = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function pgReachable(): Promise<boolean> {
  const c = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => {});
  }
}

interface Backend {
  db: Kysely<AccountsDatabase>;
  close(): Promise<void>;
}

async function open(kind: 'sqlite' | 'postgres'): Promise<Backend> {
  let db: Kysely<AccountsDatabase>;
  let drop = async () => {};
  if (kind === 'sqlite') {
    db = new Kysely({ dialect: new SqliteDialect({ database: new SQLite(':memory:') }) });
  } else {
    const name = `txtriage_acc_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(PG_ADMIN_URL);
    url.pathname = `/${name}`;
    db = new Kysely({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url.toString(), max: 4 }) }) });
    drop = async () => {
      const a = new pg.Client({ connectionString: PG_ADMIN_URL });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    };
  }
  const { error } = await new Migrator({ db, provider: { getMigrations: async () => ({ '0100_accounts': accountsMigration }) } }).migrateToLatest();
  if (error) throw error;
  return { db, close: async () => { await db.destroy(); await drop(); } };
}

const pgOk = await pgReachable();
if (!pgOk) console.log(`account store: PostgreSQL at ${new URL(PG_ADMIN_URL).host} is not reachable; only SQLite runs here (CI runs both)`);

describe('passwords', () => {
  it('are hashed with scrypt and verified in constant time; a wrong one fails', async () => {
    const h = await hashPassword('correct horse battery');
    expect(h).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword('correct horse battery', h)).toBe(true);
    expect(await verifyPassword('correct horse batterx', h)).toBe(false);
    expect(await verifyPassword('x', 'garbage')).toBe(false);
  });
});

describe.each(pgOk ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const))('account store on %s', (kind) => {
  let b: Backend;
  let clock = Date.parse('2026-12-01T10:00:00Z');
  let store: AccountStore;
  const admin = bootstrapPrincipal();
  beforeAll(async () => {
    b = await open(kind);
    store = new AccountStore(b.db, { now: () => clock, passwordCost: TEST_COST });
  });
  afterAll(() => b.close());

  it('creates an agent who signs in; the session names them; a wrong password is refused', async () => {
    const alice = await store.createAgent({ username: 'Alice', displayName: 'Alice Wang', role: 'agent', password: 'long enough secret 1' }, admin);
    expect(alice).toMatchObject({ username: 'alice', role: 'agent', enabled: true, createdBy: 'bootstrap' });
    const { sessionId, principal } = await store.signIn('alice', 'long enough secret 1', '10.0.0.1');
    expect(principal).toMatchObject({ actor: 'agent:alice', name: 'Alice Wang', role: 'agent' });
    expect(principal.permissions.has('cases:write')).toBe(true);
    expect(principal.permissions.has('admin')).toBe(false);
    expect((await store.sessionPrincipal(sessionId, null))?.actor).toBe('agent:alice');
    await expect(store.signIn('alice', 'wrong', '10.0.0.1')).rejects.toMatchObject({ code: 'SIGN_IN_REFUSED', status: 401 });
    await expect(store.signIn('nobody', 'wrong', '10.0.0.1')).rejects.toMatchObject({ status: 401 });
  });

  it('refuses weak passwords, taken names and unknown roles with field errors', async () => {
    await expect(store.createAgent({ username: 'bob', role: 'agent', password: 'short' }, admin)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(store.createAgent({ username: 'alice', role: 'agent', password: 'long enough secret 2' }, admin)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(store.createAgent({ username: 'carol', role: 'boss' as never, password: 'long enough secret 2' }, admin)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('backs off after repeated failures, per user name, and forgives after a quiet hour', async () => {
    await store.createAgent({ username: 'dave', role: 'agent', password: 'long enough secret 3' }, admin);
    for (let i = 0; i < 5; i++) await expect(store.signIn('dave', 'nope', `10.0.1.${i}`)).rejects.toMatchObject({ status: 401 });
    // Five free failures; now even the right password must wait.
    const refused = await store.signIn('dave', 'long enough secret 3', '10.0.2.2').catch((e) => e);
    expect(refused).toBeInstanceOf(SignInRefusedError);
    expect(refused.status).toBe(429);
    clock += 61 * 60 * 1000;
    expect((await store.signIn('dave', 'long enough secret 3', '10.0.2.2')).principal.actor).toBe('agent:dave');
  });

  it('disabling an agent ends their sessions at once; a role change too', async () => {
    const erin = await store.createAgent({ username: 'erin', role: 'lead', password: 'long enough secret 4' }, admin);
    const { sessionId } = await store.signIn('erin', 'long enough secret 4', '10.0.3.1');
    expect(await store.sessionPrincipal(sessionId, null)).not.toBeNull();
    await store.updateAgent(erin.id, { enabled: false }, admin);
    expect(await store.sessionPrincipal(sessionId, null)).toBeNull();
    await expect(store.signIn('erin', 'long enough secret 4', '10.0.3.1')).rejects.toMatchObject({ status: 401 });
  });

  it('logout ends the session; sessions expire after 12 hours; a bootstrap session ends with a new key', async () => {
    const { sessionId, principal } = await store.signIn('alice', 'long enough secret 1', '10.0.4.1');
    await store.endSession(principal.sessionIdHash!, principal);
    expect(await store.sessionPrincipal(sessionId, null)).toBeNull();
    const s2 = (await store.signIn('alice', 'long enough secret 1', '10.0.4.1')).sessionId;
    clock += 12 * 3600 * 1000 + 1;
    expect(await store.sessionPrincipal(s2, null)).toBeNull();
    const boot = await store.openBootstrapSession('the-bootstrap-key-1234');
    expect((await store.sessionPrincipal(boot, 'the-bootstrap-key-1234'))?.actor).toBe('bootstrap');
    expect(await store.sessionPrincipal(boot, 'a-brand-new-key-5678')).toBeNull();
    expect(await store.sessionPrincipal('not a session id', 'the-bootstrap-key-1234')).toBeNull();
  });

  it('mints a key shown once and stored hashed, with scopes; a revoked key stops at once', async () => {
    const { key, view } = await store.mintKey({ name: 'Zendesk', scopes: ['investigate', 'cases:read'] }, admin);
    expect(key).toMatch(/^txk_[a-z0-9]{10}_[\w-]{43}$/);
    const stored = await b.db.selectFrom('api_keys').selectAll().where('id', '=', view.id).executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain(key.slice(15));
    const p = await store.keyPrincipal(key);
    expect(p).toMatchObject({ actor: `key:${view.id}`, name: 'Zendesk' });
    expect([...p!.permissions].sort()).toEqual(['cases:read', 'investigate']);
    expect(await store.keyPrincipal(key.slice(0, -1) + (key.endsWith('A') ? 'B' : 'A'))).toBeNull();
    await store.revokeKey(view.id, admin);
    expect(await store.keyPrincipal(key)).toBeNull();
    await expect(store.mintKey({ name: 'x', scopes: ['root' as never] }, admin)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('signs in with the bootstrap key, backs off per client after wrong ones, and names actors', async () => {
    const boot = await store.signInWithBootstrapKey('the-bootstrap-key-1234', 'the-bootstrap-key-1234', '10.0.9.1');
    expect(boot.principal).toMatchObject({ actor: 'bootstrap', role: 'admin' });
    expect((await store.sessionPrincipal(boot.sessionId, 'the-bootstrap-key-1234'))?.actor).toBe('bootstrap');
    for (let i = 0; i < 5; i++) await expect(store.signInWithBootstrapKey('a-wrong-key-000000', 'the-bootstrap-key-1234', '10.0.9.2')).rejects.toMatchObject({ status: 401 });
    await expect(store.signInWithBootstrapKey('the-bootstrap-key-1234', 'the-bootstrap-key-1234', '10.0.9.2')).rejects.toMatchObject({ status: 429 });

    const { view } = await store.mintKey({ name: 'Nightly export', scopes: ['cases:read'] }, admin);
    const names = await store.actorNames(['agent:alice', `key:${view.id}`, 'bootstrap', 'agent:nobody']);
    expect(Object.fromEntries(names)).toEqual({ 'agent:alice': 'Alice Wang', [`key:${view.id}`]: 'Nightly export' });

    const alice = (await store.signIn('alice', 'long enough secret 1', '10.0.9.3')).principal;
    await store.auditOnce(alice, 'case.viewed_complaint', 'TX-ABCDE', {});
    await store.auditOnce(alice, 'case.viewed_complaint', 'TX-ABCDE', {});
    clock += 11 * 60 * 1000;
    await store.auditOnce(alice, 'case.viewed_complaint', 'TX-ABCDE', {});
    const views = await store.listAudit({ actor: 'agent:alice', action: 'case.viewed_complaint' });
    expect(views.entries).toHaveLength(2);
  });

  it('records who did what in the audit log, newest first, paged', async () => {
    const { entries } = await store.listAudit({ limit: 500 });
    const actions = entries.map((e) => `${e.actor} ${e.action} ${e.target ?? ''}`.trim());
    expect(actions).toContain('bootstrap agent.created alice');
    expect(actions).toContain('agent:alice auth.sign_in alice');
    expect(actions).toContain('anonymous auth.sign_in_failed dave');
    expect(actions).toContain('bootstrap agent.disabled erin');
    expect(actions.some((a) => a.startsWith('bootstrap key.revoked'))).toBe(true);
    expect(JSON.stringify(entries)).not.toMatch(/long enough secret|txk_/);
    const page1 = await store.listAudit({ limit: 3 });
    const page2 = await store.listAudit({ limit: 3, before: page1.next! });
    expect(page1.entries.length).toBe(3);
    expect(page2.entries[0].id).not.toBe(page1.entries[2].id);
    expect(page2.entries[0].at <= page1.entries[2].at).toBe(true);
  });
});
