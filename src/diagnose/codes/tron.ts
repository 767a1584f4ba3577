import type { CodeSpec } from '../types.ts';

/**
 * TRON-specific codes. Shared meanings use shared codes: REVERT → TX_REVERTED;
 * confirmations, tokens sent to the token contract and fake tokens → the common codes;
 * a frozen USDT sender or recipient → USDT_BLACKLISTED and a permission takeover →
 * ACCOUNT_PERMISSION_CHANGED (theft codes, also raised by address investigations).
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
} as const satisfies Record<string, CodeSpec>;
