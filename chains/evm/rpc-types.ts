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
  blockNumber: string | null;
  blockHash: string | null;
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
  status: string;
  blockNumber: string;
  gasUsed: string;
  effectiveGasPrice?: string;
  /** OP-stack chains: the L1 data fee. */
  l1Fee?: string;
  logs: RpcLog[];
  contractAddress?: string | null;
}

export interface RpcBlock {
  number: string;
  timestamp: string;
  baseFeePerGas?: string;
  transactions: (string | RpcTransaction)[];
}
