import { describeEndpoint } from '../endpoint.ts';
import { CircuitBreaker, type BreakerOptions } from './breaker.ts';
import { isUpstreamFailure, parseRetryAfter, UpstreamFailure, type UpstreamFailureKind } from './failure.ts';
import { fetchTransport, nodeHttp, TransportError, type HttpTransport } from './http.ts';
import type { UpstreamMetrics } from './metrics.ts';
import { TokenBucket } from './token-bucket.ts';
import { currentLane, LaneGate } from './lanes.ts';
import { currentTrace } from './trace.ts';

export interface UpstreamPolicy {
  /** Per-exchange timeout (connect + answer + body), ms. */
  timeoutMs: number;
  /** Extra attempts after the first, across endpoints (failover first, then backoff). */
  retries: number;
  /** Full-jitter exponential backoff between rounds over all endpoints, ms. */
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** Request budget per endpoint (calls per second; Infinity = none). */
  ratePerSecond: number;
  /** Bucket size; default 2 s worth of rate. */
  burst?: number;
  /** Longest we wait for budget or a Retry-After before failing over / giving up; default timeoutMs. */
  maxWaitMs?: number;
  /**
   * No new attempt starts unless it could finish (one timeout) within this much time from
   * the start of the run; default 2.5 × timeoutMs. Bounds what a user waits for a hung
   * endpoint to about two timeouts, however many retries are allowed.
   */
  deadlineMs?: number;
  breaker: BreakerOptions;
  /** Requests in flight per endpoint, all lanes; default 64. */
  maxInFlight?: number;
  /**
   * Public work's share (0–1] of each endpoint's request budget and in-flight slots;
   * default 0.25. Agent work may use all of both and is always served first.
   */
  publicShare?: number;
}

export const defaultPolicy: UpstreamPolicy = {
  timeoutMs: 8_000,
  retries: 2,
  backoffBaseMs: 100,
  backoffMaxMs: 2_000,
  // No budget unless the instance sets one (RPC_RATE_PER_SECOND): adapters stay neutral.
  ratePerSecond: Infinity,
  breaker: { failures: 5, cooldownMs: 10_000 },
};

export interface UpstreamEvent {
  type: 'retry' | 'gave_up' | 'breaker_open' | 'breaker_closed';
  network: string;
  host?: string;
  kind?: UpstreamFailureKind;
  attempt?: number;
  message: string;
}

export interface UpstreamOptions {
  /** Network id, for metrics and logs. */
  network: string;
  /** Endpoint URLs in order of preference (RPC_<NETWORK>). */
  urls: readonly string[];
  policy: UpstreamPolicy;
  /**
   * How far an endpoint's progress (e.g. head block) may trail the best one seen before it
   * counts as lagging and is tried last. Units are the family's (blocks for EVM).
   */
  progressTolerance?: number;
  metrics?: UpstreamMetrics;
  onEvent?: (event: UpstreamEvent) => void;
  /** HTTP under the exchanges (default node:http with keep-alive); tests pass `fetch` instead. */
  transport?: HttpTransport;
  fetch?: typeof fetch;
  random?: () => number;
}

export interface Endpoint {
  readonly index: number;
  readonly url: string;
  /** Host only: URLs may hold API keys and are never logged. */
  readonly host: string;
  readonly breaker: CircuitBreaker;
  readonly bucket: TokenBucket;
  /** Public work spends from this (its share of the rate) as well as from `bucket`. */
  readonly publicBucket: TokenBucket;
  /** In-flight slots, agents first. */
  readonly gate: LaneGate;
  /** Highest progress (head block) this endpoint has reported. */
  progress?: number;
}

export interface ExchangeRequest {
  /** Appended to the endpoint URL (REST paths like /wallet/gettransactionbyid); absent for JSON-RPC. */
  path?: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** What the request carries, for metrics and the budget: JSON-RPC methods, or the path. */
  labels: readonly string[];
}

export interface ExchangeResult<T> {
  endpoint: Endpoint;
  status: number;
  /** Lowercase names. */
  headers: Record<string, string>;
  value: T;
  ms: number;
}

/**
 * Reads a 2xx body into what the protocol promises; throws (anything) when it is not —
 * that is a `malformed` failure. Throwing an UpstreamFailure picks the kind (e.g. a
 * JSON-RPC "limit exceeded" answer is `rate_limited`).
 */
export type BodyReader<T> = (text: string, response: { status: number; headers: Record<string, string> }) => T;

export interface RunOptions {
  /** Endpoints not to use (e.g. the one whose "not found" wants a second opinion). */
  exclude?: readonly Endpoint[];
  /** Overrides the policy's retries for this run. */
  retries?: number;
}

/** Failures after which the same endpoint is not tried again in this run. */
const NOT_RETRIED_ON_SAME_ENDPOINT: ReadonlySet<UpstreamFailureKind> = new Set(['http_error', 'lagging', 'inconsistent', 'budget', 'circuit_open']);

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * The endpoints of one network and the rules for talking to them, shared by every chain
 * family. Two levels:
 *
 * - `exchange(endpoint, request, read)`: one HTTP request to one endpoint, within its
 *   budget (token bucket) and circuit breaker, with a timeout; the outcome feeds the
 *   breaker, the metrics and the request's trace. No retry.
 * - `run(work)`: calls `work(endpoint)` on endpoints in order of preference (closed
 *   breaker, not lagging, budget available, configured order), failing over to the next
 *   one on an UpstreamFailure and, once every endpoint failed, backing off (full jitter,
 *   at least any Retry-After) and starting over, up to `retries` extra attempts. `work`
 *   may be one exchange or a whole multi-request lookup pinned to one node (EVM, TRON):
 *   a node's answers are only consistent with themselves.
 *
 * `fetch` is both combined behind the standard fetch signature, for clients that take a
 * fetch function (@solana/web3.js `Connection({ fetch })`).
 *
 * How a family plugs in:
 * - EVM (chains/evm/rpc.ts): one ethers JsonRpcProvider per endpoint whose `_send` posts
 *   the JSON-RPC batch through `exchange` with `readJsonRpc` (ethers' same-tick batching
 *   is kept); lookups run pinned to one endpoint via `run` and report the head with
 *   `noteProgress`, which is how a lagging node is recognised.
 * - TRON (chains/tron/client.ts): tronweb's HttpProvider keeps its paths and bodies, but
 *   its `request` is replaced by an `exchange` pinned to that node; the TRON adapter runs
 *   each lookup on one node via `run`.
 * - Solana (@solana/web3.js 1.x): `new Connection(upstream.endpoints[0].url, { fetch:
 *   upstream.fetch })` gets failover, retries, budget and breaker per JSON-RPC request.
 *   For a lookup pinned to one node (recommended: slot and transaction must agree), give
 *   each endpoint its own Connection whose `fetch` calls `exchange(endpoint, …,
 *   readJsonRpc(body))` and run the lookup with `run`, as the EVM adapter does.
 */
export class Upstream {
  readonly network: string;
  readonly endpoints: readonly Endpoint[];
  readonly policy: UpstreamPolicy;
  private readonly tolerance: number;
  private readonly transport: HttpTransport;
  private readonly random: () => number;

  constructor(private readonly opts: UpstreamOptions) {
    if (opts.urls.length === 0) throw new Error(`${opts.network}: an upstream needs at least one endpoint`);
    this.network = opts.network;
    this.policy = opts.policy;
    this.tolerance = opts.progressTolerance ?? 0;
    this.transport = opts.transport ?? (opts.fetch ? fetchTransport(opts.fetch) : nodeHttp);
    this.random = opts.random ?? Math.random;
    const burst = opts.policy.burst ?? Math.max(1, opts.policy.ratePerSecond * 2);
    const share = Math.min(1, Math.max(0.01, opts.policy.publicShare ?? 0.25));
    const maxInFlight = Math.max(1, opts.policy.maxInFlight ?? 64);
    this.endpoints = opts.urls.map((url, index) => ({
      index,
      url,
      host: describeEndpoint(url),
      breaker: new CircuitBreaker(opts.policy.breaker),
      bucket: new TokenBucket(opts.policy.ratePerSecond, burst),
      publicBucket: new TokenBucket(opts.policy.ratePerSecond * share, Math.max(1, burst * share)),
      gate: new LaneGate(maxInFlight, Math.max(1, Math.floor(maxInFlight * share))),
    }));
  }

  get hosts(): string[] {
    return this.endpoints.map((e) => e.host);
  }

  private get maxWaitMs(): number {
    return this.policy.maxWaitMs ?? this.policy.timeoutMs;
  }

  /** Records an endpoint's progress (head block); the highest seen is the reference for lag. */
  noteProgress(endpoint: Endpoint, progress: number): void {
    if (Number.isFinite(progress) && (endpoint.progress === undefined || progress > endpoint.progress)) endpoint.progress = progress;
  }

  /** The highest progress any endpoint of this network has reported. */
  get bestProgress(): number | undefined {
    let best: number | undefined;
    for (const e of this.endpoints) if (e.progress !== undefined && (best === undefined || e.progress > best)) best = e.progress;
    return best;
  }

  /** `progress` trails the best seen by more than the tolerance. */
  isBehind(progress: number): boolean {
    const best = this.bestProgress;
    return best !== undefined && progress < best - this.tolerance;
  }

  /** Endpoints in order of preference for the next request. */
  order(skip: ReadonlySet<Endpoint> = new Set()): Endpoint[] {
    const rank = (e: Endpoint) => (e.progress !== undefined && this.isBehind(e.progress) ? 2 : 0) + (e.bucket.waitMs(1) > 0 ? 1 : 0);
    return this.endpoints.filter((e) => !skip.has(e) && e.breaker.available).sort((a, b) => rank(a) - rank(b) || a.index - b.index);
  }

  async exchange<T>(endpoint: Endpoint, req: ExchangeRequest, read: BodyReader<T>): Promise<ExchangeResult<T>> {
    const started = performance.now();
    let failure: UpstreamFailure | undefined;
    const lane = currentLane();
    let release: (() => void) | undefined;
    try {
      // A slot first (agents before public work), so a half-open breaker's one trial is not held in a queue.
      release = await endpoint.gate.acquire(lane, this.maxWaitMs);
      if (!release) throw new UpstreamFailure('budget', `${lane === 'public' ? 'the public share of ' : ''}${endpoint.host} is busy (${lane === 'public' ? endpoint.gate.publicMax : endpoint.gate.max} requests in flight)`, endpoint.host);
      if (!endpoint.breaker.acquire()) {
        throw new UpstreamFailure('circuit_open', `${endpoint.host} is resting after repeated failures (retry in ${Math.ceil(endpoint.breaker.retryInMs / 1000)} s)`, endpoint.host);
      }
      const cost = Math.max(1, req.labels.length);
      const publicWait = lane === 'public' ? endpoint.publicBucket.reserve(cost, this.maxWaitMs) : 0;
      const wait = publicWait === undefined ? undefined : endpoint.bucket.reserve(cost, this.maxWaitMs);
      if (publicWait === undefined || wait === undefined) {
        endpoint.breaker.release();
        throw new UpstreamFailure('budget', `${publicWait === undefined ? 'the public share of the ' : ''}request budget for ${endpoint.host} is spent (${publicWait === undefined ? endpoint.publicBucket.ratePerSecond : this.policy.ratePerSecond}/s)`, endpoint.host);
      }
      if (Math.max(wait, publicWait) > 0) await sleep(Math.max(wait, publicWait));
      const result = await this.attempt(endpoint, req, read);
      this.healthy(endpoint);
      return { ...result, endpoint, ms: performance.now() - started };
    } catch (err) {
      failure = isUpstreamFailure(err) ? err : new UpstreamFailure('connection', `${endpoint.host}: ${String((err as Error)?.message ?? err)}`, endpoint.host, { cause: err });
      if (failure.unhealthy) this.unhealthy(endpoint, failure);
      else if (failure.kind === 'rate_limited') endpoint.breaker.release();
      throw failure;
    } finally {
      release?.();
      const ms = performance.now() - started;
      this.opts.metrics?.record(this.network, endpoint.host, req.labels, ms, failure?.kind);
      currentTrace()?.exchanges.push({ network: this.network, host: endpoint.host, calls: Math.max(1, req.labels.length), ms, failure: failure?.kind });
    }
  }

  private async attempt<T>(endpoint: Endpoint, req: ExchangeRequest, read: BodyReader<T>): Promise<{ status: number; headers: Record<string, string>; value: T }> {
    const { host } = endpoint;
    let res: Awaited<ReturnType<HttpTransport>>;
    try {
      res = await this.transport(joinUrl(endpoint.url, req.path), {
        method: req.method ?? (req.body === undefined ? 'GET' : 'POST'),
        headers: req.headers,
        body: req.body,
        timeoutMs: this.policy.timeoutMs,
      });
    } catch (err) {
      const phase = err instanceof TransportError ? err.phase : 'connect';
      if (phase === 'timeout') throw new UpstreamFailure('timeout', `${host} did not answer within ${this.policy.timeoutMs} ms`, host, { cause: err });
      const code = err instanceof TransportError ? err.code : String((err as Error)?.message ?? err);
      throw new UpstreamFailure('connection', `${host} ${phase === 'body' ? 'closed the connection mid-answer' : 'is unreachable'} (${code})`, host, { cause: err });
    }
    const { status, headers, text } = res;
    if (status === 429) {
      const retryAfterMs = parseRetryAfter(headers['retry-after']);
      if (retryAfterMs !== undefined) endpoint.bucket.drainFor(Math.min(retryAfterMs, 60_000));
      throw new UpstreamFailure('rate_limited', `${host} is rate-limiting us (HTTP 429${retryAfterMs !== undefined ? `, retry after ${Math.round(retryAfterMs)} ms` : ''})`, host, { status: 429, retryAfterMs });
    }
    if (status >= 500) throw new UpstreamFailure('server_error', `${host} answered HTTP ${status}`, host, { status });
    if (status < 200 || status >= 300) throw new UpstreamFailure('http_error', `${host} answered HTTP ${status}`, host, { status });
    try {
      return { status, headers, value: read(text, { status, headers }) };
    } catch (err) {
      if (isUpstreamFailure(err)) throw new UpstreamFailure(err.kind, `${host}: ${err.message}`, host, err.opts);
      throw new UpstreamFailure('malformed', `${host} sent an unusable answer: ${String((err as Error)?.message ?? err).slice(0, 120)}`, host, { cause: err });
    }
  }

  private healthy(endpoint: Endpoint): void {
    const was = endpoint.breaker.state;
    endpoint.breaker.success();
    if (was !== 'closed') {
      this.opts.metrics?.breaker(this.network, endpoint.host, 'closed');
      this.opts.onEvent?.({ type: 'breaker_closed', network: this.network, host: endpoint.host, message: `${endpoint.host} answers again` });
    }
  }

  private unhealthy(endpoint: Endpoint, failure: UpstreamFailure): void {
    const was = endpoint.breaker.state;
    endpoint.breaker.failure();
    if (was !== 'open' && endpoint.breaker.state === 'open') {
      this.opts.metrics?.breaker(this.network, endpoint.host, 'open');
      this.opts.onEvent?.({ type: 'breaker_open', network: this.network, host: endpoint.host, kind: failure.kind, message: `${endpoint.host} skipped for ${this.policy.breaker.cooldownMs} ms after repeated failures` });
    }
  }

  /**
   * Runs `work` on one endpoint at a time until it succeeds: failover across endpoints
   * first, then rounds with backoff. Anything `work` throws that is not an
   * UpstreamFailure (a node's own answer, a bug) ends the run at once.
   */
  async run<T>(work: (endpoint: Endpoint) => Promise<T>, opts: RunOptions = {}): Promise<T> {
    const maxAttempts = 1 + (opts.retries ?? this.policy.retries);
    const deadline = performance.now() + (this.policy.deadlineMs ?? 2.5 * this.policy.timeoutMs);
    const couldFinish = (afterMs = 0) => performance.now() + afterMs + this.policy.timeoutMs <= deadline;
    const excluded = new Set<Endpoint>(opts.exclude ?? []);
    const triedThisRound = new Set<Endpoint>();
    const failures: UpstreamFailure[] = [];
    let attempts = 0;
    let round = 0;
    while (attempts < maxAttempts) {
      const endpoint = this.order(new Set([...excluded, ...triedThisRound]))[0];
      if (!endpoint) {
        if (triedThisRound.size === 0) break;
        // Every usable endpoint failed once in this round: back off, then start over.
        round++;
        const retryAfter = Math.max(0, ...failures.slice(-triedThisRound.size).map((f) => f.retryAfterMs ?? 0));
        const delay = Math.max(this.backoff(round), retryAfter);
        if (delay > this.maxWaitMs || !couldFinish(delay)) break;
        await sleep(delay);
        triedThisRound.clear();
        continue;
      }
      if (attempts > 0 && !couldFinish()) break;
      attempts++;
      try {
        return await work(endpoint);
      } catch (err) {
        if (!isUpstreamFailure(err)) throw err;
        failures.push(err);
        triedThisRound.add(endpoint);
        if (NOT_RETRIED_ON_SAME_ENDPOINT.has(err.kind)) excluded.add(endpoint);
        if (attempts < maxAttempts) this.opts.onEvent?.({ type: 'retry', network: this.network, host: endpoint.host, kind: err.kind, attempt: attempts, message: err.message });
      }
    }
    const final = this.finalFailure(failures, excluded);
    this.opts.onEvent?.({ type: 'gave_up', network: this.network, kind: final.kind, attempt: attempts, message: final.message });
    throw final;
  }

  private finalFailure(failures: UpstreamFailure[], excluded: Set<Endpoint>): UpstreamFailure {
    const last = failures.at(-1);
    if (!last) {
      const resting = this.endpoints.filter((e) => !excluded.has(e) && !e.breaker.available);
      const detail = resting.length ? `${resting.map((e) => e.host).join(', ')} resting after repeated failures` : 'every endpoint was excluded';
      return new UpstreamFailure(resting.length ? 'circuit_open' : 'no_endpoint', `no ${this.network} endpoint available: ${detail}`, resting[0]?.host ?? this.hosts.join(','));
    }
    const seen = [...new Set(failures.map((f) => f.message))];
    return new UpstreamFailure(last.kind, `${failures.length} attempt${failures.length > 1 ? 's' : ''} failed: ${seen.join('; ')}`, last.host, { status: last.status, retryAfterMs: last.retryAfterMs, cause: last });
  }

  private backoff(round: number): number {
    const cap = Math.min(this.policy.backoffMaxMs, this.policy.backoffBaseMs * 2 ** (round - 1));
    return this.random() * cap;
  }

  /**
   * fetch() over this network's endpoints: the URL must start with the first endpoint's
   * URL (that is what clients are configured with); the rest of it is kept on whichever
   * endpoint serves. Any other URL is refused: a caller can never make us fetch a URL
   * it chose.
   */
  readonly fetch = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const base = this.endpoints[0].url;
    if (!url.startsWith(base)) throw new TypeError(`upstream ${this.network}: ${describeEndpoint(url)} is not a configured endpoint`);
    const suffix = url.slice(base.length);
    const body = typeof init.body === 'string' ? init.body : init.body == null ? undefined : String(init.body);
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((v, k) => (headers[k] = v));
    const result = await this.run((endpoint) =>
      this.exchange(endpoint, { path: suffix, method: (init.method?.toUpperCase() as 'GET' | 'POST') ?? undefined, headers, body, labels: labelsOf(body, suffix) }, (text) => text),
    );
    return new Response(result.value, { status: result.status, headers: result.headers });
  };
}

function joinUrl(base: string, path: string | undefined): string {
  if (!path) return base;
  if (path.startsWith('?')) return base + path;
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** JSON-RPC method names of a body, else the path: what metrics count. */
function labelsOf(body: string | undefined, path: string): string[] {
  if (body && (body[0] === '{' || body[0] === '[')) {
    try {
      const parsed = JSON.parse(body) as { method?: unknown } | { method?: unknown }[];
      const methods = (Array.isArray(parsed) ? parsed : [parsed]).map((p) => p?.method).filter((m): m is string => typeof m === 'string');
      if (methods.length) return methods;
    } catch {
      // not JSON-RPC
    }
  }
  return [path.split('?')[0] || '/'];
}

