import { JsonRpcProvider, Network as EthersNetwork, type JsonRpcPayload, type JsonRpcResult } from 'ethers';
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
