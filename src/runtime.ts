import { randomBytes } from 'node:crypto';
import type { DemoCase } from '../chains/demo-case.ts';
import { EvmAdapter } from '../chains/evm/adapter.ts';
import { startDevnet, type Devnet } from '../chains/evm/devnet/node.ts';
import { seedEvmDemo } from '../chains/evm/devnet/seed.ts';
import { evmNetworks } from '../chains/evm/networks.ts';
import { ChainRegistry } from '../chains/registry.ts';
import { SolanaAdapter } from '../chains/solana/adapter.ts';
import { startSolanaDevnet, type SolanaDevnet } from '../chains/solana/devnet/server.ts';
import { solanaNetworks } from '../chains/solana/networks.ts';
import { TronAdapter } from '../chains/tron/adapter.ts';
import { startTronDevnet, type TronDevnet } from '../chains/tron/devnet/server.ts';
import { tronNetworks } from '../chains/tron/networks.ts';
import { LabelBook } from '../chains/labels/label-book.ts';
import { MemorySightingStore } from '../chains/sightings.ts';
import type { ChainAdapter, Network } from '../chains/types.ts';
import { RecentInvestigations, type Runtime } from './api/runtime.ts';
import type { Config } from './config.ts';
import { Investigator } from './investigate.ts';

/** Every network txtriage knows as data, served or not. */
export const knownNetworks: readonly Network[] = [...evmNetworks, ...tronNetworks, ...solanaNetworks];

export interface RunningInstance extends Runtime {
  /** Demo mode only: the local chains, so tests (and the demo) can mine or send more. */
  devnets: { evm?: { ethereum: Devnet; bsc: Devnet }; tron?: TronDevnet; solana?: SolanaDevnet };
  close(): Promise<void>;
}

/** Endpoints in live mode: RPC_<NETWORK> if set, else the network's public defaults. */
function liveEndpoints(config: Config, networks: readonly Network[]): Record<string, string[]> {
  return Object.fromEntries(networks.map((n) => [n.id, config.rpc[n.id] ?? n.defaultRpcUrls]));
}

/**
 * Assembles an instance: adapters (explicitly registered), investigator, and in demo
 * mode the local chains with their seeded cases.
 */
export async function startInstance(config: Config): Promise<RunningInstance> {
  const sightings = new MemorySightingStore();
  let labels = LabelBook.defaults();
  if (config.LABELS_FILE) labels = labels.with(LabelBook.readFile(config.LABELS_FILE));
  const transport = { timeoutMs: config.RPC_TIMEOUT_MS };
  const closers: (() => Promise<void>)[] = [];
  let adapters: ChainAdapter[];
  let demoCases: DemoCase[] = [];
  const devnets: RunningInstance['devnets'] = {};

  if (config.mode === 'demo') {
    const explorerBase = config.PUBLIC_URL ?? `http://${config.HOST}:${config.PORT}`;
    const [eth, bsc, tronDevnet, solanaDevnet] = await Promise.all([
      startDevnet({ chainId: 1 }),
      startDevnet({ chainId: 56 }),
      startTronDevnet({ explorerBase }),
      startSolanaDevnet({ explorerBase }),
    ]);
    closers.push(eth.close, bsc.close, tronDevnet.close, solanaDevnet.close);
    devnets.evm = { ethereum: eth, bsc };
    devnets.tron = tronDevnet;
    devnets.solana = solanaDevnet;
    const evm = await seedEvmDemo(eth, bsc, explorerBase);
    demoCases = [...evm.cases, ...tronDevnet.cases, ...solanaDevnet.cases];
    labels = labels.with([...evm.labels, ...tronDevnet.labels, ...solanaDevnet.labels]);
    adapters = [
      new EvmAdapter(evm.networks, { ...transport, endpoints: { ethereum: [eth.url], bsc: [bsc.url] }, sightings, labels }),
      new TronAdapter(tronDevnet.networks, { ...transport, endpoints: { tron: [tronDevnet.url] }, labels }),
      new SolanaAdapter(solanaDevnet.networks, { ...transport, endpoints: { solana: [solanaDevnet.url] }, labels }),
    ];
  } else {
    // Testnets (TRON Nile, Solana devnet) are served only when their RPC_<ID> is set: a mainnet complaint should not query them.
    const tronServed = tronNetworks.filter((n) => !n.testnet || config.rpc[n.id]);
    const solanaServed = solanaNetworks.filter((n) => !n.testnet || config.rpc[n.id]);
    adapters = [
      new EvmAdapter(evmNetworks, { ...transport, endpoints: liveEndpoints(config, evmNetworks), sightings, labels }),
      new TronAdapter(tronServed, { ...transport, endpoints: liveEndpoints(config, tronServed), apiKey: config.TRONGRID_API_KEY, labels }),
      new SolanaAdapter(solanaServed, { ...transport, endpoints: liveEndpoints(config, solanaServed), labels }),
    ];
  }

  const registry = new ChainRegistry(adapters);
  const investigator = new Investigator({ registry, knownNetworks, policy: { largeAmountUsd: config.LARGE_AMOUNT_USD },
    addressLimits: { maxBlocks: config.ADDRESS_MAX_BLOCKS, maxTransfers: config.ADDRESS_MAX_TRANSFERS, traceHops: config.ADDRESS_TRACE_HOPS },
    demo: config.mode === 'demo' });
  return {
    config,
    registry,
    investigator,
    demoCases,
    devnets,
    recent: new RecentInvestigations(),
    // Demo mode works offline with no setup: a fresh key per start, printed in the banner.
    agentKey: config.AGENT_API_KEY ?? (config.mode === 'demo' ? randomBytes(18).toString('base64url') : null),
    async close() {
      await registry.close();
      for (const close of closers) await close();
    },
  };
}
