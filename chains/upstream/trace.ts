import { currentContext, withContext } from './request-context.ts';

/**
 * What one incoming API request cost upstream: every exchange it caused (network,
 * endpoint host, duration, outcome) and how its lookups were served (cache hit, shared
 * with a concurrent identical lookup, or fetched). The access log prints the summary,
 * so a slow answer can be told apart from a slow endpoint. Carried by AsyncLocalStorage
 * (./request-context.ts): family code does not pass it around.
 */
export interface TraceExchange {
  network: string;
  host: string;
  /** JSON-RPC calls (or 1 for a plain HTTP request) in this exchange. */
  calls: number;
  ms: number;
  /** Failure kind, absent on success. */
  failure?: string;
}

export interface UpstreamTrace {
  exchanges: TraceExchange[];
  lookups: { hit: number; shared: number; fetched: number };
}

export function newTrace(): UpstreamTrace {
  return { exchanges: [], lookups: { hit: 0, shared: 0, fetched: 0 } };
}

export function withTrace<T>(trace: UpstreamTrace, fn: () => T): T {
  return withContext({ trace }, fn);
}

export function currentTrace(): UpstreamTrace | undefined {
  return currentContext()?.trace;
}

/** Compact per-network figures for a log line. */
export function summarizeTrace(trace: UpstreamTrace) {
  const byNetwork: Record<string, { requests: number; calls: number; ms: number; failures: number }> = {};
  for (const x of trace.exchanges) {
    const n = (byNetwork[x.network] ??= { requests: 0, calls: 0, ms: 0, failures: 0 });
    n.requests++;
    n.calls += x.calls;
    n.ms = Math.round((n.ms + x.ms) * 10) / 10;
    if (x.failure) n.failures++;
  }
  return { requests: trace.exchanges.length, lookups: trace.lookups, networks: byNetwork };
}
