import { randomUUID } from 'node:crypto';
import type { CaseService } from '../case-service.ts';
import type { WebhookStore } from '../store/webhook-store.ts';
import type { JobQueue } from './job-queue.ts';
import { JobLoop } from './job-loop.ts';
import { Rechecker } from './rechecker.ts';
import type { SurgeAlerts } from './surge-alerts.ts';
import { WebhookSender } from './webhook-sender.ts';

export interface JobsOptions {
  /** How often an idle instance looks for due work (ms); on pg-boss, how often its workers poll. */
  pollMs: number;
  webhookRetryBaseMs: number;
  retentionDays: number;
  /** Surge alerts (trend.surge) and how often they look (SURGE_CHECK_MINUTES); absent or 0: none. */
  surges?: { alerts: SurgeAlerts; intervalMs: number };
  /** Expired console sessions and forgiven sign-in failures (hourly). */
  sweepAccounts?: () => Promise<void>;
  /** How long an instance holds a re-check or a delivery; one killed mid-item frees it after this. */
  leaseMs: number;
  /** PostgreSQL: the pg-boss queue the stores send to (started with them). Absent: SQLite, in-process. */
  queue?: JobQueue;
  log: { warn(msg: string, fields?: Record<string, unknown>): void };
}

export interface RunningJobs {
  /** Where due work comes from: pg-boss jobs shared by instances, or this process's loop over the tables. */
  mode: 'pg-boss' | 'in-process';
  /** This instance's name on the watches it leases (`lease_owner`). */
  owner: string;
  rechecker: Rechecker;
  sender: WebhookSender;
  surges?: SurgeAlerts;
  /** Runs each loop's batch now (tests, and the outbox flush at shutdown). */
  kick(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * With pg-boss, a sweep over the tables still runs this often. Jobs are queued in the
 * transaction that made work due, so none is lost; the sweep is for what a job cannot
 * cover: work written before pg-boss was in place (an upgrade), a job that ran out of
 * retries (the database away for minutes), a job retried while its rows' lease still
 * held (its instance died), or an earlier time folded into a later job of the same group.
 */
export const SAFETY_SWEEP_MS = 30_000;

/**
 * Background work over the case tables: re-checks, webhook deliveries, surge alerts, retention. Each
 * due item is leased in the database before it is worked on (FOR UPDATE SKIP LOCKED on
 * PostgreSQL), so each runs once however many instances look; an instance killed
 * mid-item leaves a lease that runs out, and another takes over.
 *
 * On PostgreSQL, what is due arrives as pg-boss jobs (src/jobs/job-queue.ts), worked by
 * every instance, plus the slow sweep above. On SQLite (one instance per data directory)
 * this process's loops read the tables every `pollMs`.
 */
export function startJobs(cases: CaseService, webhooks: WebhookStore, opts: JobsOptions): RunningJobs {
  const owner = randomUUID();
  const onError = (name: string, err: unknown) => opts.log.warn(`job ${name} failed`, { error: String((err as Error)?.stack ?? err) });
  const rechecker = new Rechecker(cases, { owner, leaseMs: opts.leaseMs, onError: (err, w) => onError(`recheck ${w.case_id}`, err) });
  const sender = new WebhookSender(webhooks, cases.store, { retryBaseMs: opts.webhookRetryBaseMs, leaseMs: opts.leaseMs });
  const { queue } = opts;
  const sweepMs = (ms: number) => (queue ? SAFETY_SWEEP_MS : ms);
  const loops = [
    new JobLoop('recheck', () => rechecker.tick(), sweepMs(opts.pollMs), onError).start(),
    new JobLoop('webhooks', () => sender.tick(), sweepMs(Math.min(opts.pollMs, 1_000)), onError).start(),
  ];
  // One read of the last 8 days of cases per interval and instance; the store de-duplicates alerts.
  if (opts.surges && opts.surges.intervalMs > 0) loops.push(new JobLoop('trend-surges', () => opts.surges!.alerts.tick(), opts.surges.intervalMs, onError).start());
  if (opts.sweepAccounts) loops.push(new JobLoop('accounts', async () => (await opts.sweepAccounts!(), false), 3_600_000, onError).start());
  if (opts.retentionDays > 0) loops.push(new JobLoop('retention', async () => (await cases.purgeOlderThan(opts.retentionDays), false), 3_600_000, onError).start());
  const working = queue
    ? Promise.all([
        queue.work('recheck', { batch: 50, pollMs: opts.pollMs }, (txKey) => rechecker.tickGroup(txKey)),
        queue.work('delivery', { batch: 20, pollMs: opts.pollMs }, (id) => sender.tickDelivery(id)),
      ])
    : Promise.resolve();
  working.catch((err) => onError('pg-boss workers', err));
  return {
    mode: queue ? 'pg-boss' : 'in-process',
    owner,
    rechecker,
    sender,
    surges: opts.surges?.alerts,
    kick: async () => void (await Promise.all(loops.map((l) => l.kick()))),
    stop: async () => {
      await Promise.all(loops.map((l) => l.stop()));
      await working.catch(() => {});
      await queue?.stop();
    },
  };
}
