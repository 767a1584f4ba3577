import type { Explorer, Network, Token } from '../types.ts';

/**
 * EVM networks as plain data. Adding a network is adding an object here; nothing in
 * the adapter or the rules branches on a chain id.
 *
 * Token addresses are the issuers' canonical deployments (Tether, Circle). Confirmation
 * counts are what large exchanges typically wait for before crediting a deposit; they
 * vary by exchange, so explanations say "usually".
 */

const etherscanLike = (name: string, origin: string): Explorer => ({
  name,
  tx: `${origin}/tx/{hash}`,
  address: `${origin}/address/{address}`,
});

/**
 * Health thresholds (chains/health, docs/networks.md). Sources: EIP-1559 (blocks target half
 * full; the base fee rises up to 12.5 % per fuller block, so blocks ≥ 90 % full for a few in
 * a row, or a base fee twice the recent level, mean demand above capacity); Ethereum's 12 s
 * slots (ethereum.org, proof-of-stake) where a missed slot or two is normal and minutes
 * without a block are not. Other chains: their documented block times, with the same
 * multiples. `busyMinTipWei` keeps a jump between dust tips from counting as "busy".
 */
const gwei = (n: number) => String(BigInt(Math.round(n * 1e9)));
const evmHealth = (pollSeconds: number, slowAfterBlocks: number, stalledAfterBlocks: number, busyMinTipGwei: number) => ({
  pollSeconds,
  slowAfterBlocks,
  slowIntervalFactor: 2,
  stalledAfterBlocks,
  feeWindowBlocks: 20,
  recentBlocks: 3,
  busyGasUsedRatio: 0.9,
  busyFeeFactor: 2,
  busyMinTipWei: gwei(busyMinTipGwei),
});

const usdt = (address: string, decimals = 6): Token => ({ symbol: 'USDT', name: 'Tether USD', address, decimals, stablecoin: true });
const usdc = (address: string, decimals = 6): Token => ({ symbol: 'USDC', name: 'USD Coin', address, decimals, stablecoin: true });

export const ethereum: Network = {
  id: 'ethereum',
  family: 'evm',
  chainId: 1,
  name: { en: 'Ethereum', zh: '以太坊' },
  aliases: ['ethereum', 'eth', 'erc20', 'erc-20', 'mainnet', '以太坊', '以太', '以太链', 'eth链'],
  nativeToken: { symbol: 'ETH', name: 'Ether', decimals: 18 },
  explorers: [etherscanLike('Etherscan', 'https://etherscan.io')],
  confirmations: 12,
  blockTimeSeconds: 12,
  tokens: [usdt('0xdAC17F958D2ee523a2206206994597C13D831ec7'), usdc('0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48')],
  defaultRpcUrls: ['https://ethereum-rpc.publicnode.com'],
  largeNativeAmount: 5,
  health: evmHealth(12, 4, 10, 2),
};

export const bsc: Network = {
  id: 'bsc',
  family: 'evm',
  chainId: 56,
  name: { en: 'BNB Smart Chain', zh: '币安智能链' },
  aliases: ['bsc', 'bnb smart chain', 'bnb chain', 'bep20', 'bep-20', 'binance smart chain', '币安链', '币安智能链', 'bsc链', 'bnb链'],
  nativeToken: { symbol: 'BNB', name: 'BNB', decimals: 18 },
  explorers: [etherscanLike('BscScan', 'https://bscscan.com')],
  confirmations: 15,
  blockTimeSeconds: 1,
  tokens: [usdt('0x55d398326f99059fF775485246999027B3197955', 18), usdc('0x8AC76a51cc950d9822D68b83fE1Ad97B32Cd580d', 18)],
  defaultRpcUrls: ['https://bsc-dataseed.bnbchain.org'],
  largeNativeAmount: 20,
  health: evmHealth(3, 5, 30, 1),
};

export const polygon: Network = {
  id: 'polygon',
  family: 'evm',
  chainId: 137,
  name: { en: 'Polygon', zh: 'Polygon（马蹄链）' },
  aliases: ['polygon', 'matic', 'pol', 'polygon pos', '马蹄', '马蹄链'],
  nativeToken: { symbol: 'POL', name: 'POL', decimals: 18 },
  explorers: [etherscanLike('PolygonScan', 'https://polygonscan.com')],
  confirmations: 64,
  blockTimeSeconds: 2,
  tokens: [
    usdt('0xc2132D05D31c914a87C6611C10748AEb04B58e8F'),
    usdc('0x3c499c542cEF5E3811e1192ce70d8cC03d5c3359'),
    { symbol: 'USDC.e', name: 'USD Coin (bridged)', address: '0x2791Bca1f2de4661ED88A30C99A7a9449Aa84174', decimals: 6, stablecoin: true },
  ],
  defaultRpcUrls: ['https://polygon-rpc.com'],
  largeNativeAmount: 20000,
  health: evmHealth(4, 5, 30, 30),
};

export const arbitrum: Network = {
  id: 'arbitrum',
  family: 'evm',
  chainId: 42161,
  name: { en: 'Arbitrum One', zh: 'Arbitrum One' },
  aliases: ['arbitrum', 'arbitrum one', 'arb', 'arb1', '阿比'],
  nativeToken: { symbol: 'ETH', name: 'Ether', decimals: 18 },
  explorers: [etherscanLike('Arbiscan', 'https://arbiscan.io')],
  confirmations: 20,
  blockTimeSeconds: 0.25,
  tokens: [usdt('0xFd086bC7CD5C481DCC9C85ebE478A1C0b69FCbb9'), usdc('0xaf88d065e77c8cC2239327C5EDb3A432268e5831')],
  defaultRpcUrls: ['https://arb1.arbitrum.io/rpc'],
  largeNativeAmount: 5,
  health: { ...evmHealth(5, 40, 240, 0.01), busyGasUsedRatio: undefined },
};

export const optimism: Network = {
  id: 'optimism',
  family: 'evm',
  chainId: 10,
  name: { en: 'OP Mainnet', zh: 'Optimism' },
  aliases: ['optimism', 'op mainnet', 'op', '乐观'],
  nativeToken: { symbol: 'ETH', name: 'Ether', decimals: 18 },
  explorers: [etherscanLike('Optimistic Etherscan', 'https://optimistic.etherscan.io')],
  confirmations: 20,
  blockTimeSeconds: 2,
  tokens: [usdt('0x94b008aA00579c1307B0EF2c499aD98a8ce58e58'), usdc('0x0b2C639c533813f4Aa9D7837CAf62653d097Ff85')],
  defaultRpcUrls: ['https://mainnet.optimism.io'],
  largeNativeAmount: 5,
  health: evmHealth(4, 5, 30, 0.05),
};

export const base: Network = {
  id: 'base',
  family: 'evm',
  chainId: 8453,
  name: { en: 'Base', zh: 'Base' },
  aliases: ['base', 'base chain', 'base链'],
  nativeToken: { symbol: 'ETH', name: 'Ether', decimals: 18 },
  explorers: [etherscanLike('BaseScan', 'https://basescan.org')],
  confirmations: 20,
  blockTimeSeconds: 2,
  tokens: [usdc('0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913')],
  defaultRpcUrls: ['https://mainnet.base.org'],
  largeNativeAmount: 5,
  health: evmHealth(4, 5, 30, 0.05),
};

export const avalanche: Network = {
  id: 'avalanche',
  family: 'evm',
  chainId: 43114,
  name: { en: 'Avalanche C-Chain', zh: '雪崩 C 链' },
  aliases: ['avalanche', 'avax', 'avalanche c-chain', 'c-chain', '雪崩', '雪崩链', 'avax链'],
  nativeToken: { symbol: 'AVAX', name: 'Avalanche', decimals: 18 },
  explorers: [etherscanLike('Snowtrace', 'https://snowtrace.io')],
  confirmations: 12,
  blockTimeSeconds: 2,
  tokens: [usdt('0x9702230A8Ea53601f5cD2dc00fDBc13d4dF4A8c7'), usdc('0xB97EF9Ef8734C71904D8002F8b6Bc66Dd9c48a6E')],
  defaultRpcUrls: ['https://api.avax.network/ext/bc/C/rpc'],
  largeNativeAmount: 200,
  health: evmHealth(4, 5, 30, 1),
};

export const evmNetworks: readonly Network[] = [ethereum, bsc, polygon, arbitrum, optimism, base, avalanche];
