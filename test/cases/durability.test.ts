import { afterAll, describe, expect, it } from 'vitest';
import { startChildServer, type ChildServer } from '../support/child-server.ts';
import { contractBackends } from '../support/databases.ts';

/**
 * kill -9 in the middle of a burst of 500 case creations: every case whose 201 reached
 * the client must be there after a restart (a 201 is only sent after the commit).
 */
const backends = await contractBackends();
const KEY = 'durability-test-agent-key-0123';
const BURST = 500;
const KILL_AFTER = 150;

for (const b of backends) {
  describe.skipIf(b.skip)(`durability on ${b.name}`, () => {
    const servers: ChildServer[] = [];
    afterAll(async () => {
      for (const s of servers) await s.stop().catch(() => {});
    });

    it('keeps every acknowledged case through kill -9', { timeout: 240_000 }, async () => {
      const backend = await b.make();
      try {
        // Live mode on a dead endpoint: these complaints carry no hash, so nothing is looked up, and no demo chains slow the start.
        const env = { ...backend.env, AGENT_API_KEY: KEY, MODE: 'live', RPC_ETHEREUM: 'http://127.0.0.1:9' };
        const first = await startChildServer(env);
        servers.push(first);
        const headers = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };
        const acknowledged: string[] = [];
        let killing: Promise<void> | undefined;
        let refused = 0;
        let next = 0;
        // 25 clients at once, each creating cases until the burst is spent or the server is gone.
        const client = async () => {
          while (next < BURST) {
            const i = next++;
            try {
              const res = await fetch(`${first.url}/v1/cases`, { method: 'POST', headers, body: JSON.stringify({ text: `转账一直没到账，第 ${i} 次询问`, externalRef: `DUR-${i}` }) });
              if (res.status === 201) acknowledged.push((await res.json()).case.id);
              else refused++;
            } catch {
              refused++; // the connection died with the process
            }
            if (acknowledged.length >= KILL_AFTER && !killing) killing = first.kill9();
          }
        };
        await Promise.all(Array.from({ length: 25 }, client));
        await killing;
        console.log(`${b.name}: ${acknowledged.length} cases acknowledged before kill -9, ${refused} requests cut off`);
        expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER);
        expect(refused).toBeGreaterThan(0);

        const second = await startChildServer(env);
        servers.push(second);
        const missing: string[] = [];
        for (const id of acknowledged) {
          const res = await fetch(`${second.url}/v1/cases/${id}`, { headers });
          if (res.status !== 200) missing.push(id);
        }
        expect(missing).toEqual([]);
        const events = await (await fetch(`${second.url}/v1/cases/${acknowledged[0]}/events`, { headers })).json();
        expect(events[0].type).toBe('created');
        await second.stop();
      } finally {
        await backend.drop();
      }
    });
  });
}
