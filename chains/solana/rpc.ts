import { Connection, SolanaJSONRPCError } from '@solana/web3.js';
import { describeEndpoint, type TransportOptions } from '../endpoint.ts';

/**
 * JSON-RPC to one Solana cluster over its configured endpoints, through @solana/web3.js's
 * classic `Connection`. Every HTTP request carries its own timeout (a fetch with an
 * AbortSignal), web3.js's silent 429 retries are off (the caller decides), and a transport
 * failure moves on to the next endpoint. A JSON-RPC error is the node's answer and is final.
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
  private readonly connections: { host: string; connection: Connection }[];

  constructor(urls: string[], opts: TransportOptions) {
    const fetchWithTimeout: typeof fetch = (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(opts.timeoutMs) });
    this.connections = urls.map((url) => ({
      host: describeEndpoint(url),
      connection: new Connection(url, { commitment: 'confirmed', fetch: fetchWithTimeout, disableRetryOnRateLimit: true, httpAgent: false }),
    }));
  }

  get endpoints(): string[] {
    return this.connections.map((c) => c.host);
  }

  /** Runs `calls` against the first endpoint that answers; all calls of one attempt go to the same node. */
  async run<T>(what: string, calls: (connection: Connection) => Promise<T>): Promise<T> {
    let last: SolanaRpcError | undefined;
    for (const { host, connection } of this.connections) {
      try {
        return await calls(connection);
      } catch (err) {
        last = classify(err, host, what);
        if (!last.retryable) throw last;
      }
    }
    throw last ?? new SolanaRpcError('UPSTREAM_UNAVAILABLE', `No Solana endpoint is configured for ${what}`, false);
  }
}

/** Sorts web3.js's failures into what happened; never "not found". */
export function classify(err: unknown, host: string, what: string): SolanaRpcError {
  if (err instanceof SolanaRpcError) return err;
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
  if (e?.name === 'SyntaxError' || e?.name === 'StructError') {
    return new SolanaRpcError('UPSTREAM_BAD_RESPONSE', `${host} sent a malformed answer to ${what}: ${message.slice(0, 200)}`, true, err);
  }
  const reason = e?.cause?.code ?? e?.cause?.message ?? message;
  return new SolanaRpcError('UPSTREAM_UNAVAILABLE', `${host} is unreachable (${reason})`, true, err);
}
