import type { Amount } from '../types.ts';
import type { SolanaError } from './errors.ts';

export type { SolanaError, SolanaErrorCategory } from './errors.ts';

/**
 * Solana-specific facts carried on TxFacts.solana (filled in by chains/solana/adapter.ts).
 * Every field comes from `getTransaction` (jsonParsed) and `getSignatureStatuses`; nothing
 * is read from program logs. Amounts are Amounts (lamports / token base units + decimals).
 */
export type SolanaCommitment = 'processed' | 'confirmed' | 'finalized';

export interface SolanaTxDetails {
  /** The cluster's confirmation level: processed → confirmed (supermajority voted) → finalized (rooted, irreversible). */
  commitment: SolanaCommitment;
  slot: number;
  blockTime: number | null;
  /**
   * Only the signature status is known (the transaction is `processed` and getTransaction
   * does not serve it yet): instructions, balances and fee below are empty.
   */
  statusOnly: boolean;
  /** "legacy" or a versioned message (0). */
  version: 'legacy' | number | null;
  recentBlockhash: string | null;
  feePayer: string | null;
  signers: string[];
  fee: SolanaFee | null;
  computeUnitsConsumed: number | null;
  /** Top-level and inner instructions, in execution order. */
  instructions: SolanaInstruction[];
  /** SOL balance changes per account (accounts whose balance did not change are left out). */
  solChanges: SolBalanceChange[];
  /** Token balance changes per token account, with the owner (from pre/postTokenBalances). */
  tokenChanges: TokenBalanceChange[];
  /** Parsed system transfers (top-level and inner). */
  solTransfers: SolTransfer[];
  /** Parsed spl-token transfer / transferChecked instructions (top-level and inner), with where they landed. */
  splTransfers: SplTransfer[];
  /** Accounts this transaction created (token accounts, system createAccount). */
  createdAccounts: CreatedAccount[];
  /** Owner / authority / delegate changes: what a thief changes first. */
  authorityChanges: SolanaAuthorityChange[];
  /** Stake program operations (create, delegate, deactivate, withdraw, split, merge), in order. */
  stakeActions: SolanaStakeAction[];
  /** Set when the first instruction advances a durable nonce: the transaction never expired and could have been signed long before. */
  durableNonce: DurableNonceUse | null;
  /** `meta.err` decoded; null on success. */
  error: SolanaError | null;
}

export interface SolanaFee {
  total: Amount;
  /** 5000 lamports per signature. */
  base: Amount;
  /** What the sender paid on top to be scheduled sooner (total − base). */
  priority: Amount;
  signatures: number;
  /** From ComputeBudget instructions, when present. */
  computeUnitLimit: number | null;
  /** Micro-lamports per compute unit, from ComputeBudget SetComputeUnitPrice. */
  computeUnitPriceMicroLamports: string | null;
}

export interface SolanaInstruction {
  /** Index among the top-level instructions (what InstructionError's index refers to). */
  index: number;
  /** Position inside the top-level instruction's inner (CPI) instructions; absent for top-level ones. */
  innerIndex?: number;
  programId: string;
  /** Readable program name: ours ("Jupiter Aggregator v6") or the node's parser label ("spl-token"). */
  program: string | null;
  /** Parsed instruction type ("transferChecked", "createIdempotent", "advanceNonce"), null when the node could not parse it. */
  type: string | null;
  /** The node's parsed `info`, as sent. */
  info?: Record<string, unknown>;
}

export interface SolBalanceChange {
  account: string;
  pre: Amount;
  post: Amount;
  /** Signed: negative when the account paid. */
  change: Amount;
  signer: boolean;
  feePayer: boolean;
}

export interface TokenBalanceChange {
  tokenAccount: string;
  /** Wallet (or program) that owns the token account; null when the node did not say. */
  owner: string | null;
  mint: string;
  symbol: string;
  decimals: number;
  wellKnown: boolean;
  pre: Amount;
  post: Amount;
  /** Signed. */
  change: Amount;
  /** The token account did not exist before this transaction. */
  createdInTx: boolean;
  /** The token account was closed by this transaction. */
  closedInTx: boolean;
  tokenProgram: string | null;
}

export interface SolTransfer {
  instructionIndex: number;
  inner: boolean;
  from: string;
  to: string;
  amount: Amount;
  /** The destination is a token account (SOL sent there is not a token deposit and is not shown in any wallet balance). */
  toIsTokenAccount: boolean;
  /** When it is a token account: the wallet that owns it (who can close it and get the SOL back), and the token it holds. */
  toTokenAccountOwner: string | null;
  toTokenAccountMint: string | null;
  toTokenAccountSymbol: string | null;
  /** The destination held 0 SOL before: this transfer brought the account into existence. */
  toWasEmpty: boolean;
}

export interface SplTransfer {
  instructionIndex: number;
  inner: boolean;
  type: 'transfer' | 'transferChecked';
  mint: string | null;
  amount: Amount;
  /** Token account debited, its owner, and what it held before this transaction. */
  source: string;
  sourceOwner: string | null;
  sourceBalance: Amount | null;
  /** Signer that authorised the debit (owner or delegate). */
  authority: string | null;
  /** Token account credited. Tokens always land in a token account; its owner is who can spend them. */
  destination: string;
  destinationOwner: string | null;
  /**
   * The destination's owner is itself a token account: the sender used a token account
   * address as the recipient "wallet", and nobody holds a key for the owner.
   */
  ownerIsTokenAccount: boolean;
  /** When the owner is a token account: whose token account it is (the address the sender probably meant). */
  ownerTokenAccountOwner: string | null;
  /**
   * The owner address is off the ed25519 curve (a program-derived address, e.g. an associated
   * token account): no private key exists for it, so only its program could ever sign for it.
   */
  ownerOffCurve: boolean | null;
  /** The destination is the owner's associated token account (what wallets and exchanges watch); null when unknown. */
  destinationIsAssociated: boolean | null;
  /** The destination token account was created by this transaction. */
  destinationCreated: boolean;
  /** SOL the creation cost the payer (rent deposit), when created here. */
  rentPaid: Amount | null;
}

export interface CreatedAccount {
  address: string;
  kind: 'associated-token-account' | 'token-account' | 'account';
  /** Who paid for it. */
  payer: string | null;
  /** Token accounts: the owner and mint. */
  owner: string | null;
  mint: string | null;
  /** SOL moved into the account to create it (rent-exempt deposit). */
  rentPaid: Amount;
  instructionIndex: number;
}

export interface SolanaAuthorityChange {
  instructionIndex: number;
  inner: boolean;
  /**
   * setAuthority: an SPL authority of a token account or mint changed (authorityType says which);
   * approve: a delegate may now spend up to `amount`; assign: a wallet account was handed to a program;
   * closeAccount: a token account was closed and its SOL (rent) sent to `next`.
   */
  kind: 'setAuthority' | 'approve' | 'assign' | 'closeAccount';
  /** Token account, mint or wallet account concerned. */
  account: string;
  /** accountOwner | closeAccount | mintTokens | freezeAccount (setAuthority); delegate (approve); programOwner (assign); rentDestination (closeAccount). */
  authorityType: string;
  /** Authority that signed the change (for closeAccount: the account's owner). */
  previous: string | null;
  /** New owner / delegate / program / where the closed account's SOL went; null when an authority was removed. */
  next: string | null;
  /** Approved amount (approve), or SOL swept out of the closed account (closeAccount). */
  amount?: Amount;
  /** Token accounts: the token (mint) they hold, when the transaction says. */
  mint?: string | null;
  /** setAuthority of a token account: what it held when it changed hands. */
  held?: Amount | null;
}

export interface DurableNonceUse {
  nonceAccount: string;
  nonceAuthority: string | null;
}

export interface SolanaStakeAction {
  instructionIndex: number;
  /** create: a new stake account funded (system createAccount owned by the stake program). */
  kind: 'create' | 'delegate' | 'deactivate' | 'withdraw' | 'split' | 'merge';
  stakeAccount: string;
  /** SOL put into (create, split) or taken out of (withdraw) the stake account. */
  amount: Amount | null;
  /** delegate: the validator's vote account. */
  voteAccount: string | null;
  /** withdraw: where the SOL went; split: the new stake account; merge: the account merged into. */
  destination: string | null;
  /** Stake or withdraw authority that signed. */
  authority: string | null;
}
