/**
 * Raw JSON-RPC result shapes (hex quantities), per the Ethereum execution API spec
 * (https://ethereum.github.io/execution-apis/api-documentation/).
 */
export interface RpcTransaction {
  hash: string;
  from: string;
  to: string | null;
  nonce: string;
  value: string;
  input: string;
  gas: string;
  gasPrice?: string;
  maxFeePerGas?: string;
  maxPriorityFeePerGas?: string;
  /** EIP-2718 type: 0x0 legacy … 0x3 blob, 0x4 set-code (EIP-7702); 0x7e OP-stack deposit; 0x64–0x6a Arbitrum. */
  type?: string;
  blockNumber: string | null;
  blockHash: string | null;
  /** Type 0x4 only (EIP-7702). Older nodes spell the parity `v`. */
  authorizationList?: RpcAuthorization[] | null;
}

export interface RpcAuthorization {
  chainId: string;
  address: string;
  nonce: string;
  yParity?: string;
  v?: string;
  r: string;
  s: string;
}

export interface RpcLog {
  address: string;
  topics: string[];
  data: string;
  logIndex?: string;
  transactionHash?: string;
  blockNumber?: string;
}

export interface RpcReceipt {
  /** Missing (or null) before Byzantium, where receipts carried a state `root` instead. */
  status?: string | null;
  type?: string;
  blockNumber: string;
  gasUsed: string;
  effectiveGasPrice?: string;
  /** OP-stack chains: the L1 data fee. */
  l1Fee?: string;
  /** EIP-4844 blob transactions: blob gas is paid apart from execution gas. */
  blobGasUsed?: string;
  blobGasPrice?: string;
  logs: RpcLog[];
  contractAddress?: string | null;
  /** Chain-specific extras (OP-stack L1 fee parts, Arbitrum gasUsedForL1, deposit nonces, pre-Byzantium root): read only where named above. */
  [extra: string]: unknown;
}

export interface RpcBlock {
  number: string;
  timestamp: string;
  baseFeePerGas?: string;
  transactions: (string | RpcTransaction)[];
}
