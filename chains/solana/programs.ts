/**
 * Programs the adapter names or decodes. Program ids are fixed on every cluster for the
 * runtime and SPL programs; the DeFi programs are their mainnet deployments.
 */
export const SYSTEM_PROGRAM = '11111111111111111111111111111111';
export const TOKEN_PROGRAM = 'TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA';
export const TOKEN_2022_PROGRAM = 'TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb';
export const STAKE_PROGRAM = 'Stake11111111111111111111111111111111111111';
/** The wrapped-SOL mint: its token accounts hold lamports as the token balance. */
export const NATIVE_MINT = 'So11111111111111111111111111111111111111112';
export const ASSOCIATED_TOKEN_PROGRAM = 'ATokenGPvbdGVxr1b2hvZbsiqW5xWH25efTNsLJA8knL';
export const COMPUTE_BUDGET_PROGRAM = 'ComputeBudget111111111111111111111111111111';
export const MEMO_PROGRAM = 'MemoSq4gqABAXKb96qnH8TysNcWxMyWCqXgDLGmfcHr';
export const MEMO_V1_PROGRAM = 'Memo1UhkJRfHyvLMcVucJwxXeuD728EqVDDwQDxFMNo';
export const TOKEN_METADATA_PROGRAM = 'metaqbxxUerdq28cj1RbAWkYQm3ybzjb6a8bt518x1s';
export const JUPITER_V6_PROGRAM = 'JUP6LkbZbjS1jKKwapdHNy74zcZ3tLUZoi5QNyVTaV4';
export const RAYDIUM_AMM_V4_PROGRAM = '675kPX9MHTjS2zt1qfr1NYHuzeLXfQM9H24wFSUt1Mp8';
export const ORCA_WHIRLPOOL_PROGRAM = 'whirLbMiicVdio4qvUfM5KAg6Ct8VwpYzGff3uctyCc';
export const PUMP_FUN_PROGRAM = '6EF8rrecthR5Dkzon8Nwu78hRvfCKubJ14M5uBEwF6P';

export const TOKEN_PROGRAMS: readonly string[] = [TOKEN_PROGRAM, TOKEN_2022_PROGRAM];

export interface KnownProgram {
  name: string;
  /** Built with Anchor: custom codes 100–5999 are the framework's own errors. */
  anchor?: boolean;
}

export const knownPrograms: Readonly<Record<string, KnownProgram>> = {
  [SYSTEM_PROGRAM]: { name: 'System Program' },
  [TOKEN_PROGRAM]: { name: 'SPL Token' },
  [TOKEN_2022_PROGRAM]: { name: 'SPL Token-2022' },
  [ASSOCIATED_TOKEN_PROGRAM]: { name: 'Associated Token Account' },
  [STAKE_PROGRAM]: { name: 'Stake Program' },
  [COMPUTE_BUDGET_PROGRAM]: { name: 'Compute Budget' },
  [MEMO_PROGRAM]: { name: 'Memo' },
  [MEMO_V1_PROGRAM]: { name: 'Memo (v1)' },
  [TOKEN_METADATA_PROGRAM]: { name: 'Metaplex Token Metadata' },
  [JUPITER_V6_PROGRAM]: { name: 'Jupiter Aggregator v6', anchor: true },
  [RAYDIUM_AMM_V4_PROGRAM]: { name: 'Raydium AMM v4' },
  [ORCA_WHIRLPOOL_PROGRAM]: { name: 'Orca Whirlpools', anchor: true },
  [PUMP_FUN_PROGRAM]: { name: 'Pump.fun', anchor: true },
};

export function programName(programId: string): string | undefined {
  return knownPrograms[programId]?.name;
}
