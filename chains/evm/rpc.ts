import { FetchRequest, JsonRpcProvider, Network as EthersNetwork, isError, type FetchGetUrlFunc } from 'ethers';
import { UpstreamError } from '../../src/errors/app-error.ts';
import { describeEndpoint, type TransportOptions } from '../endpoint.ts';

/**
 * JSON-RPC to one EVM network over its configured endpoints. Calls issued in the same
 * tick go out as one JSON-RPC batch (ethers' batching), so a lookup's independent
 * reads cost one round trip. A transport failure moves on to the next endpoint; an
 * answer from the node (a revert, "invalid params") is final and is passed through.
 */
export class EvmRpc {
  private readonly providers: { url: string; provider: JsonRpcProvider }[];

  constructor(urls: string[], chainId: number, opts: TransportOptions) {
    const network = EthersNetwork.from(chainId);
    this.providers = urls.map((url) => {
      const req = new FetchRequest(url);
      req.timeout = opts.timeoutMs;
      req.getUrlFunc = fetchGetUrl;
      // ethers retries 429 up to 12 times by default; the upstream layer decides retries.
      req.setThrottleParams({ maxAttempts: 1 });
      const provider = new JsonRpcProvider(req, network, {
        staticNetwork: network,
        batchStallTime: 0,
        batchMaxCount: 100,
        cacheTimeout: -1,
      });
      return { url, provider };
    });
  }

  get endpoints(): string[] {
    return this.providers.map((p) => describeEndpoint(p.url));
  }

  async send<T = any>(method: string, params: unknown[]): Promise<T> {
    let lastError: unknown;
    for (const { provider } of this.providers) {
      try {
        return (await provider.send(method, params)) as T;
      } catch (err) {
        if (isNodeAnswer(err)) throw err;
        lastError = err;
      }
    }
    const hosts = this.endpoints.join(', ');
    throw new UpstreamError(hosts, `No EVM endpoint answered ${method} (${hosts}): ${shortReason(lastError)}`, lastError);
  }

  destroy(): void {
    for (const { provider } of this.providers) provider.destroy();
  }
}

/**
 * ethers' default Node transport grows the response buffer chunk by chunk, which takes
 * tens of seconds on a multi-megabyte eth_getLogs answer; Node's fetch reads it in one go.
 */
const fetchGetUrl: FetchGetUrlFunc = async (req, signal) => {
  const controller = new AbortController();
  signal?.addListener(() => controller.abort());
  // Like ethers' own transport, the request's timeout is enforced here.
  const timer = setTimeout(() => controller.abort(), req.timeout);
  const headers: Record<string, string> = {};
  for (const [k, v] of req) headers[k] = v;
  try {
    const resp = await fetch(req.url, { method: req.method, headers, body: req.body ? Buffer.from(req.body) : undefined, signal: controller.signal });
    const responseHeaders: Record<string, string> = {};
    resp.headers.forEach((v, k) => (responseHeaders[k.toLowerCase()] = v));
    return { statusCode: resp.status, statusMessage: resp.statusText, headers: responseHeaders, body: new Uint8Array(await resp.arrayBuffer()) };
  } finally {
    clearTimeout(timer);
  }
};

/** The node answered (e.g. the call reverted): trying another endpoint would not help. */
function isNodeAnswer(err: unknown): boolean {
  return isError(err, 'CALL_EXCEPTION') || isError(err, 'INVALID_ARGUMENT') || isError(err, 'ACTION_REJECTED');
}

function shortReason(err: unknown): string {
  if (err && typeof err === 'object') {
    const e = err as { code?: string; shortMessage?: string; message?: string };
    return e.code ? `${e.code}${e.shortMessage ? `: ${e.shortMessage}` : ''}` : (e.message ?? 'unknown error');
  }
  return String(err);
}
