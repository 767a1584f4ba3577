import type { Explorer, Network, Token } from '../types.ts';

/**
 * TRON networks as plain data (see chains/evm/networks.ts for the shape and habits).
 *
 * Confirmations: TRON blocks come every 3 s from 27 Super Representatives; a block is
 * *solidified* (irreversible) once 2/3 of them + 1 = 19 have built on it, i.e. after
 * 19 confirmations, about a minute. Exchanges credit TRON deposits on solidification, so
 * 19 is the number to quote. The adapter does not infer finality from the count: it
 * compares the block with the node's latest solidified block (`/walletsolidity/getnowblock`).
 * Source: TRON docs, DPoS, "The confirmed block principle"
 * (https://tronprotocol.github.io/documentation-en/mechanism-algorithm/dpos/): "approved by
 * more than 2/3 of the 27 super representatives (27 * 2/3 = 18, i.e. a minimum of 19)".
 *
 * Token addresses: Tether's and Circle's TRC-20 contracts (as listed on tronscan.org).
 * Circle stopped issuing USDC on TRON in 2024; the contract still exists and is listed so
 * that look-alikes are recognised.
 */

/**
 * Health thresholds (chains/health, docs/networks.md): 3 s blocks from 27 SRs in turn, so a
 * missed slot makes one 6 s gap; 4 block intervals without a block is late, 20 (a minute)
 * is a halt. Solidification normally trails the head by 19–20 blocks (see above); more than
 * 40 means finality is lagging. TRON has no fee market (energy and bandwidth prices are
 * chain parameters set by SR votes), so it is never `busy` from fees. A poll reads the head
 * and the solidified head (two requests) every 6 s: one request per block interval.
 */
const tronHealth = { pollSeconds: 6, slowAfterBlocks: 4, slowIntervalFactor: 2, stalledAfterBlocks: 20, finalityLagBlocks: 40 };

const tronscan = (origin: string): Explorer => ({
  name: 'Tronscan',
  tx: `${origin}/#/transaction/{hash}`,
  address: `${origin}/#/address/{address}`,
});

export const tron: Network = {
  id: 'tron',
  family: 'tron',
  name: { en: 'TRON', zh: '波场' },
  aliases: ['tron', 'trx', 'trc20', 'trc-20', 'trc10', 'trc-10', 'tron network', '波场', '波场链', 'trc20网络', '波场网络', 'trx链', 'tron链'],
  nativeToken: { symbol: 'TRX', name: 'TRON', decimals: 6 },
  explorers: [tronscan('https://tronscan.org')],
  confirmations: 19,
  blockTimeSeconds: 3,
  tokens: [
    { symbol: 'USDT', name: 'Tether USD', address: 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', decimals: 6, stablecoin: true },
    { symbol: 'USDC', name: 'USD Coin', address: 'TEkxiTehnzSmSe2XqrBj4w32RUN966rdz8', decimals: 6, stablecoin: true },
  ] satisfies Token[],
  defaultRpcUrls: ['https://api.trongrid.io'],
  // ~15k USD at 0.3 USD/TRX, in line with the EVM networks' thresholds.
  largeNativeAmount: 50_000,
  health: tronHealth,
};

/**
 * Nile, TRON's public testnet. Its "USDT" is the test token most Nile faucets and SDK
 * examples use (tronprotocol/system-test uses the same address).
 */
export const tronNile: Network = {
  id: 'tron-nile',
  family: 'tron',
  name: { en: 'TRON Nile testnet', zh: '波场 Nile 测试网' },
  aliases: ['nile', 'tron nile', 'nile testnet', '波场测试网', 'nile测试网'],
  nativeToken: { symbol: 'TRX', name: 'TRON', decimals: 6 },
  explorers: [tronscan('https://nile.tronscan.org')],
  confirmations: 19,
  blockTimeSeconds: 3,
  tokens: [{ symbol: 'USDT', name: 'Tether USD', address: 'TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf', decimals: 6, stablecoin: true }],
  defaultRpcUrls: ['https://nile.trongrid.io'],
  largeNativeAmount: 50_000,
  health: tronHealth,
  testnet: true,
};

export const tronNetworks: readonly Network[] = [tron, tronNile];
