import type { CodeSpec } from '../types.ts';

/**
 * Solana-specific codes (mainnet-beta, devnet). Shared meanings use shared codes: a
 * finalized transfer → TX_CONFIRMED, confirmed-not-finalized → TX_AWAITING_CONFIRMATIONS,
 * fake tokens → FAKE_TOKEN; authority changes, closed-and-swept token accounts, delegate
 * approvals and pre-signed durable-nonce transfers → the theft codes the address
 * investigations raise (TOKEN_AUTHORITY_CHANGED, ACCOUNT_CLOSED_AND_SWEPT, RISKY_APPROVAL,
 * DURABLE_NONCE_PRESIGNED).
 */
export const solanaCodes = {
  SOLANA_INSTRUCTION_FAILED: {
    category: 'failure',
    severity: 'medium',
    summary: 'One instruction failed (meta.err InstructionError), so the whole transaction was rolled back; only the fee was spent. Names the instruction, its program and the decoded error.',
  },
  SOLANA_TX_FAILED: {
    category: 'failure',
    severity: 'medium',
    summary: 'The runtime rejected the transaction as a whole (e.g. InsufficientFundsForRent: a new account would hold less than the rent-exempt minimum); only the fee was spent.',
  },
  SOLANA_PROCESSED: {
    category: 'delay',
    severity: 'low',
    summary: 'Processed by a validator but not yet confirmed by the cluster; it confirms within seconds, or is dropped if its block is skipped.',
  },
  SOLANA_SENT_TO_TOKEN_ACCOUNT: {
    category: 'missing',
    severity: 'high',
    warnScams: true,
    summary: 'A token account address was used as a wallet address: SOL landed in a token account, or tokens went to an account owned by a token account (no wallet shows them).',
  },
  SOLANA_RECIPIENT_ACCOUNT_CREATED: {
    category: 'ok',
    severity: 'info',
    summary: "The transfer created the recipient's token account and the sender paid its rent deposit (~0.002 SOL): why more SOL than the fee was spent.",
  },
} as const satisfies Record<string, CodeSpec>;
