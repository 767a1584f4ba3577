/**
 * Raw TRON full-node HTTP API shapes (`visible=false`: addresses as "41…" hex, bytes as
 * hex, int64 as JSON numbers; zero/empty fields are omitted by the node's protobuf JSON
 * printer). Sources: tronprotocol/documentation-en docs/api/http/block-and-tx-query/
 * {gettransactionbyid,gettransactioninfobyid,getnowblock}.md and
 * docs/api/http/smart-contract/triggerconstantcontract.md.
 */

export interface WireContract {
  type: string;
  parameter: { value: Record<string, unknown>; type_url?: string };
  Permission_id?: number;
}

/** POST /wallet/gettransactionbyid (and /wallet/gettransactionfrompending). `{}` = not found. */
export interface WireTransaction {
  txID: string;
  ret?: { contractRet?: string; ret?: string; fee?: number }[];
  signature?: string[];
  raw_data: {
    contract: WireContract[];
    ref_block_bytes?: string;
    ref_block_hash?: string;
    expiration?: number;
    timestamp?: number;
    fee_limit?: number;
    data?: string;
  };
  raw_data_hex?: string;
}

export interface WireLog {
  /** 20-byte contract address, hex, no 41 prefix. */
  address: string;
  topics?: string[];
  data?: string;
}

/** POST /wallet/gettransactioninfobyid. `{}` = not in a block (yet). */
export interface WireTransactionInfo {
  id: string;
  fee?: number;
  blockNumber?: number;
  blockTimeStamp?: number;
  contractResult?: string[];
  contract_address?: string;
  receipt?: {
    energy_usage?: number;
    energy_fee?: number;
    origin_energy_usage?: number;
    energy_usage_total?: number;
    net_usage?: number;
    net_fee?: number;
    result?: string;
    energy_penalty_total?: number;
  };
  log?: WireLog[];
  result?: 'FAILED';
  resMessage?: string;
  internal_transactions?: unknown[];
  /** WithdrawExpireUnfreezeContract: TRX (sun) returned to the balance after the unstaking wait. */
  withdraw_expire_amount?: number;
}

/** GET /wallet/getnowblock, /walletsolidity/getnowblock. */
export interface WireBlock {
  blockID: string;
  block_header: {
    raw_data: { number?: number; timestamp?: number; parentHash?: string; witness_address?: string; txTrieRoot?: string; version?: number };
    witness_signature?: string;
  };
  transactions?: unknown[];
}

/** POST /wallet/triggerconstantcontract (TransactionExtention). */
export interface WireConstantResult {
  result?: { result?: boolean; code?: string; message?: string };
  constant_result?: string[];
  energy_used?: number;
  transaction?: { ret?: { ret?: string }[] };
}

/** POST /wallet/getassetissuebyid (AssetIssueContract); strings hex-encoded. */
export interface WireAssetIssue {
  id?: string;
  owner_address?: string;
  name?: string;
  abbr?: string;
  precision?: number;
}

export interface WirePermission {
  type?: string | number;
  id?: number;
  permission_name?: string;
  threshold?: number;
  operations?: string;
  keys?: { address: string; weight?: number }[];
}

/* ───────────── TronGrid v1 account history (GET /v1/accounts/{address}/…) ───────────── */

/**
 * One page of a TronGrid v1 list. `meta.fingerprint` (and `meta.links.next`, the same
 * request with it) is present only while more pages follow; the next page is the same
 * request plus `fingerprint`, every other parameter unchanged.
 * Sources: https://developers.tron.network/reference/get-transaction-info-by-account-address,
 * tronprotocol/tron-grid README ("Get Transactions By Account Address"); shapes as in
 * LedgerHQ/ledger-live libs/coin-modules/coin-tron/src/network/fixtures/fetchTronAccountTxs*.fixture.json.
 */
export interface TronGridPage<T> {
  success: boolean;
  data: T[];
  meta: { at: number; page_size: number; fingerprint?: string; links?: { next?: string } };
}

/**
 * GET /v1/accounts/{address}/transactions item: the node's transaction (`visible=false`,
 * hex addresses) plus TronGrid's block and resource fields. Internal transactions come
 * in another shape (no txID) unless `search_internal=false`.
 */
export interface TronGridTransaction extends WireTransaction {
  blockNumber?: number;
  block_timestamp?: number;
  net_usage?: number;
  net_fee?: number;
  energy_usage?: number;
  energy_fee?: number;
  energy_usage_total?: number;
  internal_transactions?: unknown[];
}

/**
 * GET /v1/accounts/{address}/transactions/trc20 item: one TRC-20 Transfer (or Approval)
 * event touching the address, base58 addresses, `value` a decimal string. No block
 * number and no sender of the transaction: only the event.
 */
export interface TronGridTrc20Event {
  transaction_id: string;
  token_info: { symbol?: string; address?: string; decimals?: number; name?: string };
  block_timestamp: number;
  from: string;
  to: string;
  type: string;
  value: string;
}
