import type { Amount } from '../types.ts';

/**
 * TRON-specific facts carried on TxFacts.tron (filled in by chains/tron/adapter.ts).
 * Every finding a TRON rule can emit must be decidable from these plus the shared
 * TxFacts, by a pure function: amounts are strings of integers (sun / token units) or
 * Amounts, never floats; anything the node did not tell us is null, never a guess.
 */
export interface TronTxDetails {
  /** Contract type of the transaction: "TransferContract", "TriggerSmartContract", … */
  contractType: string;
  /**
   * `ret[0].contractRet` / `receipt.result`: "SUCCESS", "REVERT", "OUT_OF_ENERGY",
   * "OUT_OF_TIME", … (see chains/tron/results.ts). Null while pending.
   */
  contractResult: string | null;
  /** `resMessage` decoded to text ("REVERT opcode executed", "Not enough energy for 'SSTORE'…"). */
  resMessage: string | null;
  /** A decoded TRC-20 call (TriggerSmartContract only). */
  call: TronTokenCall | null;
  /** TRX sent along with a contract call (`call_value`), sun. */
  callValueSun: string;
  /** Transaction fee limit (`raw_data.fee_limit`), sun; null when the transaction sets none. */
  feeLimitSun: string | null;
  /** What the transaction consumed and burned. Null while pending. */
  resources: TronResources | null;
  /**
   * Contract execution stopped because the fee limit capped the energy (not because the
   * account ran out of TRX). Only meaningful for OUT_OF_ENERGY / OUT_OF_TIME.
   */
  feeLimitReached: boolean;
  /** Irreversible: the block is at or below the node's latest solidified block. */
  solidified: boolean;
  /** The node's latest solidified block number at lookup time. */
  solidifiedBlock: number | null;
  /**
   * The transfer created (activated) the recipient's account, which costs a fixed
   * account-creation fee on top of bandwidth (chains/tron/fees.ts).
   */
  accountActivation: TronAccountActivation | null;
  /** Part of `fee` not explained by energy or bandwidth (activation, permission update, memo, multi-sig fees), sun. */
  otherFeeSun: string;
  /** TRC-10 transfer (TransferAssetContract): the asset, as the chain describes it. */
  trc10: TronTrc10Asset | null;
  /** Blacklist status read from the USDT contract (`isBlackListed(address)`) when the transaction involves USDT. */
  usdtBlacklist: TronBlacklistCheck | null;
  /** A TRC-20 transfer call whose recipient is the token contract itself (even if it failed). */
  sentToTokenContract: boolean;
  /** AccountPermissionUpdateContract: who controls the account afterwards. */
  permissionUpdate: TronPermissionUpdate | null;
  /** Stake 2.0 resource operations (freeze, unfreeze, delegate, undelegate). */
  resourceOperation: TronResourceOperation | null;
  /** Memo (`raw_data.data`) as text, if any. */
  memo: string | null;
  /** Number of signatures (more than one: a multi-signature transaction). */
  signatureCount: number;
  /** Permission id the transaction was signed under (0 owner, 2+ active). */
  permissionId: number;
  /** Transaction creation and expiration time (seconds), from raw_data. */
  createdAt: number | null;
  expiresAt: number | null;
}

export interface TronTokenCall {
  /** "transfer" | "transferFrom" | "approve", or the 4-byte selector when not recognised. */
  method: string;
  selector: string;
  /** Token contract (base58). */
  token: string;
  /** transferFrom: the account debited. */
  from?: string;
  /** transfer/transferFrom: recipient; approve: spender. */
  to?: string;
  /** Integer token units, as the call asked. */
  amountRaw?: string;
}

export interface TronResources {
  /** Energy consumed in total (`energy_usage_total`), dynamic-energy penalty included. */
  energyUsageTotal: number;
  /** Energy from the caller's stake or delegated/rented energy (`energy_usage`). */
  energyFromStake: number;
  /** Energy paid by the contract's deployer (`origin_energy_usage`). */
  energyFromContractOwner: number;
  /** Energy paid by burning the caller's TRX (total − stake − owner). */
  energyBurned: number;
  /** Extra energy charged by the dynamic energy model for busy contracts (`energy_penalty_total`). */
  energyPenalty: number;
  /** TRX burned for energy (`energy_fee`). */
  energyFee: Amount;
  /** Sun per energy unit this transaction paid, when it burned any. */
  energyPriceSun: number | null;
  /** Bandwidth used from the free allowance or stake (`net_usage`). */
  bandwidthUsed: number;
  /** TRX burned for bandwidth (`net_fee`). */
  bandwidthFee: Amount;
}

export interface TronAccountActivation {
  /** The account that was created (base58). */
  account: string;
  /** Account-creation fee charged: the fixed fee plus the 0.1 TRX creation bandwidth fee when burned. */
  fee: Amount;
}

export interface TronTrc10Asset {
  /** Numeric asset id, e.g. "1002000" (the `asset_name` field carries it, hex-encoded). */
  id: string;
  /** Name and abbreviation as issued (anyone can issue a TRC-10 called "Tether USD"/"USDT"). */
  name: string | null;
  abbr: string | null;
  precision: number | null;
  /** Issuer account (base58), when the asset was found. */
  issuer: string | null;
}

export interface TronBlacklistCheck {
  /** The token contract asked (base58). */
  token: string;
  symbol: string;
  /** Per checked address: true blacklisted, false not, null the call failed (unknown). */
  sender: boolean | null;
  /** Recipients checked (intended recipient and Transfer log recipients). */
  recipients: { address: string; blacklisted: boolean | null }[];
}

export interface TronPermissionKey {
  address: string;
  weight: number;
}

export interface TronPermission {
  name: string | null;
  id: number;
  threshold: number;
  keys: TronPermissionKey[];
  /** Active permissions: hex bitmap of the contract types allowed. */
  operations?: string;
}

export interface TronPermissionUpdate {
  /** The account whose permissions changed (base58). */
  account: string;
  owner: TronPermission | null;
  witness: TronPermission | null;
  actives: TronPermission[];
  /**
   * Addresses other than the account itself that can now sign as owner or active
   * (alone or together). Non-empty after a typical "multi-signature" theft.
   */
  foreignSigners: string[];
  /** The account's own key alone no longer reaches the owner threshold: it has lost control. */
  ownerControlLost: boolean;
}

export interface TronResourceOperation {
  kind: 'freeze' | 'unfreeze' | 'delegate' | 'undelegate' | 'withdraw-unfrozen' | 'cancel-unfreeze';
  resource: 'ENERGY' | 'BANDWIDTH' | 'TRON_POWER' | null;
  amount: Amount | null;
  /** Delegation counterpart (base58). */
  receiver: string | null;
}
