import { readdirSync, readFileSync } from 'node:fs';

/**
 * One recorded-style scenario: what a Solana RPC node answers about one signature, in the
 * wire shape (getTransaction with encoding jsonParsed, one getSignatureStatuses entry,
 * and any extra accounts getAccountInfo / getMultipleAccounts must serve). Addresses and
 * signatures are deterministic fakes (valid base58 of 32 / 64 bytes); each file says
 * where its shape comes from in `source`.
 */
export interface SolanaFixture {
  scenario: string;
  description: string;
  source: string;
  signature: string;
  /** What the demo lists for this case. */
  demo?: { expectedCode?: string; text?: string };
  /** getSignatureStatuses' entry for this signature (null: never seen). */
  signatureStatus: RpcSignatureStatus | null;
  /** getTransaction's result with encoding jsonParsed (null: not served, e.g. only processed). */
  transaction: RpcParsedTransaction | null;
  /** Accounts to serve as given (address → getAccountInfo value, base64 data). */
  accounts?: Record<string, RpcAccount>;
}

export interface RpcSignatureStatus {
  slot: number;
  confirmations: number | null;
  err: unknown;
  confirmationStatus: 'processed' | 'confirmed' | 'finalized';
  status: unknown;
}

export interface RpcAccount {
  data: [string, 'base64'] | unknown;
  executable: boolean;
  lamports: number;
  owner: string;
  rentEpoch: number;
  space: number;
}

export interface RpcTokenBalance {
  accountIndex: number;
  mint: string;
  owner?: string;
  programId?: string;
  uiTokenAmount: { amount: string; decimals: number; uiAmount: number | null; uiAmountString: string };
}

export type RpcInstruction =
  | { parsed: unknown; program: string; programId: string; stackHeight: number | null }
  | { accounts: string[]; data: string; programId: string; stackHeight: number | null };

export interface RpcParsedTransaction {
  blockTime: number | null;
  slot: number;
  version: 'legacy' | number;
  transactionIndex?: number;
  meta: {
    err: unknown;
    fee: number;
    preBalances: number[];
    postBalances: number[];
    preTokenBalances: RpcTokenBalance[];
    postTokenBalances: RpcTokenBalance[];
    innerInstructions: { index: number; instructions: RpcInstruction[] }[];
    logMessages: string[];
    [key: string]: unknown;
  } | null;
  transaction: {
    signatures: string[];
    message: {
      accountKeys: { pubkey: string; signer: boolean; writable: boolean; source: string }[];
      instructions: RpcInstruction[];
      recentBlockhash: string;
      addressTableLookups?: unknown[];
    };
  };
}

const DIR = new URL('./fixtures/', import.meta.url);

/** All scenarios, in file order (the order the demo lists them). */
export function loadSolanaFixtures(): SolanaFixture[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(new URL(f, DIR), 'utf8')) as SolanaFixture);
}
