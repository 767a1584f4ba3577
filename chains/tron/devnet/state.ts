import { sha256, toUtf8Bytes } from 'ethers';
import { tronActors, tronContracts } from './actors.ts';

/**
 * The demo chain's fixed state: head and solidified block, the TRC-20 contracts the
 * server answers view calls for, TRC-10 assets and accounts. Transactions live in
 * ./fixtures (one file per scenario).
 */

export const HEAD_BLOCK = 77_654_321;
/** Solidification trails the head by 19 blocks (see chains/tron/networks.ts). */
export const SOLIDIFIED_BLOCK = HEAD_BLOCK - 19;
export const BLOCK_INTERVAL_MS = 3000;
/** Head block time: 2025-11-24T15:00:00Z. */
export const HEAD_TIMESTAMP_MS = 1_763_996_400_000;

export function blockTimestamp(n: number): number {
  return HEAD_TIMESTAMP_MS - (HEAD_BLOCK - n) * BLOCK_INTERVAL_MS;
}

/** blockID: the height as 8 bytes, then 24 bytes of hash (TRON's composite block id). */
export function blockId(n: number): string {
  return n.toString(16).padStart(16, '0') + sha256(toUtf8Bytes(`txtriage tron devnet block ${n}`)).slice(2 + 16);
}

/** GET /wallet/getnowblock shape (transactions omitted: the node leaves out empty lists). */
export function blockHeader(n: number): Record<string, unknown> {
  return {
    blockID: blockId(n),
    block_header: {
      raw_data: {
        number: n,
        txTrieRoot: sha256(toUtf8Bytes(`txtriage tron devnet txroot ${n}`)).slice(2),
        witness_address: '41' + sha256(toUtf8Bytes(`txtriage tron devnet sr ${n % 27}`)).slice(2, 42),
        parentHash: blockId(n - 1),
        version: 32,
        timestamp: blockTimestamp(n),
      },
      witness_signature: sha256(toUtf8Bytes(`txtriage tron devnet sig ${n}`)).slice(2) + sha256(toUtf8Bytes(`txtriage tron devnet sig2 ${n}`)).slice(2) + '00',
    },
  };
}

export interface DemoTrc20 {
  name: string;
  symbol: string;
  decimals: number;
  /** Addresses `isBlackListed(address)` answers true for (USDT only). */
  blacklisted?: string[];
}

export const trc20Contracts: Record<string, DemoTrc20> = {
  [tronContracts.usdt]: { name: 'Tether USD', symbol: 'USDT', decimals: 6, blacklisted: [tronActors.frozenSender.address, tronActors.frozenMerchant.address] },
  [tronContracts.fakeUsdt]: { name: 'Tether USD', symbol: 'USDT', decimals: 6 },
  [tronContracts.demoToken]: { name: 'Demo Coin', symbol: 'DMC', decimals: 18 },
};

/** Contracts with code but no token views (a game, a DEX router): calls to symbol() etc. revert. */
export const otherContracts = [tronContracts.game, tronContracts.dexRouter];

export interface DemoTrc10 {
  id: string;
  name: string;
  abbr: string;
  precision: number;
  owner: string;
}

export const trc10Assets: Record<string, DemoTrc10> = {
  '1004777': { id: '1004777', name: 'Tether USD', abbr: 'USDT', precision: 6, owner: tronActors.scammer.address },
};
