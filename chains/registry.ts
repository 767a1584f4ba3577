import type { ChainAdapter, Network } from './types.ts';

/**
 * The set of adapters this instance runs with, composed at start-up. Each network is
 * served by exactly one adapter; a duplicate is a configuration bug and throws.
 */
export class ChainRegistry {
  private readonly byNetwork = new Map<string, { network: Network; adapter: ChainAdapter }>();

  constructor(readonly adapters: readonly ChainAdapter[]) {
    for (const adapter of adapters) {
      for (const network of adapter.networks) {
        if (this.byNetwork.has(network.id)) throw new Error(`network ${network.id} is registered twice`);
        this.byNetwork.set(network.id, { network, adapter });
      }
    }
  }

  get networks(): Network[] {
    return [...this.byNetwork.values()].map((e) => e.network);
  }

  /** By id or by any alias users write ("bsc", "BEP20", "币安链"). */
  network(idOrAlias: string): Network | undefined {
    const key = idOrAlias.trim().toLowerCase();
    return this.byNetwork.get(key)?.network ?? this.networks.find((n) => n.aliases.includes(key));
  }

  adapterFor(network: Network): ChainAdapter {
    const entry = this.byNetwork.get(network.id);
    if (!entry) throw new Error(`no adapter serves ${network.id}`);
    return entry.adapter;
  }

  async close(): Promise<void> {
    await Promise.all(this.adapters.map((a) => a.close?.()));
  }
}
