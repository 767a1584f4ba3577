/**
 * What every chain family shares: networks as plain data, the normalized Facts an
 * adapter returns, and the adapter interface. Diagnosis only ever sees these types.
 */

import type { HealthProbe, HealthThresholds } from './health/types.ts';
import type { SolanaTxDetails } from './solana/facts.ts';
import type { TronTxDetails } from './tron/facts.ts';

export type Family = 'evm' | 'tron' | 'solana';
export type Lang = 'en' | 'zh';

export interface Token {
  symbol: string;
  name: string;
  /** Contract address (EVM checksummed, TRON base58, Solana mint). */
  address: string;
  decimals: number;
  /** Stablecoins count at face value when judging "large sums". */
  stablecoin?: boolean;
}

export interface Explorer {
  name: string;
  /** Templates with {hash} / {address}. The host is also how pasted links are recognised. */
  tx: string;
  address: string;
}

export interface Network {
  /** Stable id used in the API and in env names (RPC_<ID uppercased>). */
  id: string;
  family: Family;
  /** EVM chain id; absent for non-EVM families. */
  chainId?: number;
  name: Record<Lang, string>;
  /**
   * Words users write for this network, lowercased (zh and en): "bsc", "bep20", "币安链".
   * Token standards are listed too because users name a network by them ("ERC20").
   */
  aliases: string[];
  nativeToken: { symbol: string; name: string; decimals: number };
  explorers: Explorer[];
  /** Confirmations a typical exchange waits for before crediting a deposit. */
  confirmations: number;
  /** Average seconds per block, to turn confirmations into a wait the user understands. */
  blockTimeSeconds: number;
  /** Well-known tokens; a token with the same symbol but another address is an impostor. */
  tokens: Token[];
  /** Public endpoints used in live mode when RPC_<ID> is not set. */
  defaultRpcUrls: string[];
  /** A native amount at or above this is a "large sum" (raises priority). */
  largeNativeAmount: number;
  testnet?: boolean;
  /**
   * Seconds after which a transaction that never landed can no longer be included, so
   * "not found" means "expired, safe to send again" (Solana: its blockhash is too old).
   * Absent where an unconfirmed transaction can wait indefinitely (EVM mempools).
   */
  unconfirmedExpirySeconds?: number;
  /** True for the local demo chains that `npm start` runs: their data is not real. */
  demo?: boolean;
  /** When the network counts as busy, slow or stalled (chains/health; defaults in chains/health/assess.ts). */
  health?: Partial<HealthThresholds>;
}

/** An amount as it appears on chain, plus the form people read. */
export interface Amount {
  /** Integer in the smallest unit (wei, sun, lamports), as a decimal string. */
  raw: string;
  decimals: number;
  symbol: string;
  /** Human form, e.g. "100.5" (no unit). */
  formatted: string;
}

export interface TokenTransfer {
  /** Token contract / mint. */
  token: string;
  symbol: string;
  name: string;
  decimals: number;
  from: string;
  to: string;
  amount: Amount;
  /** This is the network's well-known token of that symbol. */
  wellKnown: boolean;
  /** Set when the symbol copies a well-known token's symbol but the contract differs. */
  impersonates?: string;
}

export type DecodedError =
  | { type: 'error-string'; message: string }
  | { type: 'panic'; code: number; meaning: string }
  | { type: 'custom'; name: string; signature: string; args: string[]; meaning?: string }
  | { type: 'unknown'; data: string };

export interface Failure {
  kind: 'revert' | 'out_of_gas' | 'out_of_energy' | 'out_of_time' | 'instruction_error' | 'unknown';
  /** Decoded reason, when the chain tells us one. */
  decoded?: DecodedError;
  /** Index of the failing instruction (Solana). */
  instructionIndex?: number;
  /** Raw error text as the chain gave it (for agents). */
  raw?: string;
  /** The kind is inferred, not stated by the chain (e.g. out of gas from gas used near the limit). */
  probable?: boolean;
  /** The inner call that failed, when a call trace was available (EVM `debug_traceTransaction`). */
  innerCall?: {
    /** The contract called. */
    to: string;
    /** Call depth (1 = called by the transaction's target). */
    depth: number;
    outOfGas: boolean;
    decoded?: DecodedError;
  };
}

export type TxStatus = 'pending' | 'success' | 'failed' | 'replaced' | 'dropped';

/** What the sender meant to move, decoded from the call data (even if it never moved). */
export interface IntendedTransfer {
  token: string;
  symbol: string;
  decimals: number;
  to: string;
  amount: Amount;
  wellKnown: boolean;
}

export interface EvmTxDetails {
  chainId: number;
  nonce: number;
  gasLimit: string;
  gasUsed: string | null;
  /** Effective price for mined txs, offered price for pending legacy txs (wei). */
  gasPrice: string | null;
  maxFeePerGas: string | null;
  maxPriorityFeePerGas: string | null;
  /** Base fee of the latest block, for pending txs. */
  baseFeeNow: string | null;
  /** The sender's mined nonce ("latest") and pool nonce ("pending"). */
  senderNonceLatest: number | null;
  senderNoncePending: number | null;
  /** The tx's `to` has code (a contract). */
  recipientIsContract: boolean | null;
  /** The recipient of a token transfer is a contract (token transfers only). */
  tokenRecipientIsContract: boolean | null;
  /** Hash of the tx that used this tx's nonce instead (replaced). */
  replacedBy?: string;
  /** Decoded method of the call ("transfer", "approve", …), if recognised. */
  method?: string;
  /**
   * EIP-7702 authorizations a set-code transaction (type 0x4) carried, in list order.
   * Absent for other types. Each one only took effect if its chain id and nonce fitted
   * the signer's account at that moment, which the transaction alone does not say.
   */
  delegations?: EvmDelegation[];
  /** The delegate named by the code of the tx's `to` (an EIP-7702 designator), null when its code is no delegation. */
  recipientDelegatesTo?: string | null;
}

/** One EIP-7702 authorization: `authority` lets its account run `delegate`'s code. */
export interface EvmDelegation {
  /** Recovered from the authorization's own signature; null when it does not recover (then the node ignored it too). */
  authority: string | null;
  delegate: string;
  /** 0 = valid on every chain. */
  chainId: number;
  nonce: number;
}

export interface TxFacts {
  family: Family;
  network: string;
  hash: string;
  status: TxStatus;
  from: string;
  to: string | null;
  /** Native value sent. */
  value: Amount;
  tokenTransfers: TokenTransfer[];
  intendedTransfer: IntendedTransfer | null;
  fee: Amount | null;
  block: { number: number; timestamp: number | null } | null;
  confirmations: number | null;
  confirmationsRequired: number;
  /** Irreversible: enough confirmations / solidified / finalized. */
  final: boolean;
  explorerUrl: string;
  failure: Failure | null;
  /** When we first saw it pending (seconds), for "how long has it waited". */
  firstSeenPending?: number;
  /**
   * Spending permissions this transaction granted (ERC-20 approve / increaseAllowance,
   * Permit2, setApprovalForAll, TRC-20 approve, SPL approve). Absent when the adapter
   * does not read them; empty when there were none. Revocations (approve 0) are left out.
   */
  approvals?: TxApproval[];
  evm?: EvmTxDetails;
  tron?: TronTxDetails;
  solana?: SolanaTxDetails;
}

/** One allowance granted by a transaction: who may now spend whose tokens, and how much. */
export interface TxApproval {
  kind: ApprovalFacts['kind'];
  /** Whose tokens: normally the sender, but a Permit2 permit can be submitted by anyone holding the signature. */
  owner: string;
  token: string;
  symbol: string;
  spender: string;
  /** Amount approved; `unlimited` for max-uint style approvals and setApprovalForAll(true). */
  approved: Amount | 'unlimited';
  /** The spender has code (a contract); false: a plain wallet; null: not known. */
  spenderIsContract: boolean | null;
  spenderLabel?: Label;
}

export interface UpstreamFailure {
  code: string;
  message: string;
}

/** One network's answer to "do you have this transaction?". */
export type TxLookup =
  | { network: Network; outcome: 'found'; facts: TxFacts }
  | { network: Network; outcome: 'not_found' }
  | { network: Network; outcome: 'error'; error: UpstreamFailure };

/** Identifier shapes that an adapter can be asked about. */
export interface ChainAdapter {
  readonly family: Family;
  /** Networks this adapter serves (those with endpoints configured). */
  readonly networks: readonly Network[];
  /** Whether a string is a transaction id this family could hold. */
  isTxId(id: string): boolean;
  /** Canonical form for this family (EVM: 0x-prefixed lowercase). */
  normalizeTxId(id: string): string;
  lookupTx(network: Network, hash: string): Promise<TxLookup>;
  /** Whether a string is an address of this family (families that investigate addresses). */
  isAddress?(value: string): boolean;
  /** Recent history of an address, bounded by `limits`, for theft investigations. */
  investigateAddress?(network: Network, address: string, limits: AddressLimits): Promise<AddressLookup>;
  /**
   * One cheap read of the network's head and fee market for the health monitor
   * (chains/health). `slowParts`: also read what changes rarely (TRON's energy and
   * bandwidth prices). Throws an upstream failure when no endpoint answers.
   */
  probeHealth?(network: Network, opts?: { slowParts?: boolean }): Promise<Omit<HealthProbe, 'at'>>;
  close?(): Promise<void>;
}

/* ───────────── Address investigations (theft, drains, scams) ───────────── */

/** A value movement into or out of the investigated address. */
export interface AddressTransfer {
  hash: string;
  /** Block number; 0 when the source gives only the time (TronGrid's TRC-20 list). */
  block: number;
  timestamp: number | null;
  direction: 'in' | 'out';
  /** Token contract / mint; absent for the native coin. */
  token?: string;
  symbol: string;
  amount: Amount;
  counterparty: string;
  /** Who sent the transaction: for an outgoing transfer, someone other than the owner means transferFrom by a spender. */
  executor?: string;
  wellKnown: boolean;
  impersonates?: string;
  /** NFTs carry their token id; amount is 1. */
  tokenId?: string;
}

export interface ApprovalFacts {
  hash: string;
  block: number;
  timestamp: number | null;
  kind: 'erc20' | 'nft-all' | 'permit2' | 'trc20' | 'spl';
  token: string;
  symbol: string;
  spender: string;
  /** Amount approved then; `unlimited` for max-uint style approvals. */
  approved: Amount | 'unlimited';
  /** What the spender may still take now (read from the chain); null if it could not be read. */
  current: Amount | 'unlimited' | 'none' | null;
  spenderIsContract: boolean | null;
}

/** Changes of who controls the account or its token accounts. */
export interface AuthorityChange {
  hash: string;
  timestamp: number | null;
  kind: 'tron-permission' | 'solana-set-authority' | 'solana-close-account' | 'solana-durable-nonce';
  /** The keys or accounts that gained control. */
  newAuthorities: string[];
  /** Human detail for agents (thresholds, which permission, which token account). */
  detail: string;
  /** Lamports/sun swept with it, if any. */
  swept?: Amount;
}

/** A hop of the trail followed from a suspicious destination. */
export interface TrailHop {
  from: string;
  to: string;
  hash: string;
  amount: Amount;
  label?: Label;
}

export interface Label {
  name: string;
  kind: 'exchange' | 'token' | 'bridge' | 'drainer' | 'scam' | 'service';
}

export interface AddressFacts {
  family: Family;
  network: string;
  address: string;
  explorerUrl: string;
  /** What was covered: say it in the answer. */
  coverage: {
    source: string;
    fromBlock: number | null;
    toBlock: number | null;
    fromTime: number | null;
    transfers: number;
    /** True when the limits cut the history short. */
    truncated: boolean;
    /** True when part of the history could not be fetched (see `gaps`). */
    incomplete: boolean;
    gaps: string[];
    notes: string[];
  };
  transfers: AddressTransfer[];
  approvals: ApprovalFacts[];
  authorityChanges: AuthorityChange[];
  /** Fresh = the address had never sent a transaction when we looked. */
  freshAddresses: string[];
  /** Trails followed from suspicious destinations, hop by hop. */
  trails: TrailHop[][];
  /** The USDT issuer has blacklisted this address. */
  blacklisted: { token: string; symbol: string } | null;
  /**
   * EVM: the contract the account's code delegates to now (EIP-7702), read at the head
   * block; absent when the account has no delegation, or when its code could not be read
   * (then `coverage.gaps` says so: unknown, never "not delegated").
   */
  delegatedTo?: string;
  /** Labels of every address in these facts that has one. */
  labels: Record<string, Label>;
}

export type AddressLookup =
  | { network: Network; outcome: 'found'; facts: AddressFacts }
  | { network: Network; outcome: 'error'; error: UpstreamFailure };

export interface AddressLimits {
  /** Newest blocks scanned at most (EVM), or newest transactions (TRON/Solana). */
  maxBlocks: number;
  /** Stop after this many transfers. */
  maxTransfers: number;
  /** Hops to follow a trail of stolen funds. */
  traceHops: number;
}

