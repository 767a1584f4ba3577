import { parseUnits } from 'ethers';
import pg from 'pg';
import { Webhook } from 'standardwebhooks';
import { afterAll, describe, expect, it } from 'vitest';
import { startDevnet, type Devnet } from '../../chains/evm/devnet/node.ts';
import { mineBlocks, sendTx, setAutomine } from '../../chains/evm/devnet/tx.ts';
import { JOB_SCHEMA } from '../../src/jobs/job-queue.ts';
import { startChildServer, type ChildServer } from '../support/child-server.ts';
import { freshPostgres, postgresUnavailable, type TestBackend } from '../support/databases.ts';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy.ts';
import { eventually, startWebhookReceiver } from '../support/webhook-receiver.ts';

/**
 * Several instances, one PostgreSQL: two real servers (child processes) share 200 watched
 * cases on 50 pending transactions of a local Ethereum node. A block is mined, the
 * re-checks start on both, and one instance is killed with SIGKILL in the middle of them.
 * The other must finish everything: every case re-checked to its final answer (resolved,
 * confirmed), every webhook event the cases produced received at least once (duplicates
 * counted by webhook-id: at least once allows a retry, never a loss).
 */
const why = await postgresUnavailable();
if (why) console.warn(`SKIPPING the two-instance PostgreSQL test: ${why}`);

const CASES = 200;
/**
 * Four cases per transaction, as when several users (or tickets) ask about one transfer:
 * one re-check job and one lookup per transaction. Fewer pending transactions also keep
 * the local node quick: each pending-state query rebuilds its pending block.
 */
const TXS = 50;
const KEY = 'two-instances-test-agent-key-0123';
const SECRET = `whsec_${Buffer.from('txtriage two instances secret!!!').toString('base64')}`;
const LEASE_SECONDS = 5;

describe.skipIf(why)('two instances on one PostgreSQL, one killed with SIGKILL', () => {
  const closers: (() => Promise<unknown>)[] = [];
  afterAll(async () => {
    for (const close of closers.reverse()) await close().catch(() => {});
  });

  it(`re-checks all ${CASES} cases and delivers every event`, { timeout: 150_000 }, async () => {
    const t0 = performance.now();
    const backend: TestBackend = await freshPostgres();
    closers.push(() => backend.drop());
    const devnet: Devnet = await startDevnet({ chainId: 1 });
    closers.push(() => devnet.close());
    const proxy: FaultProxy = await startFaultProxy({ target: devnet.url });
    closers.push(() => proxy.close());
    const receiver = await startWebhookReceiver();
    closers.push(() => receiver.close());
    const db = new pg.Client({ connectionString: backend.env.DATABASE_URL });
    const count = async (q: string) => Number((await db.query(q)).rows[0].n);

    const env = {
      ...backend.env,
      MODE: 'live',
      AGENT_API_KEY: KEY,
      RPC_ETHEREUM: proxy.url,
      RPC_RATE_PER_SECOND: '0',
      HEALTH_MONITOR: 'off',
      RECHECK_INTERVAL_MS: '2000',
      JOB_LEASE_SECONDS: String(LEASE_SECONDS),
      WEBHOOK_URLS: receiver.url,
      WEBHOOK_SECRET: SECRET,
      WEBHOOK_RETRY_BASE_MS: '200',
    };
    // Both at once: migrations and pg-boss's schema are created by whichever comes first.
    const [a, b] = await Promise.all([startChildServer(env), startChildServer(env)]);
    const servers: ChildServer[] = [a, b];
    closers.push(() => Promise.all(servers.map((s) => s.stop())));
    await db.connect();
    closers.push(() => db.end());
    expect((await a.stats()).mode).toBe('pg-boss');

    // Transfers waiting in the mempool: nobody mines until the test says so.
    await setAutomine(devnet, false);
    const from = devnet.wallets[5].address;
    const hashes: string[] = [];
    for (let i = 0; i < TXS; i++) hashes.push(await sendTx(devnet, { from, to: devnet.wallets[6].address, value: parseUnits('0.01', 18), gas: 21_000n, nonce: i }));
    const startedMs = performance.now() - t0;

    // Filed through both instances, ten at a time.
    const headers = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };
    const ids: string[] = [];
    let next = 0;
    const filer = async () => {
      while (next < CASES) {
        const i = next++;
        const res = await fetch(`${servers[i % 2].url}/v1/cases`, { method: 'POST', headers, body: JSON.stringify({ txHash: hashes[Math.floor(i / (CASES / TXS))], network: 'ethereum', lang: 'en', externalRef: `TWO-${i}` }) });
        expect(res.status).toBe(201);
        const { case: c } = await res.json();
        expect(c.status).toBe('waiting_on_chain');
        ids.push(c.id);
      }
    };
    await Promise.all(Array.from({ length: 10 }, filer));
    expect(await count(`select count(*) as n from watches`)).toBe(CASES);
    const filedMs = performance.now() - t0 - startedMs;
    const beforeMining = await Promise.all(servers.map((s) => s.stats()));

    // A slower node makes each re-check last a while, so the kill lands on work in hand.
    proxy.setFault({ kind: 'latency', ms: 150 });
    await mineBlocks(devnet, 1);
    const confirming = `select count(*) as n from cases where codes like '%,TX_AWAITING_CONFIRMATIONS,%'`;
    await eventually(async () => ((await count(confirming)) >= CASES * 0.3 ? true : undefined), 30_000, '30 % of the cases re-checked');

    const before = await a.stats();
    await a.kill9();
    const killedAt = performance.now();
    servers.splice(0, 1);
    const now = new Date().toISOString();
    const leasedByA = await count(`select count(*) as n from watches where lease_owner = '${before.owner}' and lease_until > '${now}'`);
    const deliveriesHeld = await count(`select count(*) as n from webhook_deliveries where state = 'pending' and lease_until > '${now}'`);
    const activeAtKill = (await db.query(`select id from ${JOB_SCHEMA}.job where state = 'active'`)).rows.map((r) => r.id as string);
    const confirmingAtKill = await count(confirming);

    // Buried under enough blocks (12 confirmations on Ethereum): final.
    proxy.setFault({ kind: 'pass' });
    await mineBlocks(devnet, 12);
    await eventually(async () => ((await count(`select count(*) as n from cases where status = 'resolved'`)) === CASES ? true : undefined), 60_000, 'every case resolved');
    const resolvedMs = performance.now() - killedAt;
    await eventually(async () => ((await count(`select count(*) as n from webhook_deliveries where state <> 'delivered'`)) === 0 ? true : undefined), 60_000, 'every delivery done');
    const drainMs = performance.now() - killedAt;
    const after = await b.stats();
    // A's jobs were left active: pg-boss expires them (lease + 5 s) and they run again, on B (finding the work done, or doing it).
    const jobsOfTheKill = async () => (await db.query(`select state, retry_count from ${JOB_SCHEMA}.job where id = any($1)`, [activeAtKill])).rows as { state: string; retry_count: number }[];
    const settled = await eventually(async () => {
      const jobs = await jobsOfTheKill();
      return jobs.every((j) => j.state === 'completed' || j.state === 'failed') ? jobs : undefined;
    }, 30_000, 'the jobs active at the kill to be done');
    expect(settled.every((j) => j.state === 'completed')).toBe(true);
    const retriedJobs = settled.filter((j) => j.retry_count > 0).length;
    expect(after.rechecksByJob).toBeGreaterThan(0);

    // Every case re-checked to its final answer.
    const rows = (await db.query(`select id, status, codes, watched from cases`)).rows as { id: string; status: string; codes: string; watched: number }[];
    expect(rows).toHaveLength(CASES);
    for (const r of rows) expect(r).toMatchObject({ status: 'resolved', watched: 0, codes: expect.stringContaining(',TX_CONFIRMED,') });
    const recheckedCases = await count(`select count(distinct case_id) as n from case_events where type = 'rechecked'`);
    expect(recheckedCases).toBe(CASES);
    expect(await count(`select count(*) as n from watches`)).toBe(0);
    const sample = await (await fetch(`${b.url}/v1/cases/${ids[0]}`, { headers })).json();
    expect(sample).toMatchObject({ status: 'resolved', category: 'ok', watched: false });

    // Every event the cases produced reached the receiver at least once.
    const events = (await db.query(`select id, type, case_id from webhook_events`)).rows as { id: string; type: string; case_id: string }[];
    const accepted = receiver.accepted();
    const seen = new Map<string, number>();
    for (const r of accepted) seen.set(r.headers['webhook-id'], (seen.get(r.headers['webhook-id']) ?? 0) + 1);
    const lost = events.filter((e) => !seen.has(e.id));
    expect(lost).toEqual([]);
    for (const t of ['case.created', 'case.updated', 'case.resolved']) expect(new Set(events.filter((e) => e.type === t).map((e) => e.case_id)).size).toBe(CASES);
    const duplicates = [...seen.values()].reduce((n, k) => n + k - 1, 0);
    for (const r of accepted.slice(0, 20)) expect(new Webhook(SECRET).verify(r.body, r.headers)).toBeTruthy();

    const byType = Object.fromEntries(['case.created', 'case.updated', 'case.resolved'].map((t) => [t, events.filter((e) => e.type === t).length]));
    console.log(
      [
        `two instances, one PostgreSQL, SIGKILL of one (lease ${LEASE_SECONDS} s):`,
        `  ${CASES} watched cases on ${TXS} pending transactions, filed through both in ${Math.round(filedMs)} ms (start-up ${Math.round(startedMs)} ms); ${beforeMining[0].rechecks + beforeMining[1].rechecks} re-checks (nothing new) meanwhile`,
        `  killed A after ${confirmingAtKill} cases saw the block; A held ${leasedByA} watches; ${deliveriesHeld} deliveries and ${activeAtKill.length} pg-boss jobs were in hand (both instances); ${retriedJobs} of these (A's) expired and ran again on B`,
        `  re-checks: A ${before.rechecks} before the kill (${before.rechecksByJob} by pg-boss job), B ${after.rechecks} (${after.rechecksByJob} by job, ${after.rechecks - after.rechecksByJob} by the sweep)`,
        `  every case resolved ${Math.round(resolvedMs)} ms after the kill; every delivery done ${Math.round(drainMs)} ms after it`,
        `  events ${events.length} (${Object.entries(byType).map(([t, n]) => `${t} ${n}`).join(', ')}), received ${accepted.length} accepted, lost 0, duplicates ${duplicates} (by webhook-id)`,
        `  deliveries: A ${before.delivered} before the kill, B ${after.delivered} (${after.attemptsByJob} of B's ${after.attempts} attempts by job); total ${Math.round(performance.now() - t0)} ms`,
      ].join('\n'),
    );
  });
});
