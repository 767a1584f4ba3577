import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { Wallet, id } from 'ethers';

const require = createRequire(import.meta.url);

/** Minimal EIP-1193 surface of hardhat's in-process node (EDR). */
export interface Eip1193 {
  request(args: { method: string; params?: unknown[] }): Promise<unknown>;
}

export interface Devnet {
  chainId: number;
  url: string;
  provider: Eip1193;
  /** Funded accounts with their private keys (deterministic across runs). */
  wallets: Wallet[];
  rpc<T = any>(method: string, params?: unknown[]): Promise<T>;
  close(): Promise<void>;
}

let edrContext: Promise<unknown> | undefined;

/** Deterministic demo keys: the same addresses on every run and every chain. */
export function devnetWallet(index: number): Wallet {
  return new Wallet(id(`txtriage devnet account ${index}`));
}

/**
 * A real local EVM node: hardhat 2's EDR provider in this process, served over HTTP
 * JSON-RPC on 127.0.0.1. Transactions are really signed, mined, reverted or left pending.
 */
export async function startDevnet(opts: { chainId: number; port?: number; accounts?: number; hardfork?: 'cancun' | 'prague' }): Promise<Devnet> {
  const { createHardhatNetworkProvider, getGlobalEdrContext } = require('hardhat/internal/hardhat-network/provider/provider');
  // hardhat creates its global EDR context lazily and registers the chain type after an
  // await: a second node started meanwhile fails ("Provider for provided chain type does
  // not exist"). Let the first registration finish before any node is created.
  edrContext ??= getGlobalEdrContext();
  await edrContext;
  const { JsonRpcServer } = require('hardhat/internal/hardhat-network/jsonrpc/server');
  const wallets = Array.from({ length: opts.accounts ?? 40 }, (_, i) => devnetWallet(i));
  const provider: Eip1193 = await createHardhatNetworkProvider(
    {
      // Prague (EIP-7702 set-code transactions) only where a test needs it: the rest stays on the long-tested Cancun.
      hardfork: opts.hardfork ?? 'cancun',
      chainId: opts.chainId,
      networkId: opts.chainId,
      blockGasLimit: 30_000_000,
      minGasPrice: 0n,
      automine: true,
      intervalMining: 0,
      mempoolOrder: 'priority',
      chains: new Map(),
      genesisAccounts: wallets.map((w) => ({ privateKey: w.privateKey, balance: 10n ** 24n })),
      allowUnlimitedContractSize: false,
      throwOnTransactionFailures: false,
      // Like geth: a reverted eth_call is a JSON-RPC error carrying the revert data.
      throwOnCallFailures: true,
      allowBlocksWithSameTimestamp: false,
      initialBaseFeePerGas: 1_000_000_000,
      enableTransientStorage: false,
      enableRip7212: false,
    },
    { enabled: false, printLineFn: () => {}, replaceLastLineFn: () => {} },
  );
  const server = new JsonRpcServer({ hostname: '127.0.0.1', port: opts.port ?? 0, provider });
  const { address, port } = await server.listen();
  return {
    chainId: opts.chainId,
    url: `http://${address}:${port}`,
    provider,
    wallets,
    rpc: (method, params = []) => provider.request({ method, params }) as Promise<any>,
    close: () => server.close(),
  };
}
