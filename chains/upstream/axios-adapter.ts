import type { Endpoint, Upstream } from './upstream.ts';

/**
 * The slice of an axios request config an adapter reads (axios ≥ 1; tronweb's
 * HttpProvider is an axios instance). Typed here so this module does not import axios.
 */
interface AxiosLikeConfig {
  baseURL?: string;
  url?: string;
  method?: string;
  params?: Record<string, unknown> | false | null;
  /** Already serialised by axios' transformRequest (a JSON string for objects). */
  data?: unknown;
  headers?: { toJSON?: () => Record<string, unknown> } & Record<string, unknown>;
}

/**
 * An axios adapter that sends every request of an axios instance through the upstream
 * layer, pinned to one endpoint (budget, breaker, timeout, metrics, trace). Failover
 * and retries are the caller's: it runs a whole lookup on one node with `upstream.run`.
 * Answers must be JSON objects (`read`): anything else is a `malformed` failure counted
 * against the endpoint. Non-2xx statuses reject with an UpstreamFailure.
 *
 * Usage (tronweb): `provider.instance.defaults.adapter = axiosAdapter(upstream, endpoint)`.
 */
export function axiosAdapter(upstream: Upstream, endpoint: Endpoint) {
  return async (config: AxiosLikeConfig) => {
    const path = config.url ?? '';
    const query = config.params && typeof config.params === 'object' && Object.keys(config.params).length ? `?${new URLSearchParams(config.params as Record<string, string>)}` : '';
    const headers: Record<string, string> = {};
    const raw = typeof config.headers?.toJSON === 'function' ? config.headers.toJSON() : (config.headers ?? {});
    for (const [k, v] of Object.entries(raw)) if (typeof v === 'string' || typeof v === 'number') headers[k] = String(v);
    const method = (config.method ?? 'get').toUpperCase() as 'GET' | 'POST';
    const body = method === 'GET' || config.data == null ? undefined : typeof config.data === 'string' ? config.data : JSON.stringify(config.data);
    const result = await upstream.exchange(endpoint, { path: path + query, method, headers, body, labels: [`/${path.replace(/^\/+/, '')}`] }, (text) => {
      const value: unknown = JSON.parse(text);
      if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('the body is not a JSON object');
      return value;
    });
    return { data: result.value, status: result.status, statusText: 'OK', headers: result.headers, config, request: {} };
  };
}
