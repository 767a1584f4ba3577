import type { CodeSpec } from '../types.ts';

/**
 * What a transaction did beyond moving funds, and what arrived around it: permissions
 * granted, staking and resource operations, dust planted after the user's own transfers.
 * Shared by every family. A granted permission that is unlimited, to a plain wallet or to
 * a drainer keeps the address investigation's code (RISKY_APPROVAL); a zero-value
 * transferFrom batch is ADDRESS_POISONING.
 */
export const semanticsCodes = {
  APPROVAL_GRANTED: {
    category: 'ok',
    severity: 'low',
    summary: "The transaction gave an application permission to spend a limited amount of the user's tokens (or any amount to a labelled exchange or service); nothing moved yet. Unlimited or plain-wallet spenders are RISKY_APPROVAL.",
  },
  STAKING_OPERATION: {
    category: 'ok',
    severity: 'info',
    summary: 'A staking or resource operation (TRON Stake 2.0 freeze, unfreeze, delegate, reclaim, withdraw; Solana stake delegate, deactivate, withdraw): the coins are staked, lent or on their way back, not lost.',
  },
  DUSTING_TRANSFERS: {
    category: 'suspicious',
    severity: 'medium',
    summary: "Tiny or zero-value transfers, or unknown tokens, from strangers arrived right after the user's own transfers: dusting, likely address poisoning even without a close look-alike. Nothing was taken.",
  },
} as const satisfies Record<string, CodeSpec>;
