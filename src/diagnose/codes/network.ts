import type { CodeSpec } from '../types.ts';

/** Codes about the network itself (chains/health), not the user's transaction. */
export const networkCodes = {
  NETWORK_STALLED: { category: 'delay', severity: 'high', summary: 'The network has produced no block for many block intervals (a halt): nothing confirms until it resumes; not the user\'s doing.' },
  NETWORK_SLOW: { category: 'delay', severity: 'medium', summary: 'Blocks (or finality) on the network come later than usual right now, so confirmations take longer; not the user\'s doing.' },
  NETWORK_CONGESTED: { category: 'delay', severity: 'medium', summary: 'The network is busy (full blocks, fees well above their recent level): pending transactions wait longer; not the user\'s doing.' },
  TX_PENDING_FEE_UNCOMPETITIVE: { category: 'delay', severity: 'medium', summary: 'Pending with a valid fee that is below what most recent blocks accepted: expect hours unless fees fall, or speed it up.' },
} as const satisfies Record<string, CodeSpec>;
