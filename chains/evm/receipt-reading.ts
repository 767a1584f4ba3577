import type { RpcReceipt, RpcTransaction } from './rpc-types.ts';

/**
 * What a mined transaction cost its sender and whether it ran, read from the shapes real
 * networks answer with, not only the one our devnet produces:
 * - OP-stack deposits (type 0x7e) are paid for on L1: nothing is charged on L2, although
 *   op-geth once reported an `l1Fee` on them (https://github.com/alloy-rs/op-alloy/issues/18).
 * - OP-stack user transactions pay an L1 data fee (`l1Fee`) on top of L2 gas.
 * - Blob transactions (EIP-4844) also pay `blobGasUsed * blobGasPrice`, burnt apart from gas.
 * - Arbitrum's `gasUsed` already includes `gasUsedForL1`: nothing to add.
 * - Nodes without `effectiveGasPrice` (older ones) priced legacy gas at the tx's `gasPrice`.
 */
export function paidFeeWei(tx: RpcTransaction, receipt: RpcReceipt): bigint {
  if (isDeposit(tx, receipt)) return 0n;
  const gas = BigInt(receipt.gasUsed) * BigInt(receipt.effectiveGasPrice ?? tx.gasPrice ?? 0);
  const l1 = receipt.l1Fee ? BigInt(receipt.l1Fee) : 0n;
  const blob = receipt.blobGasUsed && receipt.blobGasPrice ? BigInt(receipt.blobGasUsed) * BigInt(receipt.blobGasPrice) : 0n;
  return gas + l1 + blob;
}

/** The gas price the sender paid per unit of L2 gas (0 for a deposit). */
export function paidGasPrice(tx: RpcTransaction, receipt: RpcReceipt): bigint {
  if (isDeposit(tx, receipt)) return 0n;
  return BigInt(receipt.effectiveGasPrice ?? tx.gasPrice ?? 0);
}

export function isDeposit(tx: RpcTransaction, receipt: RpcReceipt): boolean {
  return Number(tx.type ?? receipt.type ?? 0) === 0x7e;
}

/**
 * Receipts since Byzantium (EIP-658, Ethereum block 4,370,000) carry `status`. Older ones
 * carry a state `root` instead. Before Byzantium there was no REVERT: every failure burnt
 * the whole gas limit, so a transaction that left gas unused certainly ran, and one that used
 * all of it most likely failed (a success that needs exactly its limit is rare).
 */
export function receiptOutcome(tx: RpcTransaction, receipt: RpcReceipt): { failed: boolean; inferred: boolean } {
  if (receipt.status !== undefined && receipt.status !== null) return { failed: Number(receipt.status) === 0, inferred: false };
  return { failed: BigInt(receipt.gasUsed) === BigInt(tx.gas), inferred: true };
}

/**
 * An EIP-7702 delegation designator (0xef0100 ‖ delegate address) is the code of an account
 * whose owner still holds its key: a wallet, not a contract funds can be stuck in.
 * https://eips.ethereum.org/EIPS/eip-7702
 */
export function isContractCode(code: string | null | undefined): boolean {
  if (!code || code === '0x') return false;
  return !/^0xef0100[0-9a-fA-F]{40}$/.test(code);
}
