import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Category, Priority } from '../diagnose/types.ts';

/**
 * Every metric txtriage exports, as typed objects on one registry per instance (no
 * global registry: two instances in one process, as in tests, never share counters).
 * Labels come from small fixed sets only (route patterns, network ids, categories,
 * endpoint hosts from the configuration, outcome kinds): never a hash, an address, a raw
 * path or user text, so the number of series stays bounded.
 * Names follow prometheus.io/docs/practices/naming: `txtriage_*_total`, `*_seconds`.
 */
export const RECHECK_OUTCOMES = ['changed', 'unchanged', 'final', 'failed'] as const;
export const WEBHOOK_OUTCOMES = ['delivered', 'failed', 'gave_up'] as const;
export const WEBHOOK_EVENTS = ['case.created', 'case.updated', 'case.resolved', 'trend.surge'] as const;
export const BREAKER_STATES = ['closed', 'open', 'half_open'] as const;
export const CACHE_OUTCOMES = ['hit', 'shared', 'fetched'] as const;

export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];
export type WebhookOutcome = (typeof WEBHOOK_OUTCOMES)[number];
export type CacheOutcome = (typeof CACHE_OUTCOMES)[number];

export function createTelemetry(opts: { defaultMetrics?: boolean } = {}) {
  const registry = new Registry();
  const registers = [registry];
  if (opts.defaultMetrics !== false) collectDefaultMetrics({ register: registry, prefix: 'txtriage_process_' });

  const telemetry = {
    registry,
    http: {
      requests: new Counter({ name: 'txtriage_http_requests_total', help: 'HTTP requests answered, by route pattern, method and status code.', labelNames: ['route', 'method', 'status'] as const, registers }),
      duration: new Histogram({
        name: 'txtriage_http_request_duration_seconds',
        help: 'Time to answer an HTTP request, by route pattern and method.',
        labelNames: ['route', 'method'] as const,
        buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
        registers,
      }),
    },
    investigations: new Counter({
      name: 'txtriage_investigations_total',
      help: 'Investigations made (API, console, status page), by category, priority and network of the transactions found ("none": no transaction found).',
      labelNames: ['category', 'priority', 'network'] as const,
      registers,
    }),
    upstream: {
      requests: new Counter({ name: 'txtriage_upstream_requests_total', help: 'HTTP exchanges with chain endpoints (a JSON-RPC batch is one), by network, endpoint host and outcome ("ok" or the failure kind).', labelNames: ['network', 'endpoint', 'outcome'] as const, registers }),
      calls: new Counter({ name: 'txtriage_upstream_calls_total', help: 'Calls carried by those exchanges (JSON-RPC methods in batches), by network and endpoint host.', labelNames: ['network', 'endpoint'] as const, registers }),
      errors: new Counter({ name: 'txtriage_upstream_errors_total', help: 'Failed exchanges with chain endpoints, by network, endpoint host and failure kind.', labelNames: ['network', 'endpoint', 'kind'] as const, registers }),
      latency: new Histogram({
        name: 'txtriage_upstream_request_duration_seconds',
        help: 'Latency of successful exchanges with chain endpoints.',
        labelNames: ['network', 'endpoint'] as const,
        buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8, 16],
        registers,
      }),
      breaker: new Gauge({ name: 'txtriage_upstream_breaker_state', help: 'Circuit breaker per endpoint: 1 for its current state (closed, open, half_open), 0 for the others.', labelNames: ['network', 'endpoint', 'state'] as const, registers }),
    },
    cache: new Counter({ name: 'txtriage_lookup_cache_total', help: 'Transaction lookups by how they were served: hit (cache), shared (joined an identical lookup in flight) or fetched.', labelNames: ['network', 'outcome'] as const, registers }),
    recheck: {
      queueDepth: new Gauge({ name: 'txtriage_recheck_queue_depth', help: 'Cases watched for a change (re-checks due or scheduled), by network.', labelNames: ['network'] as const, registers }),
      lagSeconds: new Gauge({ name: 'txtriage_recheck_lag_seconds', help: 'How late the most overdue re-check is, by network (0: on time).', labelNames: ['network'] as const, registers }),
      runs: new Counter({ name: 'txtriage_rechecks_total', help: 'Re-checks run, by network and outcome.', labelNames: ['network', 'outcome'] as const, registers }),
    },
    webhooks: {
      deliveries: new Counter({ name: 'txtriage_webhook_deliveries_total', help: 'Outgoing webhook delivery attempts, by event type and outcome (delivered, failed: will retry, gave_up).', labelNames: ['event', 'outcome'] as const, registers }),
    },
    intake: new Counter({ name: 'txtriage_intake_events_total', help: 'Signed inbound helpdesk events, by source (zendesk, intake) and outcome (accepted, bad_signature, bad_request).', labelNames: ['source', 'outcome'] as const, registers }),
  };

  // Series that exist before anything happened, so dashboards and alerts see zeros, not gaps.
  for (const event of WEBHOOK_EVENTS) for (const outcome of WEBHOOK_OUTCOMES) telemetry.webhooks.deliveries.inc({ event, outcome }, 0);
  for (const source of ['zendesk', 'intake']) for (const outcome of ['accepted', 'bad_signature', 'bad_request']) telemetry.intake.inc({ source, outcome }, 0);
  return telemetry;
}

export type Telemetry = ReturnType<typeof createTelemetry>;

/** Sets every known network's re-check gauges to zero, so they are scraped before the first case. */
export function initNetworks(t: Telemetry, networks: readonly string[]): void {
  for (const network of networks) {
    t.recheck.queueDepth.set({ network }, 0);
    t.recheck.lagSeconds.set({ network }, 0);
    for (const outcome of RECHECK_OUTCOMES) t.recheck.runs.inc({ network, outcome }, 0);
    for (const outcome of CACHE_OUTCOMES) t.cache.inc({ network, outcome }, 0);
  }
}

/**
 * What the case work (src/jobs: re-checks, webhook outbox) reports, and nothing more: the
 * scheduler and the outbox call these, the exporter turns them into series.
 */
export interface CaseMetrics {
  /** Cases watched on a network now, and how overdue the most overdue re-check is. */
  recheckQueue(network: string, depth: number, lagSeconds: number): void;
  recheckRun(network: string, outcome: (typeof RECHECK_OUTCOMES)[number]): void;
  webhookDelivery(event: WebhookEvent, outcome: WebhookOutcome): void;
}

export function caseMetrics(t: Telemetry): CaseMetrics {
  return {
    recheckQueue(network, depth, lagSeconds) {
      t.recheck.queueDepth.set({ network }, depth);
      t.recheck.lagSeconds.set({ network }, Math.max(0, lagSeconds));
    },
    recheckRun: (network, outcome) => t.recheck.runs.inc({ network, outcome }),
    webhookDelivery: (event, outcome) => t.webhooks.deliveries.inc({ event, outcome }),
  };
}

/** Counts an investigation: once per network its transactions are on ("none" without any). */
export function countInvestigation(t: Telemetry, inv: { category: Category; priority: Priority; transactions: readonly { network: string }[] }): void {
  const networks = [...new Set(inv.transactions.map((tx) => tx.network))];
  for (const network of networks.length ? networks : ['none']) t.investigations.inc({ category: inv.category, priority: inv.priority, network });
}
