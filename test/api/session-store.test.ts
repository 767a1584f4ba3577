import { Hono } from 'hono';
import { afterAll, describe, expect, it } from 'vitest';
import { AccountStore, bootstrapPrincipal } from '../../src/accounts/account-store.ts';
import { accountTables } from '../../src/accounts/schema.ts';
import { Identity, principalOf } from '../../src/api/middleware/identity.ts';
import { openDatabase, type OpenedDatabase } from '../../src/store/database.ts';
import { contractBackends, type TestBackend } from '../support/databases.ts';

/**
 * Console sessions in the case store: two instances sharing one database see the same
 * sessions, so a logout or disabling an agent on one ends the session on the other at
 * once, and a restart keeps agents signed in. SQLite and PostgreSQL.
 */
const KEY = 'a-shared-agent-key-0123456789';
const PASSWORD = 'shared store password 7';
/** Cheap scrypt for tests (production uses N=2^15); the format and checks are the same. */
const TEST_COST = { N: 1 << 10, r: 8, p: 1 };
const databases: OpenedDatabase[] = [];
const backends: TestBackend[] = [];
afterAll(async () => {
  for (const db of databases) await db.close();
  for (const backend of backends) await backend.drop();
});

async function instanceOn(backend: TestBackend, opened?: OpenedDatabase): Promise<{ accounts: AccountStore; app: Hono; db: OpenedDatabase }> {
  const db = opened ?? (await openDatabase({ databaseUrl: backend.env.DATABASE_URL, dataDir: backend.env.DATA_DIR ?? ':memory:' }));
  if (!opened) databases.push(db);
  const accounts = new AccountStore(accountTables(db.db), { passwordCost: TEST_COST });
  const identity = new Identity(accounts, KEY);
  const app = new Hono();
  app.use('*', identity.resolve());
  app.get('/login/key', async (c) => (identity.startSession(c, (await accounts.signInWithBootstrapKey(KEY, KEY, 'test')).sessionId), c.text('ok')));
  app.get('/login/:user', async (c) => (identity.startSession(c, (await accounts.signIn(c.req.param('user'), PASSWORD, 'test')).sessionId), c.text('ok')));
  app.get('/logout', async (c) => (await identity.endSession(c), c.text('bye')));
  app.get('/', (c) => c.text(principalOf(c)?.actor ?? 'nobody'));
  return { accounts, app, db };
}

const cookieOf = async (x: { app: Hono }, path: string) => (await x.app.request(path)).headers.get('set-cookie')!.split(';')[0];

for (const { name, skip, make } of await contractBackends()) {
  describe.skipIf(Boolean(skip))(`console sessions in the store (${name})`, () => {
    if (skip) console.log(`session store on ${name}: skipped (${skip})`);
    it("one instance sees the other's session; logout and disabling the agent end it everywhere at once", async () => {
      const backend = await make();
      backends.push(backend);
      const a = await instanceOn(backend);
      // One process owns a SQLite file (src/store/database.ts): there the other "instance"
      // is a second account store on it, with its own session cache, as after a restart.
      const b = await instanceOn(backend, backend.env.DATABASE_URL ? undefined : a.db);
      await a.accounts.createAgent({ username: 'kai', role: 'agent', password: PASSWORD }, bootstrapPrincipal());

      const check = async (x: { app: Hono }, cookie: string) => (await x.app.request('/', { headers: { cookie } })).text();
      const boot = await cookieOf(a, '/login/key');
      expect(await check(a, boot)).toBe('bootstrap');
      expect(await check(b, boot)).toBe('bootstrap'); // another instance, or the same one after a restart
      await b.app.request('/logout', { headers: { cookie: boot } });
      expect(await check(a, boot)).toBe('nobody');

      const kai = await cookieOf(a, '/login/kai');
      expect(await check(b, kai)).toBe('agent:kai');
      await b.accounts.updateAgent('kai', { enabled: false }, bootstrapPrincipal());
      expect(await check(a, kai)).toBe('nobody');
    });
  });
}
