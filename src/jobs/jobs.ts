import { randomUUID } from 'node:crypto';
import type { CaseService } from '../case-service.ts';
import type { WebhookStore } from '../store/webhook-store.ts';
import { JobLoop } from './job-loop.ts';
import { Rechecker } from './rechecker.ts';
import type { SurgeAlerts } from './surge-alerts.ts';
import { WebhookSender } from './webhook-sender.ts';

export interface JobsOptions {
  /** How often an idle instance looks for due work (ms). */
  pollMs: number;
  webhookRetryBaseMs: number;
  retentionDays: number;
  /** Surge alerts (trend.surge) and how often they look (SURGE_CHECK_MINUTES); absent or 0: none. */
  surges?: { alerts: SurgeAlerts; intervalMs: number };
  /** Expired console sessions and forgiven sign-in failures (hourly). */
  sweepAccounts?: () => Promise<void>;
  log: { warn(msg: string, fields?: Record<string, unknown>): void };
}

export interface RunningJobs {
  rechecker: Rechecker;
  sender: WebhookSender;
  surges?: SurgeAlerts;
  /** Runs each loop's batch now (tests). */
  kick(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Background work over the case tables: re-checks, webhook deliveries, surge alerts, retention. Each
 * due item is leased in the database before it is worked on (FOR UPDATE SKIP LOCKED on
 * PostgreSQL), so several instances on one PostgreSQL share the work and each item runs
 * once; an instance killed mid-item leaves a lease that runs out, and another takes over.
 */
export function startJobs(cases: CaseService, webhooks: WebhookStore, opts: JobsOptions): RunningJobs {
  const owner = randomUUID();
  const onError = (name: string, err: unknown) => opts.log.warn(`job ${name} failed`, { error: String((err as Error)?.stack ?? err) });
  const rechecker = new Rechecker(cases, { owner, onError: (err, w) => onError(`recheck ${w.case_id}`, err) });
  const sender = new WebhookSender(webhooks, cases.store, { retryBaseMs: opts.webhookRetryBaseMs });
  const loops = [
    new JobLoop('recheck', () => rechecker.tick(), opts.pollMs, onError).start(),
    new JobLoop('webhooks', () => sender.tick(), Math.min(opts.pollMs, 1_000), onError).start(),
  ];
  // One read of the last 8 days of cases per interval and instance; the store de-duplicates alerts.
  if (opts.surges && opts.surges.intervalMs > 0) loops.push(new JobLoop('trend-surges', () => opts.surges!.alerts.tick(), opts.surges.intervalMs, onError).start());
  if (opts.sweepAccounts) loops.push(new JobLoop('accounts', async () => (await opts.sweepAccounts!(), false), 3_600_000, onError).start());
  if (opts.retentionDays > 0) loops.push(new JobLoop('retention', async () => (await cases.purgeOlderThan(opts.retentionDays), false), 3_600_000, onError).start());
  return {
    rechecker,
    sender,
    surges: opts.surges?.alerts,
    kick: async () => void (await Promise.all(loops.map((l) => l.kick()))),
    stop: async () => void (await Promise.all(loops.map((l) => l.stop()))),
  };
}
