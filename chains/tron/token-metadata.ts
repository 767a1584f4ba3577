import { decodeStringOrBytes32 } from '../evm/erc20.ts';
import { findWellKnownToken } from '../token-symbols.ts';
import type { Network } from '../types.ts';
import type { TronNode } from './client.ts';

/** What a TRC-20 calls itself; for transaction lookups and address histories alike. */
export interface TronTokenMeta {
  symbol: string;
  name: string;
  decimals: number;
}

export const UNKNOWN_TRON_TOKEN: TronTokenMeta = { symbol: '?', name: 'unknown token', decimals: 0 };

/**
 * Metadata of TRC-20 contracts: the network's well-known tokens from data, others from
 * their `symbol()`, `name()`, `decimals()` views (in parallel). A token that answers
 * nothing is still shown, honestly labelled "?", in raw units.
 */
export async function readTronTokenMetas(node: TronNode, network: Network, addresses: string[]): Promise<Map<string, TronTokenMeta>> {
  const metas = new Map<string, TronTokenMeta>();
  await Promise.all(
    addresses.map(async (address) => {
      const known = findWellKnownToken(network, address);
      if (known) return void metas.set(address, known);
      const [symbol, name, decimals] = await Promise.all(['symbol()', 'name()', 'decimals()'].map((fn) => node.constantCall(address, fn).catch(() => null)));
      metas.set(address, {
        symbol: (symbol && decodeStringOrBytes32(`0x${symbol}`)) || UNKNOWN_TRON_TOKEN.symbol,
        name: (name && decodeStringOrBytes32(`0x${name}`)) || UNKNOWN_TRON_TOKEN.name,
        decimals: decimals && decimals.length >= 2 ? Number(BigInt(`0x${decimals}`) & 0xffn) : 0,
      });
    }),
  );
  return metas;
}
