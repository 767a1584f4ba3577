import type { CodeSpec } from '../types.ts';

/**
 * TRON-specific codes. TRON's REVERT reuses the common TX_REVERTED (same meaning, same
 * reply); confirmations, tokens sent to the token contract and fake tokens use the
 * common codes too. USDT_BLACKLISTED is not TRON-only in principle (Tether freezes on
 * every chain) but only the TRON adapter reads the blacklist today.
 */
export const tronCodes = {
  TRON_PENDING: { category: 'delay', severity: 'low', summary: 'Broadcast but not yet in a block (TRON packs blocks every 3 s), or expired unprocessed.' },
  TRON_OUT_OF_ENERGY: {
    category: 'failure',
    severity: 'medium',
    summary: 'A contract call (e.g. a USDT transfer) ran out of energy: the account had too little staked energy and TRX; the TRX burned is lost, the tokens did not move.',
  },
  TRON_FEE_LIMIT_TOO_LOW: {
    category: 'failure',
    severity: 'medium',
    summary: "Ran out of energy at the transaction's fee limit, not for lack of TRX: resend with a higher fee limit.",
  },
  TRON_OUT_OF_TIME: { category: 'failure', severity: 'medium', summary: 'The contract call exceeded the TRON VM time limit; energy up to the whole fee limit was charged.' },
  TRON_CONTRACT_FAILED: { category: 'failure', severity: 'medium', summary: 'The contract call failed in the TRON VM for another reason (invalid instruction, failed inner transfer…); only the fee was spent.' },
  TRON_HIGH_FEE_ENERGY_BURN: {
    category: 'ok',
    severity: 'low',
    summary: 'Succeeded, but TRX was burned for energy (no or too little staked/rented energy, dynamic-energy penalty, first USDT to an empty address).',
  },
  TRON_ACCOUNT_ACTIVATION_FEE: { category: 'ok', severity: 'low', summary: 'The transfer created the recipient account: a one-time activation fee (1 TRX + 0.1 TRX) was charged on top.' },
  USDT_BLACKLISTED: {
    category: 'suspicious',
    severity: 'high',
    warnScams: true,
    summary: "The USDT sender or recipient is on Tether's blacklist: its USDT is frozen and only Tether can release it.",
  },
  TRON_PERMISSION_CHANGED: {
    category: 'suspicious',
    severity: 'critical',
    warnScams: true,
    summary: "The account's owner/active permission was given to another key (a common TRON theft): that key now controls the funds.",
  },
} as const satisfies Record<string, CodeSpec>;
