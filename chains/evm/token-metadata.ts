import { isHexString } from 'ethers';
import { findWellKnownToken } from '../token-symbols.ts';
import type { Network } from '../types.ts';
import { callData, decodeStringOrBytes32 } from './erc20.ts';
import type { EvmRpc } from './rpc.ts';

export interface TokenMeta {
  symbol: string;
  name: string;
  decimals: number;
}

/**
 * Symbol, name and decimals per token: the network's own data for well-known tokens,
 * else the token's views, read in one batch. A token that answers nothing is still
 * shown, honestly labelled unknown.
 */
export async function readTokenMetas(rpc: EvmRpc, network: Network, tokens: string[]): Promise<Map<string, TokenMeta>> {
  const metas = new Map<string, TokenMeta>();
  await Promise.all(
    tokens.map(async (token) => {
      const known = findWellKnownToken(network, token);
      if (known) return metas.set(token, known);
      const [symbol, name, decimals] = await Promise.all(
        [callData.symbol, callData.name, callData.decimals].map((data) => rpc.send<string>('eth_call', [{ to: token, data }, 'latest']).catch(() => '0x')),
      );
      metas.set(token, {
        symbol: decodeStringOrBytes32(symbol) ?? '?',
        name: decodeStringOrBytes32(name) ?? 'unknown token',
        decimals: isHexString(decimals) && decimals !== '0x' ? Number(BigInt(decimals)) : 18,
      });
    }),
  );
  return metas;
}
