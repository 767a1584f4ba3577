import type { UpstreamSettings } from './upstream/settings.ts';

/** Endpoints may carry API keys in their path or query: only the host is ever shown. */
export function describeEndpoint(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'invalid-endpoint';
  }
}

/** Options every adapter's transport takes. */
export interface TransportOptions {
  /** Per-request timeout, milliseconds. */
  timeoutMs: number;
  /** Retries, budgets, breakers and metrics of the upstream layer (chains/upstream); defaults when absent. */
  upstream?: UpstreamSettings;
}
