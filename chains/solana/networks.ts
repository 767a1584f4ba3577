import type { Explorer, Network, Token } from '../types.ts';

/**
 * Solana clusters as plain data (the shape of chains/evm/networks.ts).
 *
 * Token mints are the issuers' canonical SPL mints (Circle's USDC, Tether's USDT); a
 * token that calls itself USDC under another mint is an impostor. Wrapped SOL is listed
 * because swaps move it constantly and its mint is fixed by the runtime.
 *
 * Finality: Solana has no "N confirmations" habit. A transaction is `confirmed` once a
 * supermajority voted on its block and `finalized` (rooted) about 32 slots later; exchanges
 * credit at `finalized`. `confirmations` is therefore 32 slots, and the adapter marks a
 * transaction final only when the cluster reports it finalized.
 */

const solscan = (query = ''): Explorer => ({
  name: 'Solscan',
  tx: `https://solscan.io/tx/{hash}${query}`,
  address: `https://solscan.io/account/{address}${query}`,
});

// Second explorer: only used to recognise pasted links (explorers[0] is what we link to).
const solanaExplorer = (query = ''): Explorer => ({
  name: 'Solana Explorer',
  tx: `https://explorer.solana.com/tx/{hash}${query}`,
  address: `https://explorer.solana.com/address/{address}${query}`,
});

const usdc = (address: string): Token => ({ symbol: 'USDC', name: 'USD Coin', address, decimals: 6, stablecoin: true });
const usdt = (address: string): Token => ({ symbol: 'USDT', name: 'Tether USD', address, decimals: 6, stablecoin: true });
const wrappedSol: Token = { symbol: 'wSOL', name: 'Wrapped SOL', address: 'So11111111111111111111111111111111111111112', decimals: 9 };

const SOL = { symbol: 'SOL', name: 'Solana', decimals: 9 };

/**
 * A transaction that never lands expires with its blockhash: 150 blocks after the
 * blockhash it was signed with (about 60 s at 0.4 s per slot, longer when slots are
 * skipped). After this many seconds it can no longer be included and resending is safe —
 * unless it uses a durable nonce, which does not expire.
 */
const BLOCKHASH_EXPIRY_SECONDS = 90;

/**
 * Health thresholds (chains/health, docs/networks.md). Slots are 400 ms by design
 * (solana.com, "Slots"); skipped slots raise the mean, and above 0.6 s per slot
 * (getRecentPerformanceSamples) blocks are late. 25 slots (10 s) without progress is late,
 * 150 (a minute) a halt (the cluster's halts have lasted hours). Finalized trails confirmed
 * by about 32 slots; over 100 is lagging finality. Busy: the median of recent
 * prioritization fees (getRecentPrioritizationFees, micro-lamports per CU) at or above
 * 50,000 — our judgement, where priority fees go from "optional" to "needed to land".
 * One batched request (slots, samples, fees) every 4 s: one per 10 slots.
 */
const solanaHealth = { pollSeconds: 4, slowAfterBlocks: 25, slowIntervalFactor: 1.5, stalledAfterBlocks: 150, finalityLagBlocks: 100, busyPriorityFeeMicroLamports: 50_000 };

export const solana: Network = {
  id: 'solana',
  family: 'solana',
  name: { en: 'Solana', zh: 'Solana（索拉纳）' },
  aliases: ['solana', 'sol', 'spl', '索拉纳', 'sol链'],
  nativeToken: SOL,
  explorers: [solscan(), solanaExplorer()],
  confirmations: 32,
  blockTimeSeconds: 0.4,
  tokens: [usdc('EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v'), usdt('Es9vMFrzaCERmJfrF4H2FYD4KCoNkY11McCe8BenwNYB'), wrappedSol],
  defaultRpcUrls: ['https://api.mainnet-beta.solana.com'],
  largeNativeAmount: 100,
  unconfirmedExpirySeconds: BLOCKHASH_EXPIRY_SECONDS,
  health: solanaHealth,
};

export const solanaDevnet: Network = {
  id: 'solana-devnet',
  family: 'solana',
  name: { en: 'Solana Devnet', zh: 'Solana 开发网' },
  aliases: ['solana devnet', 'sol devnet', 'devnet', 'solana 开发网', 'sol测试网'],
  nativeToken: SOL,
  explorers: [solscan('?cluster=devnet'), solanaExplorer('?cluster=devnet')],
  confirmations: 32,
  blockTimeSeconds: 0.4,
  // Circle's devnet USDC mint; Tether does not issue on devnet.
  tokens: [usdc('4zMMC9srt5Ri5X14GAgXhaHii3GnPAEERYPJgZJDncDU'), wrappedSol],
  defaultRpcUrls: ['https://api.devnet.solana.com'],
  // Devnet SOL is free from faucets: no amount there is a large sum.
  largeNativeAmount: Number.MAX_SAFE_INTEGER,
  testnet: true,
  unconfirmedExpirySeconds: BLOCKHASH_EXPIRY_SECONDS,
  health: solanaHealth,
};

export const solanaNetworks: readonly Network[] = [solana, solanaDevnet];
