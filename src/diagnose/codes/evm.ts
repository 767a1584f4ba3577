import type { CodeSpec } from '../types.ts';

/** EVM-specific codes (Ethereum, BNB Smart Chain, Polygon, Arbitrum, OP, Base, Avalanche). */
export const evmCodes = {
  TX_PENDING: { category: 'delay', severity: 'low', summary: 'Waiting in the mempool with a normal fee; it should be mined soon.' },
  TX_PENDING_FEE_TOO_LOW: { category: 'delay', severity: 'medium', summary: 'Pending: its max fee is below the current base fee, so no block will include it until fees fall.' },
  TX_PENDING_NONCE_GAP: { category: 'delay', severity: 'medium', summary: 'Pending behind an earlier transaction of the same sender that is missing or itself stuck (nonce gap).' },
  TX_REPLACED: { category: 'missing', severity: 'medium', summary: 'Its nonce was used by another mined transaction (sped up, cancelled or replaced); this one will never confirm.' },
  TX_DROPPED: { category: 'missing', severity: 'medium', summary: 'It was seen pending, then dropped from the mempool without being mined; nothing was spent.' },
  TX_OUT_OF_GAS: { category: 'failure', severity: 'medium', summary: 'Mined but ran out of gas (gas used = gas limit); only the fee was spent.' },
  SENT_TO_CONTRACT: { category: 'suspicious', severity: 'medium', summary: 'Tokens went to a smart-contract address; only its owner can move them, if at all.' },
} as const satisfies Record<string, CodeSpec>;
