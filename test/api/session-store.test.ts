import { Hono } from 'hono';
import { afterAll, describe, expect, it } from 'vitest';
import { AgentAuth, SHARED_AGENT_ID } from '../../src/api/middleware/agent-auth.ts';
import { openDatabase, type OpenedDatabase } from '../../src/store/database.ts';
import { DatabaseSessionStore } from '../../src/store/session-store.ts';
import { contractBackends, type TestBackend } from '../support/databases.ts';

/**
 * Console sessions in the case store: two instances sharing one database see the same
 * sessions, so a logout or a revocation on one ends the session on the other at once,
 * and a restart keeps agents signed in. SQLite and PostgreSQL.
 */
const KEY = 'a-shared-agent-key-0123456789';
const databases: OpenedDatabase[] = [];
const backends: TestBackend[] = [];
afterAll(async () => {
  for (const db of databases) await db.close();
  for (const backend of backends) await backend.drop();
});

async function instanceOn(backend: TestBackend): Promise<{ auth: AgentAuth; app: Hono }> {
  const db = await openDatabase({ databaseUrl: backend.env.DATABASE_URL, dataDir: backend.env.DATA_DIR ?? ':memory:' });
  databases.push(db);
  const auth = new AgentAuth(KEY, { sessions: new DatabaseSessionStore(db.db) });
  const app = new Hono();
  app.use('*', auth.resolve());
  app.get('/login', async (c) => (await auth.startSession(c), c.text('ok')));
  app.get('/logout', async (c) => (await auth.endSession(c), c.text('bye')));
  app.get('/', (c) => c.text(String(auth.isAgent(c))));
  return { auth, app };
}

for (const { name, skip, make } of await contractBackends()) {
  describe.skipIf(Boolean(skip))(`console sessions in the store (${name})`, () => {
    if (skip) console.log(`session store on ${name}: skipped (${skip})`);
    it('one instance sees the other\'s session; logout and revocation end it everywhere at once', async () => {
      const backend = await make();
      backends.push(backend);
      const a = await instanceOn(backend);
      const b = await instanceOn(backend);
      const cookie = (await a.app.request('/login')).headers.get('set-cookie')!.split(';')[0];
      const check = async (x: { app: Hono }) => (await x.app.request('/', { headers: { cookie } })).text();
      expect(await check(a)).toBe('true');
      expect(await check(b)).toBe('true'); // another instance, or the same one after a restart
      await b.app.request('/logout', { headers: { cookie } });
      expect(await check(a)).toBe('false');

      const again = (await a.app.request('/login')).headers.get('set-cookie')!.split(';')[0];
      expect(await (await b.app.request('/', { headers: { cookie: again } })).text()).toBe('true');
      expect(await b.auth.revokeAgent(SHARED_AGENT_ID)).toBe(1);
      expect(await (await a.app.request('/', { headers: { cookie: again } })).text()).toBe('false');
    });
  });
}
