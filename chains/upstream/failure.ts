/**
 * Why an upstream exchange gave no usable answer. Every kind is a transport problem —
 * the question was not answered — so none of them may ever be read as "not found".
 * An answer from the node itself (a revert, "invalid params", `{}` for an unknown id)
 * is not an UpstreamFailure: it goes back to the family code as data.
 */
export type UpstreamFailureKind =
  /** No answer within the per-request timeout. */
  | 'timeout'
  /** Refused, reset, closed mid-body, DNS failure. */
  | 'connection'
  /** HTTP 429: the endpoint throttles us (Retry-After honoured). */
  | 'rate_limited'
  /** HTTP 5xx, or a JSON-RPC "limit exceeded"/internal error for the whole request. */
  | 'server_error'
  /** Another non-2xx status (401 bad key, 404 unknown path, …). */
  | 'http_error'
  /** 2xx, but the body is not what the protocol promises (truncated, not JSON, ids missing). */
  | 'malformed'
  /** The node answered, but from behind the chain head: its "not found" is not final. */
  | 'lagging'
  /** The node contradicts itself (a mined tx without its receipt). */
  | 'inconsistent'
  /** Our own request budget for the endpoint is spent for longer than we may wait. */
  | 'budget'
  /** The endpoint's circuit breaker is open (it failed repeatedly; resting). */
  | 'circuit_open'
  /** No endpoint was left to try (all open, cooling or excluded). */
  | 'no_endpoint';

/** Codes shown in lookups (`error.code`); TRON's adapter used the first four before this layer existed. */
export const FAILURE_CODES: Record<UpstreamFailureKind, string> = {
  timeout: 'UPSTREAM_TIMEOUT',
  connection: 'UPSTREAM_UNAVAILABLE',
  server_error: 'UPSTREAM_HTTP_ERROR',
  http_error: 'UPSTREAM_HTTP_ERROR',
  malformed: 'UPSTREAM_MALFORMED',
  rate_limited: 'UPSTREAM_RATE_LIMITED',
  lagging: 'UPSTREAM_LAGGING',
  inconsistent: 'INCONSISTENT_NODE',
  budget: 'UPSTREAM_BUDGET',
  circuit_open: 'UPSTREAM_CIRCUIT_OPEN',
  no_endpoint: 'UPSTREAM_UNAVAILABLE',
};

/** Kinds that say something about the endpoint's health (they feed its circuit breaker). */
const UNHEALTHY: ReadonlySet<UpstreamFailureKind> = new Set(['timeout', 'connection', 'server_error', 'http_error', 'malformed']);

export class UpstreamFailure extends Error {
  constructor(
    readonly kind: UpstreamFailureKind,
    message: string,
    /** Host of the endpoint (never the full URL: it may carry an API key). */
    readonly host: string,
    readonly opts: { status?: number; retryAfterMs?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: opts.cause });
    this.name = 'UpstreamFailure';
  }

  get status(): number | undefined {
    return this.opts.status;
  }

  get retryAfterMs(): number | undefined {
    return this.opts.retryAfterMs;
  }

  /** Counts against the endpoint's circuit breaker. */
  get unhealthy(): boolean {
    return UNHEALTHY.has(this.kind);
  }

  /** Stable code for lookups and logs (the same for every family). */
  get code(): string {
    return FAILURE_CODES[this.kind];
  }
}

export function isUpstreamFailure(err: unknown): err is UpstreamFailure {
  return err instanceof UpstreamFailure;
}

/** Retry-After is seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
