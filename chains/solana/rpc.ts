import { Connection, SolanaJSONRPCError } from '@solana/web3.js';
import type { TransportOptions } from '../endpoint.ts';
import { isUpstreamFailure, UpstreamFailure, type UpstreamFailureKind } from '../upstream/failure.ts';
import { policyFor } from '../upstream/settings.ts';
import { Upstream, type Endpoint } from '../upstream/upstream.ts';
import { MalformedAnswer } from './wire.ts';

/**
 * JSON-RPC to one Solana cluster over its configured endpoints, through @solana/web3.js's
 * classic `Connection`, one per endpoint, whose `fetch` is an exchange through the
 * upstream layer pinned to that endpoint (chains/upstream: timeout, budget, breaker,
 * metrics). web3.js's silent 429 retries are off: `run` decides (failover, then retries
 * with backoff). A JSON-RPC error is the node's answer and is final. The hot calls
 * (lookups, address histories) go as raw batches (`batchOn`), read by wire.ts.
 */
export type SolanaRpcErrorCode = 'UPSTREAM_TIMEOUT' | 'UPSTREAM_UNAVAILABLE' | 'UPSTREAM_RPC_ERROR' | 'UPSTREAM_BAD_RESPONSE';

export class SolanaRpcError extends Error {
  constructor(
    readonly code: SolanaRpcErrorCode,
    message: string,
    /** Another endpoint might answer (transport trouble, not the node's verdict). */
    readonly retryable: boolean,
    cause?: unknown,
  ) {
    super(message, { cause });
    this.name = 'SolanaRpcError';
  }
}

export class SolanaRpc {
  readonly upstream: Upstream;
  private readonly connections: Connection[];

  constructor(urls: string[], opts: TransportOptions & { network?: string }) {
    const settings = opts.upstream;
    // Slots are 0.4 s: nodes a few seconds apart differ by several; beyond ~8 s one is lagging.
    this.upstream = new Upstream({ network: opts.network ?? 'solana', urls, policy: policyFor(opts.timeoutMs, settings), progressTolerance: 20, metrics: settings?.metrics, onEvent: settings?.onEvent });
    this.connections = this.upstream.endpoints.map(
      (endpoint) => new Connection(endpoint.url, { commitment: 'confirmed', fetch: this.pinnedFetch(endpoint), disableRetryOnRateLimit: true, httpAgent: false }),
    );
  }

  /**
   * web3.js's fetch, pinned to one endpoint; a body that is not JSON is a failure of the
   * endpoint, not data. web3.js reads only `ok`, `status`, `statusText` and `text()` of the
   * answer and passes plain-object headers, so no WHATWG Headers/Response is built (they
   * cost more CPU than the rest of the request).
   */
  private pinnedFetch(endpoint: Endpoint): typeof fetch {
    return (async (input: string | URL | Request, init: RequestInit = {}) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const body = typeof init.body === 'string' ? init.body : undefined;
      const headers: Record<string, string> = {};
      if (init.headers && !(init.headers instanceof Headers) && !Array.isArray(init.headers)) Object.assign(headers, init.headers);
      else new Headers(init.headers).forEach((v, k) => (headers[k] = v));
      const { value, status, headers: answerHeaders } = await this.upstream.exchange(
        endpoint,
        { path: url.startsWith(endpoint.url) ? url.slice(endpoint.url.length) : undefined, method: 'POST', headers, body, labels: methodsOf(body) },
        (text) => (JSON.parse(text), text),
      );
      return { ok: true, status, statusText: 'OK', headers: answerHeaders, text: async () => value, json: async () => JSON.parse(value) } as unknown as Response;
    }) as typeof fetch;
  }

  get endpoints(): string[] {
    return this.upstream.hosts;
  }

  /** Records the slot a connection's node reported; throws `lagging` when it trails the highest slot seen. */
  checkLag(connection: Connection, slot: number): void {
    const endpoint = this.upstream.endpoints[this.connections.indexOf(connection)];
    if (!endpoint || !Number.isSafeInteger(slot)) return;
    this.upstream.noteProgress(endpoint, slot);
    const best = this.upstream.bestProgress ?? slot;
    if (this.upstream.isBehind(slot)) throw new UpstreamFailure('lagging', `${endpoint.host} is ${best - slot} slots behind the highest slot seen (${best}); its "not found" is not final`, endpoint.host);
  }

  /**
   * Several calls in one JSON-RPC batch (one HTTP request) on one node, failing over like
   * `run`. Any error answer fails the batch.
   */
  async batch<T extends unknown[]>(calls: [string, unknown[]][]): Promise<T> {
    return this.run(calls.map((c) => c[0]).join(' + '), async (connection) => {
      const { host, answers } = await this.exchangeBatch(connection, calls);
      return answers.map((a, i) => {
        if (a.error) throw new UpstreamFailure('malformed', `${host} answered ${calls[i][0]} with JSON-RPC error ${a.error.code}: ${a.error.message}`, host);
        if (i === 0 && calls[i][0] === 'getSlot') this.checkLag(connection, a.result as number);
        return a.result;
      }) as T;
    });
  }

  /**
   * Several calls in one JSON-RPC batch (one HTTP request) to the node behind `connection`,
   * for use inside `run`: their results in call order. An error answer is that node's
   * verdict on the call, reported as web3.js would (`failed` is its wording for the call).
   */
  async batchOn(connection: Connection, calls: { method: string; params: unknown[]; failed: string }[]): Promise<unknown[]> {
    const { answers } = await this.exchangeBatch(connection, calls.map((c) => [c.method, c.params]));
    return answers.map((a, i) => {
      if (a.error) throw new SolanaJSONRPCError(a.error, calls[i].failed);
      return a.result;
    });
  }

  /** The answers to a JSON-RPC batch, in call order; a call left unanswered makes the whole answer malformed. */
  private async exchangeBatch(connection: Connection, calls: [string, unknown[]][]): Promise<{ host: string; answers: JsonRpcAnswer[] }> {
    const endpoint = this.upstream.endpoints[this.connections.indexOf(connection)];
    const body = JSON.stringify(calls.map(([method, params], id) => ({ jsonrpc: '2.0', id, method, params })));
    const { value } = await this.upstream.exchange(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body, labels: calls.map((c) => c[0]) }, (text) => {
      const answers = JSON.parse(text) as JsonRpcAnswer[];
      if (!Array.isArray(answers)) throw new Error('a batch answer that is not a list');
      return answers;
    });
    const byId = new Map(value.map((a) => [a?.id, a]));
    return {
      host: endpoint.host,
      answers: calls.map((_, i) => byId.get(i) ?? throwUnanswered(endpoint.host, i)),
    };
  }

  /** Runs `calls` on one endpoint at a time (upstream order), failing over on transport trouble; all calls of one attempt go to the same node. */
  async run<T>(what: string, calls: (connection: Connection) => Promise<T>): Promise<T> {
    let last: SolanaRpcError | undefined;
    try {
      return await this.upstream.run(async (endpoint) => {
        try {
          return await calls(this.connections[endpoint.index]);
        } catch (err) {
          last = classify(err, endpoint.host, what);
          if (!last.retryable) throw last;
          throw new UpstreamFailure(isUpstreamFailure(err) ? err.kind : kindOf(last.code), last.message, endpoint.host, { cause: last });
        }
      });
    } catch (err) {
      if (err instanceof SolanaRpcError) throw err;
      if (last) throw last;
      throw classify(err, this.endpoints.join(','), what);
    }
  }
}

interface JsonRpcAnswer {
  id: number;
  result?: unknown;
  error?: { code: number; message: string; data?: unknown };
}

function throwUnanswered(host: string, call: number): never {
  throw new UpstreamFailure('malformed', `${host} left call ${call} of a batch unanswered`, host);
}

function methodsOf(body: string | undefined): string[] {
  try {
    const parsed = JSON.parse(body ?? '') as { method?: unknown } | { method?: unknown }[];
    return (Array.isArray(parsed) ? parsed : [parsed]).flatMap((p) => (typeof p?.method === 'string' ? [p.method] : []));
  } catch {
    return ['/'];
  }
}

function kindOf(code: SolanaRpcErrorCode): UpstreamFailureKind {
  return code === 'UPSTREAM_TIMEOUT' ? 'timeout' : code === 'UPSTREAM_BAD_RESPONSE' ? 'malformed' : 'connection';
}

/** The upstream layer's failure kinds in this module's codes (http_error: another status, the node's verdict). */
const FROM_UPSTREAM: Record<UpstreamFailureKind, [SolanaRpcErrorCode, boolean]> = {
  timeout: ['UPSTREAM_TIMEOUT', true],
  connection: ['UPSTREAM_UNAVAILABLE', true],
  rate_limited: ['UPSTREAM_UNAVAILABLE', true],
  server_error: ['UPSTREAM_UNAVAILABLE', true],
  budget: ['UPSTREAM_UNAVAILABLE', true],
  circuit_open: ['UPSTREAM_UNAVAILABLE', true],
  no_endpoint: ['UPSTREAM_UNAVAILABLE', true],
  lagging: ['UPSTREAM_UNAVAILABLE', true],
  inconsistent: ['UPSTREAM_BAD_RESPONSE', true],
  malformed: ['UPSTREAM_BAD_RESPONSE', true],
  http_error: ['UPSTREAM_BAD_RESPONSE', false],
};

/** Sorts web3.js's failures into what happened; never "not found". */
export function classify(err: unknown, host: string, what: string): SolanaRpcError {
  if (err instanceof SolanaRpcError) return err;
  if (isUpstreamFailure(err)) {
    const [code, retryable] = FROM_UPSTREAM[err.kind];
    return new SolanaRpcError(code, `${err.message} (${what})`, retryable, err);
  }
  const e = err as { name?: string; message?: string; code?: unknown; cause?: { code?: string; message?: string } };
  const message = e?.message ?? String(err);
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') {
    return new SolanaRpcError('UPSTREAM_TIMEOUT', `${host} did not answer ${what} in time`, true, err);
  }
  if (err instanceof SolanaJSONRPCError) {
    return new SolanaRpcError('UPSTREAM_RPC_ERROR', `${host} answered ${what} with JSON-RPC error ${String(e.code)}: ${message}`, false, err);
  }
  // web3.js reports a non-2xx answer as "<status> <statusText>: <body>".
  const http = /^(\d{3}) /.exec(message);
  if (http) {
    const status = Number(http[1]);
    const retryable = status === 429 || status >= 500;
    return new SolanaRpcError(retryable ? 'UPSTREAM_UNAVAILABLE' : 'UPSTREAM_BAD_RESPONSE', `${host} answered ${what} with HTTP ${status}`, retryable, err);
  }
  if (e?.name === 'SyntaxError' || e?.name === 'StructError' || err instanceof MalformedAnswer) {
    return new SolanaRpcError('UPSTREAM_BAD_RESPONSE', `${host} sent a malformed answer to ${what}: ${message.slice(0, 200)}`, true, err);
  }
  const reason = e?.cause?.code ?? e?.cause?.message ?? message;
  return new SolanaRpcError('UPSTREAM_UNAVAILABLE', `${host} is unreachable (${reason})`, true, err);
}
