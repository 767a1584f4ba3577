import { sql } from 'kysely';
import { randomBytes } from 'node:crypto';
import type { DemoCase } from '../chains/demo-case.ts';
import { EvmAdapter } from '../chains/evm/adapter.ts';
import { startDevnet, type Devnet } from '../chains/evm/devnet/node.ts';
import { seedEvmDemo } from '../chains/evm/devnet/seed.ts';
import { evmNetworks } from '../chains/evm/networks.ts';
import { ChainRegistry } from '../chains/registry.ts';
import { SolanaAdapter } from '../chains/solana/adapter.ts';
import { startSolanaDevnet, type SolanaDevnet } from '../chains/solana/devnet/server.ts';
import { solanaNetworks } from '../chains/solana/networks.ts';
import { TronAdapter } from '../chains/tron/adapter.ts';
import { startTronDevnet, type TronDevnet } from '../chains/tron/devnet/server.ts';
import { tronNetworks } from '../chains/tron/networks.ts';
import { LabelBook, type LabelEntry } from '../chains/labels/label-book.ts';
import { CachedAdapter, type CachedAddress, type CachedLookup } from '../chains/cache/cached-adapter.ts';
import { MemoryLookupCache } from '../chains/cache/lookup-cache.ts';
import { UpstreamMetrics } from '../chains/upstream/metrics.ts';
import type { UpstreamSettings } from '../chains/upstream/settings.ts';
import type { UpstreamEvent } from '../chains/upstream/upstream.ts';
import { MemorySightingStore } from '../chains/sightings.ts';
import type { ChainAdapter, Network } from '../chains/types.ts';
import { Redis } from 'ioredis';
import { TokenBuckets } from './api/middleware/rate-limit.ts';
import { RedisTokenBuckets } from './api/middleware/redis-rate-limit.ts';
import { breakerNetworkHealth } from './api/readiness.ts';
import { AccountStore } from './accounts/account-store.ts';
import { accountTables } from './accounts/schema.ts';
import { RecentInvestigations, type Runtime } from './api/runtime.ts';
import type { Config } from './config.ts';
import { Investigator } from './investigate.ts';
import { NetworkMonitor } from '../chains/health/monitor.ts';
import type { NetworkStateChange } from '../chains/health/types.ts';
import { createLogger } from './log.ts';
import { countInvestigation, createTelemetry, initNetworks } from './metrics/registry.ts';
import { exportUpstream } from './metrics/upstream.ts';
import { CaseService, type CaseServiceOptions } from './case-service.ts';
import { CaseStoreSink } from './helpdesk/case-store-sink.ts';
import { zendeskTickets } from './helpdesk/zendesk/client.ts';
import { zendeskFieldMap } from './helpdesk/zendesk/field-map.ts';
import { zendeskFollowUp } from './helpdesk/zendesk/follow-up.ts';
import { CaseStore } from './store/case-store.ts';
import { openDatabase, type OpenedDatabase } from './store/database.ts';
import { iso } from './store/time.ts';
import { WebhookStore } from './store/webhook-store.ts';
import { JobQueue } from './jobs/job-queue.ts';
import { startJobs, type RunningJobs } from './jobs/jobs.ts';
import { SurgeAlerts } from './jobs/surge-alerts.ts';
import { TrendsStore } from './store/trends-store.ts';
import { CaseStoreTrendsSource } from './trends/case-store-source.ts';

/** Every network txtriage knows as data, served or not. */
export const knownNetworks: readonly Network[] = [...evmNetworks, ...tronNetworks, ...solanaNetworks];

export interface RunningInstance extends Runtime {
  /** Demo mode only: the local chains, so tests (and the demo) can mine or send more. */
  devnets: { evm?: { ethereum: Devnet; bsc: Devnet }; tron?: TronDevnet; solana?: SolanaDevnet };
  /** Upstream requests per network, endpoint and method, with timings. */
  metrics: UpstreamMetrics;
  /** Network health: state per network, polled while someone asks (chains/health). */
  monitor: NetworkMonitor;
  /** The case store's database (absent when switched off). */
  database?: OpenedDatabase;
  /** Re-checks, webhook deliveries and retention (absent when switched off). */
  jobs?: RunningJobs;
  /**
   * Run at shutdown after the last request ended, before `close()`: where the webhook
   * outbox (src/jobs) registers its flush.
   */
  shutdownHooks: (() => Promise<void>)[];
  close(): Promise<void>;
}

/** Seeded demo chains: the networks they serve (demo copies), where, and their cases. */
export interface DemoChains {
  networks: Network[];
  endpoints: Record<string, string[]>;
  cases: DemoCase[];
  labels: LabelEntry[];
}

export interface StartOptions {
  /**
   * Demo chains already running (the fault tests and the benchmark start them once and
   * put proxies in front): served instead of starting local ones.
   */
  demoChains?: DemoChains;
  /** Internal switches, all on by default; the benchmark's baseline turns them off. */
  tuning?: { batching?: boolean; parallelProbing?: boolean; cache?: boolean; secondOpinion?: boolean; caseStore?: boolean; jobs?: boolean };
  /**
   * Every change of a network's state (`network.state_changed`): the place to wire the
   * webhook outbox, metrics or alerts. Changes are logged either way.
   */
  onNetworkStateChange?: (event: NetworkStateChange) => void;
}

/** The local demo chains `npm start` serves: two EVM nodes and the TRON stand-in, seeded. */
export async function startDemoChains(explorerBase: string): Promise<DemoChains & { devnets: RunningInstance['devnets']; close(): Promise<void> }> {
  const [eth, bsc, tronDevnet, solanaDevnet] = await Promise.all([
    startDevnet({ chainId: 1 }),
    startDevnet({ chainId: 56 }),
    startTronDevnet({ explorerBase }),
    startSolanaDevnet({ explorerBase }),
  ]);
  const evm = await seedEvmDemo(eth, bsc, explorerBase);
  return {
    networks: [...evm.networks, ...tronDevnet.networks, ...solanaDevnet.networks],
    endpoints: { ethereum: [eth.url], bsc: [bsc.url], tron: [tronDevnet.url], solana: [solanaDevnet.url] },
    cases: [...evm.cases, ...tronDevnet.cases, ...solanaDevnet.cases],
    labels: [...evm.labels, ...tronDevnet.labels, ...solanaDevnet.labels],
    devnets: { evm: { ethereum: eth, bsc }, tron: tronDevnet, solana: solanaDevnet },
    async close() {
      await Promise.all([eth.close(), bsc.close(), tronDevnet.close(), solanaDevnet.close()]);
    },
  };
}

/** Upstream policy from the environment; demo chains are local, so they get no request budget unless one is set. */
function upstreamSettings(config: Config, metrics: UpstreamMetrics, tuning: StartOptions['tuning']): UpstreamSettings {
  const log = createLogger(config.LOG_LEVEL);
  const rate = config.RPC_RATE_PER_SECOND ?? (config.mode === 'demo' ? 0 : 50);
  return {
    metrics,
    policy: {
      retries: config.RPC_RETRIES,
      ratePerSecond: rate > 0 ? rate : Infinity,
      breaker: { failures: config.RPC_BREAKER_FAILURES, cooldownMs: config.RPC_BREAKER_COOLDOWN_MS },
      maxInFlight: config.RPC_MAX_IN_FLIGHT,
      publicShare: config.RPC_PUBLIC_SHARE,
    },
    onEvent: (e: UpstreamEvent) => (e.type === 'retry' ? log.debug : e.type === 'breaker_closed' ? log.info : log.warn)(`upstream ${e.type}`, { ...e, type: undefined }),
    batching: tuning?.batching,
    secondOpinion: tuning?.secondOpinion,
  };
}

/** Endpoints in live mode: RPC_<NETWORK> if set, else the network's public defaults. */
function liveEndpoints(config: Config, networks: readonly Network[]): Record<string, string[]> {
  return Object.fromEntries(networks.map((n) => [n.id, config.rpc[n.id] ?? n.defaultRpcUrls]));
}

/**
 * Assembles an instance: adapters (explicitly registered), investigator, and in demo
 * mode the local chains with their seeded cases.
 */
export async function startInstance(config: Config, options: StartOptions = {}): Promise<RunningInstance> {
  const sightings = new MemorySightingStore();
  let labels = LabelBook.defaults();
  if (config.LABELS_FILE) labels = labels.with(LabelBook.readFile(config.LABELS_FILE));
  const metrics = new UpstreamMetrics();
  const telemetry = createTelemetry();
  exportUpstream(telemetry, metrics);
  const transport = { timeoutMs: config.RPC_TIMEOUT_MS, upstream: upstreamSettings(config, metrics, options.tuning) };
  const closers: (() => Promise<void>)[] = [];
  let adapters: ChainAdapter[];
  let demoCases: DemoCase[] = [];
  const devnets: RunningInstance['devnets'] = {};

  if (config.mode === 'demo') {
    let chains = options.demoChains;
    if (!chains) {
      const local = await startDemoChains(config.PUBLIC_URL ?? `http://${config.HOST}:${config.PORT}`);
      closers.push(local.close);
      Object.assign(devnets, local.devnets);
      chains = local;
    }
    demoCases = chains.cases;
    labels = labels.with(chains.labels);
    adapters = [
      new EvmAdapter(chains.networks, { ...transport, endpoints: chains.endpoints, sightings, labels }),
      new TronAdapter(chains.networks, { ...transport, endpoints: chains.endpoints, labels }),
      new SolanaAdapter(chains.networks, { ...transport, endpoints: chains.endpoints, labels }),
    ];
  } else {
    // Testnets (TRON Nile, Solana devnet) are served only when their RPC_<ID> is set: a mainnet complaint should not query them.
    const tronServed = tronNetworks.filter((n) => !n.testnet || config.rpc[n.id]);
    const solanaServed = solanaNetworks.filter((n) => !n.testnet || config.rpc[n.id]);
    adapters = [
      new EvmAdapter(evmNetworks, { ...transport, endpoints: liveEndpoints(config, evmNetworks), sightings, labels }),
      new TronAdapter(tronServed, { ...transport, endpoints: liveEndpoints(config, tronServed), apiKey: config.TRONGRID_API_KEY, labels }),
      new SolanaAdapter(solanaServed, { ...transport, endpoints: liveEndpoints(config, solanaServed), labels }),
    ];
  }

  // One cache for every family; identical concurrent lookups share one fetch.
  if (options.tuning?.cache !== false) {
    const cache = config.CACHE_MAX_ENTRIES > 0 ? new MemoryLookupCache<CachedLookup>(config.CACHE_MAX_ENTRIES) : undefined;
    // Address reports are large (up to ~0.5 MB): few of them.
    const addressCache = config.CACHE_MAX_ENTRIES > 0 ? new MemoryLookupCache<CachedAddress>(Math.min(200, config.CACHE_MAX_ENTRIES)) : undefined;
    adapters = adapters.map((a) => new CachedAdapter(a, cache, undefined, (network, how) => metrics.lookup(network, how), addressCache, config.ADDRESS_CACHE_TTL_MS));
  }
  const registry = new ChainRegistry(adapters);
  const log = createLogger(config.LOG_LEVEL);
  let database: OpenedDatabase | undefined;
  let cases: CaseService | undefined;
  let webhooks: WebhookStore | undefined;
  let trends: { store: TrendsStore; source: CaseStoreTrendsSource } | undefined;
  const monitor = new NetworkMonitor(registry, {
    idleMs: config.HEALTH_IDLE_MINUTES * 60_000,
    background: config.HEALTH_MONITOR === 'on',
    onStateChange: (e) => {
      (e.to === 'stalled' || e.to === 'unknown' ? log.warn : log.info)('network state changed', { network: e.network, from: e.from, to: e.to, reasons: e.health.reasons });
      options.onNetworkStateChange?.(e);
      // Through the outbox, so helpdesks hear of a halt before the complaints pile up.
      // The same envelope as every other event ({ type, timestamp, data }), so one receiver parses them all.
      const at = iso(Date.now());
      webhooks
        ?.enqueue('network.state_changed', null, { type: 'network.state_changed', timestamp: at, data: { network: e.network, from: e.from, to: e.to, reasons: e.health.reasons } }, at)
        .catch((err) => log.error('network.state_changed not queued', { error: String(err) }));
    },
  });
  const investigator = new Investigator({ registry, knownNetworks, policy: { largeAmountUsd: config.LARGE_AMOUNT_USD },
    addressLimits: { maxBlocks: config.ADDRESS_MAX_BLOCKS, maxTransfers: config.ADDRESS_MAX_TRANSFERS, traceHops: config.ADDRESS_TRACE_HOPS },
    demo: config.mode === 'demo', sequentialLookups: options.tuning?.parallelProbing === false, health: config.HEALTH_MONITOR === 'off' ? undefined : monitor, helpBaseUrl: config.HELP_BASE_URL,
    onInvestigation: (inv) => countInvestigation(telemetry, inv) });
  initNetworks(telemetry, registry.networks.map((n) => n.id));

  let queue: JobQueue | undefined;
  if (options.tuning?.caseStore !== false) {
    database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
    // On PostgreSQL background work is shared through pg-boss: the stores queue a job whenever they make work due.
    if (database.backend === 'postgres' && options.tuning?.jobs !== false) {
      queue = await JobQueue.start({ databaseUrl: config.DATABASE_URL!, leaseMs: config.JOB_LEASE_SECONDS * 1000, onError: (err) => log.warn('pg-boss error', { error: String((err as Error)?.message ?? err) }) });
    }
    webhooks = new WebhookStore(database.db, database.backend, queue);
    await syncEnvEndpoints(webhooks, config);
    cases = new CaseService({
      store: new CaseStore(database.db, database.backend, queue),
      webhooks,
      investigator,
      networks: () => registry.networks,
      watchMaxHours: config.WATCH_MAX_HOURS,
      recheckIntervalMs: config.RECHECK_INTERVAL_MS,
      publicUrl: config.PUBLIC_URL,
      onRecheckChanged: zendeskFollowUpOf(config, log),
    });
    const store = new TrendsStore(database.db, database.backend, webhooks);
    trends = { store, source: new CaseStoreTrendsSource(store) };
  }
  // Accounts and sessions live with the cases (shared by instances, kept across restarts); with
  // the case store switched off (the benchmark's baseline), in a database in memory.
  const accountsDb = database ?? (await openDatabase({ dataDir: ':memory:' }));
  if (!database) closers.push(() => accountsDb.close());
  const accounts = new AccountStore(accountTables(accountsDb.db));
  const jobs =
    cases && webhooks && options.tuning?.jobs !== false
      ? startJobs(cases, webhooks, {
          pollMs: Math.min(500, config.RECHECK_INTERVAL_MS ?? 500),
          webhookRetryBaseMs: config.WEBHOOK_RETRY_BASE_MS,
          retentionDays: config.CASE_RETENTION_DAYS,
          surges: trends && { alerts: new SurgeAlerts(trends.source, trends.store, { minCases: config.SURGE_MIN_CASES, publicUrl: config.PUBLIC_URL, log }), intervalMs: config.SURGE_CHECK_MINUTES * 60_000 },
          sweepAccounts: () => accounts.sweep(),
          leaseMs: config.JOB_LEASE_SECONDS * 1000,
          queue,
          log: createLogger(config.LOG_LEVEL),
        })
      : undefined;
  let rateLimitStore: RedisTokenBuckets | undefined;
  if (config.REDIS_URL && config.RATE_LIMIT_PER_MINUTE > 0) {
    const log = createLogger(config.LOG_LEVEL);
    // Fail fast while Redis is away: the in-memory fallback answers instead of a queue.
    const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2_000, lazyConnect: false });
    redis.on('error', () => {}); // reported once per outage by the store below
    closers.push(async () => void (await redis.quit().catch(() => redis.disconnect())));
    const limits = { perMinute: config.RATE_LIMIT_PER_MINUTE, burst: config.RATE_LIMIT_BURST };
    rateLimitStore = new RedisTokenBuckets(redis, { ...limits, prefix: config.RATE_LIMIT_REDIS_PREFIX, fallback: new TokenBuckets(limits), onError: (err) => log.warn('rate limit: Redis unreachable, limiting per instance', { error: String((err as Error)?.message ?? err) }) });
  }
  const recent = new RecentInvestigations();
  return {
    config,
    registry,
    rateLimitStore,
    accounts,
    // The outbox's last deliveries get their chance before the database closes.
    shutdownHooks: jobs ? [() => jobs.kick()] : [],
    investigator,
    cases,
    webhooks,
    database,
    jobs,
    demoCases,
    devnets,
    metrics,
    monitor,
    ...(config.HEALTH_MONITOR === 'off' ? {} : { health: monitor }),
    recent,
    storeHealth: database && { kind: database.backend, check: () => sql`select 1`.execute(database!.db).then(() => {}) },
    networkHealth: breakerNetworkHealth(() => registry.networks.map((n) => n.id), metrics),
    telemetry,
    caseSink: cases && new CaseStoreSink(cases, recent),
    // The trends page reads the whole archive, not this instance's recent investigations.
    trends: trends?.source,
    // Demo mode works offline with no setup: a fresh key per start, printed in the banner.
    agentKey: config.AGENT_API_KEY ?? (config.mode === 'demo' ? randomBytes(18).toString('base64url') : null),
    async close() {
      monitor.stop();
      await jobs?.stop();
      await registry.close();
      await database?.close();
      for (const close of closers) await close();
    },
  };
}

/** With Zendesk configured, a re-check that changes a ticket's case posts a second internal note on it. */
function zendeskFollowUpOf(config: Config, log: ReturnType<typeof createLogger>): CaseServiceOptions['onRecheckChanged'] {
  if (!config.ZENDESK_URL || !config.ZENDESK_EMAIL || !config.ZENDESK_API_TOKEN) return undefined;
  const post = zendeskFollowUp(zendeskTickets({ endpointUri: config.ZENDESK_URL, email: config.ZENDESK_EMAIL, token: config.ZENDESK_API_TOKEN }), zendeskFieldMap(config.ZENDESK_FIELD_MAP), config.PUBLIC_URL);
  return ({ row, previous, current }) =>
    post({ channel: row.channel ?? '', externalRef: row.external_ref ?? undefined, previous, current }).catch((err) =>
      log.warn('zendesk follow-up note failed', { case: row.number, error: String((err as Error)?.message ?? err) }),
    );
}

/** WEBHOOK_URLS become endpoints (source "env"); ones dropped from the list stop receiving. */
async function syncEnvEndpoints(webhooks: WebhookStore, config: Config): Promise<void> {
  const urls = config.WEBHOOK_URLS ?? [];
  for (const url of urls) await webhooks.addEndpoint({ url, secret: config.WEBHOOK_SECRET!, eventTypes: '*', source: 'env', at: iso(Date.now()) });
  await webhooks.disableEnvEndpointsExcept(urls);
}
