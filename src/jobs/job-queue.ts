import { createHash } from 'node:crypto';
import { CompiledQuery, type Kysely } from 'kysely';
import pg from 'pg';
import PgBoss from 'pg-boss';
import type { DueKind, DueWork } from '../store/due-work.ts';
import type { Database } from '../store/schema.ts';

/** pg-boss's tables live in their own schema of the case database. */
export const JOB_SCHEMA = 'txtriage_jobs';
const QUEUES: Record<DueKind, string> = { recheck: 'txtriage-recheck', delivery: 'txtriage-delivery' };

export interface JobQueueOptions {
  databaseUrl: string;
  /** How long an instance holds a re-check or a delivery (the rows' lease). */
  leaseMs: number;
  onError: (err: unknown) => void;
}

/**
 * Background work shared by instances on one PostgreSQL, through pg-boss: a job per due
 * transaction group (re-check) or delivery, `startAfter` its due time, `singletonKey` the
 * group or delivery — the "short" policy keeps at most one waiting job per key, so however
 * many cases share a transaction it is one job. Jobs are queued by the stores inside the
 * transaction that made the work due (`due`), so they commit together (two transactions
 * queuing the same key take turns at that insert). The price of "one waiting job per
 * key": a time earlier than the one already waiting is folded into it (the sweep in
 * src/jobs/jobs.ts bounds that delay); a job that finds its group not due yet asks again
 * for the group's next time.
 *
 * A job is a wake-up, not the work's state: the rows (watches, deliveries) stay the truth
 * and their leases the guard that each item runs once. An instance killed mid-job leaves
 * the job active and the rows leased; pg-boss expires the job a little after the lease ran
 * out (its maintenance runs every lease/4) and retries it on an instance still alive.
 */
export class JobQueue implements DueWork {
  private constructor(private readonly boss: PgBoss) {}

  static async start(options: JobQueueOptions): Promise<JobQueue> {
    const leaseSeconds = Math.ceil(options.leaseMs / 1000);
    const boss = new PgBoss({
      connectionString: options.databaseUrl,
      schema: JOB_SCHEMA,
      application_name: 'txtriage-jobs',
      max: 4,
      // A job outlives its rows' lease a little, so when an expired job is retried the lease has run out too.
      expireInSeconds: leaseSeconds + Math.max(5, Math.ceil(leaseSeconds / 4)),
      retryLimit: 5,
      retryDelay: 1,
      retryBackoff: true,
      maintenanceIntervalSeconds: Math.min(30, Math.max(1, Math.round(leaseSeconds / 4))),
      // Wake-ups of done work are worth keeping only for diagnosis.
      archiveCompletedAfterSeconds: 3_600,
      deleteAfterDays: 1,
      schedule: false,
    });
    boss.on('error', options.onError);
    await boss.start();
    await oneAtATime(options.databaseUrl, async () => {
      for (const name of Object.values(QUEUES)) if (!(await boss.getQueue(name))) await boss.createQueue(name, { name, policy: 'short' });
    });
    return new JobQueue(boss);
  }

  async due(db: Kysely<Database>, kind: DueKind, key: string, at: string): Promise<void> {
    await this.boss.send(QUEUES[kind], { key }, { singletonKey: singletonKey(key), startAfter: at, db: onConnection(db) });
  }

  async dueMany(db: Kysely<Database>, kind: DueKind, items: ReadonlyArray<{ key: string; at: string }>): Promise<void> {
    if (!items.length) return;
    // One insert; like send, a key that already has a waiting job is skipped (ON CONFLICT DO NOTHING).
    await this.boss.insert(items.map((i) => ({ name: QUEUES[kind], data: { key: i.key }, singletonKey: singletonKey(i.key), startAfter: i.at })), { db: onConnection(db) });
  }

  /** Works a queue on this instance: `handle` gets each job's key, `batch` at a time. */
  async work(kind: DueKind, o: { batch: number; pollMs: number }, handle: (key: string) => Promise<void>): Promise<void> {
    let workerId = '';
    workerId = await this.boss.work<{ key: string }>(QUEUES[kind], { batchSize: o.batch, pollingIntervalSeconds: Math.max(0.5, o.pollMs / 1000) }, async (jobs) => {
      // A full batch means more may be waiting: fetch again at once instead of after the polling interval.
      if (jobs.length >= o.batch) this.boss.notifyWorker(workerId);
      const results = await Promise.allSettled(jobs.map((j) => handle(j.data.key)));
      // A failed batch is retried by pg-boss (backoff); the rows' leases make the retry harmless.
      const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failed) throw failed.reason;
    });
  }

  /** Stops taking jobs, lets the ones in hand finish (up to `timeoutMs`), closes pg-boss's connections. */
  async stop(timeoutMs = 15_000): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: timeoutMs, close: true });
  }
}

/** A group of many transaction ids makes a long key; an index entry must stay small. */
function singletonKey(key: string): string {
  return key.length <= 200 ? key : `sha256:${createHash('sha256').update(key).digest('base64url')}`;
}

/**
 * Instances starting together would create pg-boss's queues at once, and creating one
 * (a table partition) deadlocks against itself: a session lock makes them take turns.
 */
async function oneAtATime(databaseUrl: string, fn: () => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'txtriage-jobs' });
  client.on('error', () => {});
  await client.connect();
  try {
    await client.query(`select pg_advisory_lock(hashtext('${JOB_SCHEMA}.create_queues'))`);
    await fn();
  } finally {
    await client.end().catch(() => {});
  }
}

/** pg-boss's SQL on a Kysely connection (a transaction's, when there is one). */
function onConnection(db: Kysely<Database>): PgBoss.Db {
  return { executeSql: async (text, values) => ({ rows: [...(await db.executeQuery(CompiledQuery.raw(text, values))).rows] }) };
}
