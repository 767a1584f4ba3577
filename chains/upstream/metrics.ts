/**
 * Counters per network, endpoint host and method (JSON-RPC method or HTTP path), with
 * latency figures per endpoint. One instance per running txtriage, shared by every
 * Upstream; the benchmark reads it, and it is what a /metrics exporter would serve.
 */
export interface EndpointFigures {
  /** HTTP exchanges (a JSON-RPC batch is one). */
  requests: number;
  /** Calls carried (JSON-RPC methods in batches; 1 per plain HTTP request). */
  calls: number;
  failures: Record<string, number>;
  byMethod: Record<string, number>;
  /** Latency of successful exchanges, ms. */
  latency: { count: number; totalMs: number; maxMs: number };
  /** Last circuit state seen. */
  breaker?: string;
}

/** Told of each exchange, breaker change and cache outcome as it happens (the Prometheus exporter, src/metrics). */
export interface UpstreamObserver {
  exchange?(network: string, host: string, methods: readonly string[], ms: number, failure?: string): void;
  breaker?(network: string, host: string, state: string): void;
  lookup?(network: string, served: 'hit' | 'shared' | 'fetched'): void;
}

export class UpstreamMetrics {
  private readonly data = new Map<string, Map<string, EndpointFigures>>();
  private readonly observers: UpstreamObserver[] = [];

  observe(observer: UpstreamObserver): void {
    this.observers.push(observer);
  }

  /** How a transaction lookup was served (chains/cache). */
  lookup(network: string, served: 'hit' | 'shared' | 'fetched'): void {
    for (const o of this.observers) o.lookup?.(network, served);
  }

  private figures(network: string, host: string): EndpointFigures {
    let byHost = this.data.get(network);
    if (!byHost) this.data.set(network, (byHost = new Map()));
    let f = byHost.get(host);
    if (!f) byHost.set(host, (f = { requests: 0, calls: 0, failures: {}, byMethod: {}, latency: { count: 0, totalMs: 0, maxMs: 0 } }));
    return f;
  }

  record(network: string, host: string, methods: readonly string[], ms: number, failure?: string): void {
    for (const o of this.observers) o.exchange?.(network, host, methods, ms, failure);
    const f = this.figures(network, host);
    f.requests++;
    f.calls += Math.max(1, methods.length);
    for (const m of methods) f.byMethod[m] = (f.byMethod[m] ?? 0) + 1;
    if (failure) f.failures[failure] = (f.failures[failure] ?? 0) + 1;
    else {
      f.latency.count++;
      f.latency.totalMs += ms;
      f.latency.maxMs = Math.max(f.latency.maxMs, ms);
    }
  }

  breaker(network: string, host: string, state: string): void {
    for (const o of this.observers) o.breaker?.(network, host, state);
    this.figures(network, host).breaker = state;
  }

  /** A deep copy: { network: { host: figures } }. */
  snapshot(): Record<string, Record<string, EndpointFigures>> {
    const out: Record<string, Record<string, EndpointFigures>> = {};
    for (const [network, byHost] of this.data) {
      out[network] = {};
      for (const [host, f] of byHost) out[network][host] = structuredClone(f);
    }
    return out;
  }

  reset(): void {
    this.data.clear();
  }
}
