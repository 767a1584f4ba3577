import type { UpstreamMetrics } from '../../chains/upstream/metrics.ts';
import { BREAKER_STATES, type Telemetry } from './registry.ts';

/**
 * Feeds the exporter from chains/upstream as things happen. The endpoint label is the
 * endpoint's host: endpoints come from the configuration (RPC_<NETWORK> or the
 * network's defaults), so the set is fixed for the life of the process.
 */
export function exportUpstream(t: Telemetry, upstream: UpstreamMetrics): void {
  upstream.observe({
    exchange(network, endpoint, methods, ms, failure) {
      t.upstream.requests.inc({ network, endpoint, outcome: failure ?? 'ok' });
      t.upstream.calls.inc({ network, endpoint }, Math.max(1, methods.length));
      if (failure) t.upstream.errors.inc({ network, endpoint, kind: failure });
      else t.upstream.latency.observe({ network, endpoint }, ms / 1000);
      // First sight of an endpoint: its circuit is closed until it says otherwise.
      if (!seen.has(`${network} ${endpoint}`)) breaker(network, endpoint, 'closed');
    },
    breaker,
    lookup: (network, outcome) => t.cache.inc({ network, outcome }),
  });
  const seen = new Set<string>();
  function breaker(network: string, endpoint: string, state: string) {
    seen.add(`${network} ${endpoint}`);
    for (const s of BREAKER_STATES) t.upstream.breaker.set({ network, endpoint, state: s }, s === state ? 1 : 0);
  }
}
