/** TRON-specific facts carried on TxFacts.tron (filled in by chains/tron/adapter.ts). */
export interface TronTxDetails {
  /** Contract type of the transaction, e.g. "TransferContract", "TriggerSmartContract". */
  contractType: string;
}
