import { JsonRpcProvider, Network as EthersNetwork, type JsonRpcError, type JsonRpcPayload, type JsonRpcResult } from 'ethers';
import { readJsonRpc, type JsonRpcRequest } from '../upstream/json-rpc.ts';
import { policyFor } from '../upstream/settings.ts';
import { Upstream, type Endpoint } from '../upstream/upstream.ts';
import type { TransportOptions } from '../endpoint.ts';

/** Something JSON-RPC calls can be sent to: the whole network (failover) or one pinned node. */
export interface EvmSender {
  send<T = any>(method: string, params: unknown[]): Promise<T>;
}

export interface EvmRpcOptions extends TransportOptions {
  /** Network id, for metrics and logs. */
  network: string;
  chainId: number;
  /** Blocks an endpoint may trail the highest head seen before its "not found" stops counting. */
  lagToleranceBlocks: number;
}

/**
 * ethers' JSON-RPC provider for one endpoint, sending through the shared upstream layer
 * (budget, breaker, timeout, metrics, strict reading of the answer) instead of its own
 * fetch. Calls issued in the same tick still go out as one JSON-RPC batch: that is what
 * makes a lookup two round trips.
 */
class UpstreamJsonRpcProvider extends JsonRpcProvider {
  constructor(
    private readonly upstream: Upstream,
    private readonly endpoint: Endpoint,
    network: EthersNetwork,
    batching: boolean,
  ) {
    super(endpoint.url, network, { staticNetwork: network, batchStallTime: 0, batchMaxCount: batching ? 100 : 1, cacheTimeout: -1 });
  }

  override async _send(payload: JsonRpcPayload | JsonRpcPayload[]): Promise<JsonRpcResult[]> {
    const sent = (Array.isArray(payload) ? payload : [payload]) as JsonRpcRequest[];
    const { value } = await this.upstream.exchange(
      this.endpoint,
      { body: JSON.stringify(payload), headers: { 'content-type': 'application/json' }, labels: sent.map((p) => p.method) },
      readJsonRpc(Array.isArray(payload) ? sent : sent[0]),
    );
    // Error answers are passed on as they are: ethers turns them into CALL_EXCEPTION etc.
    return value as JsonRpcResult[];
  }

  /**
   * A reverted eth_call as ethers reports it (`data`: the revert data it digs out of the
   * node's error, lowercased; `info`: that error and the request), minus what ethers adds
   * and nobody here reads: its message, built by decoding the revert data (an ABI decode
   * and checksums per call). Revert data is read from `data` or `info` (adapter.ts,
   * revertDataOf) and decoded by decode-revert.ts. Other errors, and data ethers would
   * refuse (odd length), still go through ethers.
   */
  override getRpcError(payload: JsonRpcPayload, error: JsonRpcError): Error {
    const data = payload.method === 'eth_call' ? revertDataIn(error.error) : undefined;
    if (data === undefined || (data !== null && data.length % 2 === 1)) return super.getRpcError(payload, error);
    return Object.assign(new Error(data === null ? 'missing revert data' : 'execution reverted'), { code: 'CALL_EXCEPTION', data: data?.toLowerCase() ?? null, info: { error: error.error, payload } });
  }
}

/**
 * The revert data in a node's error, found where ethers finds it (its spelunkData): the
 * first object, depth first, whose message mentions a revert and whose `data` is hex,
 * looking into JSON held in strings too. Null when there is none.
 */
function revertDataIn(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const o = value as { message?: unknown; data?: unknown };
  if (typeof o.message === 'string' && /revert/i.test(o.message) && typeof o.data === 'string' && /^0x[0-9a-fA-F]*$/.test(o.data)) return o.data;
  if (typeof value === 'object') {
    for (const key in value) {
      const found = revertDataIn((value as Record<string, unknown>)[key]);
      if (found !== null) return found;
    }
    return null;
  }
  if (typeof value === 'string') {
    try {
      return revertDataIn(JSON.parse(value));
    } catch {
      return null;
    }
  }
  return null;
}

/**
 * JSON-RPC to one EVM network over its configured endpoints (chains/upstream). `send`
 * fails over per call; `on(endpoint)` pins calls to one node, for lookups whose answers
 * must agree with each other (a receipt and the head it is counted against). A node's
 * own answer (a revert, "invalid params") is never retried elsewhere.
 */
export class EvmRpc implements EvmSender {
  readonly upstream: Upstream;
  private readonly providers: UpstreamJsonRpcProvider[];

  constructor(urls: string[], opts: EvmRpcOptions) {
    const network = EthersNetwork.from(opts.chainId);
    const settings = opts.upstream;
    this.upstream = new Upstream({
      network: opts.network,
      urls,
      policy: policyFor(opts.timeoutMs, settings),
      progressTolerance: opts.lagToleranceBlocks,
      metrics: settings?.metrics,
      onEvent: settings?.onEvent,
    });
    this.providers = this.upstream.endpoints.map((e) => new UpstreamJsonRpcProvider(this.upstream, e, network, settings?.batching ?? true));
  }

  get endpoints(): string[] {
    return this.upstream.hosts;
  }

  on(endpoint: Endpoint): EvmSender {
    const provider = this.providers[endpoint.index];
    return { send: (method, params) => provider.send(method, params) };
  }

  send<T = any>(method: string, params: unknown[]): Promise<T> {
    return this.upstream.run((endpoint) => this.providers[endpoint.index].send(method, params));
  }

  destroy(): void {
    for (const provider of this.providers) provider.destroy();
  }
}
