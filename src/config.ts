import { z } from 'zod';
import type { Network } from '../chains/types.ts';

/** Env var holding a network's endpoints: RPC_BSC, RPC_TRON_NILE, … */
export function rpcEnvName(network: Pick<Network, 'id'>): string {
  return `RPC_${network.id.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

const urlList = z
  .string()
  .transform((s) => s.split(',').map((u) => u.trim()).filter(Boolean))
  .pipe(z.array(z.url({ protocol: /^https?$/ })).min(1));

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** demo: local chains with seeded cases (default when no RPC_* is set); live: real endpoints. */
  MODE: z.enum(['demo', 'live']).optional(),
  /** Base URL this instance is reached at (used in demo explorer links). */
  PUBLIC_URL: z.url().optional(),
  /** Where the status page sends users who need a person (a help-center or chat link), and its label. */
  SUPPORT_URL: z.url({ protocol: /^(https?|mailto)$/ }).optional(),
  SUPPORT_TEXT: z.string().trim().min(1).max(200).optional(),
  RPC_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(8_000),
  /** Extra attempts after a failed upstream request (other endpoints first, then backoff). */
  RPC_RETRIES: z.coerce.number().int().min(0).max(5).default(2),
  /** Request budget per endpoint (calls/s, bursts of 2 s); 0 = none. Default 50 live, none in demo mode. */
  RPC_RATE_PER_SECOND: z.coerce.number().min(0).max(100_000).optional(),
  /** Consecutive failures that rest an endpoint, and for how long. */
  RPC_BREAKER_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  RPC_BREAKER_COOLDOWN_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  /** Upstream requests in flight per endpoint (all lanes), and public work's share of them and of the request budget. */
  RPC_MAX_IN_FLIGHT: z.coerce.number().int().min(1).max(10_000).default(64),
  RPC_PUBLIC_SHARE: z.coerce.number().min(0.01).max(1).default(0.25),
  /** Anonymous requests handled at once per process (the rest wait, then 503): the server's CPU stays the agents'. */
  PUBLIC_MAX_CONCURRENT: z.coerce.number().int().min(1).max(10_000).default(8),
  /** A complete address investigation is reused this long (0 = never; identical concurrent ones are still shared). */
  ADDRESS_CACHE_TTL_MS: z.coerce.number().int().min(0).max(3_600_000).default(60_000),
  /** Lookups kept in memory (LRU); 0 = no cache (identical concurrent lookups are still shared). */
  CACHE_MAX_ENTRIES: z.coerce.number().int().min(0).max(10_000_000).default(10_000),
  /** Stablecoin amount from which a case is a large sum (P1). */
  LARGE_AMOUNT_USD: z.coerce.number().positive().default(10_000),
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(10_000_000).default(64 * 1024),
  MAX_TEXT_CHARS: z.coerce.number().int().min(100).max(100_000).default(8_000),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  TRONGRID_API_KEY: z.string().min(1).optional(),
  /** Address investigations: newest blocks scanned (EVM) / transactions read (TRON, Solana). */
  ADDRESS_MAX_BLOCKS: z.coerce.number().int().min(100).max(5_000_000).default(50_000),
  ADDRESS_MAX_TRANSFERS: z.coerce.number().int().min(10).max(50_000).default(1_000),
  ADDRESS_TRACE_HOPS: z.coerce.number().int().min(0).max(10).default(3),
  /** Extra address labels (JSON, same format as chains/labels/default-labels.json). */
  LABELS_FILE: z.string().min(1).optional(),
  /** Agents' key for the console and the agent-only API. Demo mode without it: a random key, printed at start. */
  AGENT_API_KEY: z.string().min(16, 'at least 16 characters').optional(),
  /** Public routes: requests per minute per client IP (token bucket refill); 0 turns the limit off. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(60),
  /** Public routes: requests a client may make at once before the per-minute rate applies. */
  RATE_LIMIT_BURST: z.coerce.number().int().min(1).max(1_000_000).default(30),
  /** Connections: whole request, headers (also for a silent connection), idle keep-alive; caps per process and per client (0 = none). */
  HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(600_000).default(15_000),
  HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(500).max(600_000).default(10_000),
  HTTP_KEEPALIVE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  MAX_CONNECTIONS: z.coerce.number().int().min(1).max(1_000_000).default(4_096),
  MAX_CONNECTIONS_PER_CLIENT: z.coerce.number().int().min(0).max(1_000_000).default(64),
  /** SIGTERM: how long requests in flight may take to finish before their connections are cut. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  /** Shared state for several instances (rate limits); without it each instance keeps its own in memory. */
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  RATE_LIMIT_REDIS_PREFIX: z.string().min(1).max(100).default('txtriage:ratelimit:'),
  /** Behind one reverse proxy: take the client IP from the last X-Forwarded-For entry. */
  /** Network monitor: no polling of a network nobody asked about for this many minutes. */
  HEALTH_IDLE_MINUTES: z.coerce.number().min(0).max(24 * 60).default(10),
  /** Where this app's pages are public: replies then link the self-help article (`/help/{code}`) of their main finding. */
  HELP_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Bearer token a Prometheus scraper uses for `GET /metrics` (the agent key works too). */
  METRICS_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
  /**
   * Network monitor: `on` polls networks people ask about in the background; `on-demand`
   * probes only when an answer needs one; `off` has none (waiting times from typical block
   * times, no network findings, /networks empty).
   */
  HEALTH_MONITOR: z.enum(['on', 'on-demand', 'off']).default('on'),
  /** Fewest cases in a day (or hour) for a finding code or network to count as a surge (over 3× its 7-day baseline). */
  SURGE_MIN_CASES: z.coerce.number().int().min(1).max(100_000).default(10),
  /** How often the surge job looks for surges and sends `trend.surge` webhooks (minutes); 0: never (the banner stays). */
  SURGE_CHECK_MINUTES: z.coerce.number().min(0).max(24 * 60).default(10),
  /** Standard Webhooks secret (whsec_…) of `POST /v1/intake`; unset: the route answers 503. */
  INTAKE_WEBHOOK_SECRET: z.string().min(16).optional(),
  /** Zendesk: the webhook's signing secret (`POST /v1/integrations/zendesk/events`; unset: 503). */
  ZENDESK_WEBHOOK_SECRET: z.string().min(8).optional(),
  /** Zendesk API base for the notes, e.g. https://acme.zendesk.com/api/v2, with an agent's e-mail and API token. */
  ZENDESK_URL: z.url({ protocol: /^https?$/ }).optional(),
  ZENDESK_EMAIL: z.string().min(3).optional(),
  ZENDESK_API_TOKEN: z.string().min(8).optional(),
  /** JSON overriding parts of the Zendesk field table (src/helpdesk/zendesk/field-map.ts). */
  ZENDESK_FIELD_MAP: z.string().min(2).optional(),
  TRUST_PROXY: z.enum(['0', '1', 'false', 'true']).default('false').transform((v) => v === '1' || v === 'true'),
  // ---- Cases (docs/cases.md) ----
  /** SQLite case store directory (no DATABASE_URL); ":memory:" keeps nothing. */
  DATA_DIR: z.string().min(1).default('./data'),
  /** postgres://… : cases on PostgreSQL, shared by every instance, background jobs on pg-boss. */
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'a postgres:// URL').optional(),
  /** Cases untouched this many days are deleted; 0 keeps them. */
  CASE_RETENTION_DAYS: z.coerce.number().int().min(0).max(36_500).default(0),
  /** A case whose answer can still change is re-checked until final or this many hours. */
  WATCH_MAX_HOURS: z.coerce.number().min(0.01).max(24 * 30).default(24),
  /** Fixed first re-check interval for every network (ms) instead of its block time (tests, demos). */
  RECHECK_INTERVAL_MS: z.coerce.number().int().min(50).max(3_600_000).optional(),
  /** Webhook receivers (comma-separated) and their Standard Webhooks secret (whsec_<base64>). */
  WEBHOOK_URLS: urlList.optional(),
  WEBHOOK_SECRET: z.string().regex(/^(whsec_)?[A-Za-z0-9+/=]{16,}$/, 'whsec_ followed by base64').optional(),
  /** First webhook retry delay (ms); doubles per failure, retried for 24 h. */
  WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(10).max(3_600_000).default(5_000),
  /** How long an instance holds a re-check or a delivery it works on; a killed instance's work is taken over after it. */
  JOB_LEASE_SECONDS: z.coerce.number().int().min(2).max(3_600).default(120),
});

export type Config = z.infer<typeof schema> & {
  mode: 'demo' | 'live';
  /** Endpoints given through RPC_<NETWORK>, by network id. */
  rpc: Record<string, string[]>;
};

export class ConfigError extends Error {}

/** Parses the environment once at start-up; bad values stop the process with field errors. */
export function loadConfig(env: Record<string, string | undefined>, networks: readonly Network[]): Config {
  const parsed = schema.safeParse(env);
  const problems: string[] = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  const rpc: Record<string, string[]> = {};
  for (const network of networks) {
    const name = rpcEnvName(network);
    if (env[name] === undefined) continue;
    const urls = urlList.safeParse(env[name]);
    if (urls.success) rpc[network.id] = urls.data;
    else problems.push(`${name}: expected a comma-separated list of http(s) URLs`);
  }
  if (parsed.success && parsed.data.WEBHOOK_URLS && !parsed.data.WEBHOOK_SECRET) problems.push('WEBHOOK_SECRET: required with WEBHOOK_URLS');
  if (problems.length || !parsed.success) throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  const mode = parsed.data.MODE ?? (Object.keys(rpc).length > 0 ? 'live' : 'demo');
  return { ...parsed.data, mode, rpc };
}
