import type { UpstreamMetrics } from './metrics.ts';
import { defaultPolicy, type UpstreamEvent, type UpstreamPolicy } from './upstream.ts';

/** What an instance gives every adapter's upstreams (from config; defaults when absent). */
export interface UpstreamSettings {
  policy?: Partial<Omit<UpstreamPolicy, 'timeoutMs'>>;
  metrics?: UpstreamMetrics;
  onEvent?: (event: UpstreamEvent) => void;
  /**
   * Internal switches for the benchmark's baseline (default on): JSON-RPC batching, and
   * asking a second endpoint before concluding "not found".
   */
  batching?: boolean;
  secondOpinion?: boolean;
}

export function policyFor(timeoutMs: number, settings: UpstreamSettings | undefined): UpstreamPolicy {
  return { ...defaultPolicy, ...settings?.policy, timeoutMs };
}
