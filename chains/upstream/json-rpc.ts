import { UpstreamFailure } from './failure.ts';
import type { BodyReader } from './upstream.ts';

/** JSON-RPC 2.0 request and response objects (https://www.jsonrpc.org/specification). */
export interface JsonRpcRequest {
  jsonrpc: '2.0';
  id: number;
  method: string;
  params: unknown[];
}

export type JsonRpcResponse = { id: number; result: unknown } | { id: number; error: { code: number; message: string; data?: unknown } };

/**
 * Providers that throttle inside a 200 answer: EIP-1474 reserves -32005 for "limit
 * exceeded"; others only say so in words.
 */
function isThrottle(error: { code?: unknown; message?: unknown }): boolean {
  return error.code === -32005 || (typeof error.message === 'string' && /rate.?limit|too many requests|exceeded .*(limit|quota)|capacity/i.test(error.message));
}

/**
 * Reads a JSON-RPC answer to `sent` (one request or a batch) and insists on what the
 * protocol promises: JSON, one answer per request id, each with a result or an error.
 * Anything less (a truncated body, an HTML error page with status 200, a batch with
 * answers missing) is a `malformed` failure, so it is retried elsewhere instead of
 * being read as "no such transaction". Per-call errors (a revert) stay per call.
 */
export function readJsonRpc(sent: JsonRpcRequest | JsonRpcRequest[]): BodyReader<JsonRpcResponse[]> {
  const ids = (Array.isArray(sent) ? sent : [sent]).map((r) => r.id);
  return (text) => {
    const host = ''; // the Upstream puts the endpoint's host on failures thrown here
    const parsed: unknown = JSON.parse(text);
    const items = Array.isArray(parsed) ? parsed : [parsed];
    const byId = new Map<number, JsonRpcResponse>();
    for (const item of items) {
      if (!item || typeof item !== 'object') throw new Error('an answer in the batch is not an object');
      const r = item as { id?: unknown; result?: unknown; error?: { code?: unknown; message?: unknown } };
      if (r.error && typeof r.error === 'object' && isThrottle(r.error)) {
        throw new UpstreamFailure('rate_limited', `the endpoint throttles us: ${String(r.error.message).slice(0, 100)}`, host);
      }
      if (typeof r.id !== 'number') {
        // An error for the whole request (parse error, overload) carries id null.
        if (r.error) throw new UpstreamFailure('server_error', `the endpoint refused the request: ${String(r.error.message).slice(0, 100)}`, host);
        throw new Error('an answer has no id');
      }
      if (!('result' in r) && !(r.error && typeof r.error === 'object')) throw new Error(`answer ${r.id} has neither result nor error`);
      byId.set(r.id, r as JsonRpcResponse);
    }
    const missing = ids.filter((id) => !byId.has(id));
    if (missing.length) throw new Error(`no answer for ${missing.length} of ${ids.length} requests`);
    return ids.map((id) => byId.get(id)!);
  };
}
