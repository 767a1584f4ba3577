/** Solana-specific facts carried on TxFacts.solana (filled in by chains/solana/adapter.ts). */
export interface SolanaTxDetails {
  /** processed | confirmed | finalized */
  commitment: string;
}
