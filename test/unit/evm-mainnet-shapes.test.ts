import { describe, expect, it } from 'vitest';
import { isContractCode, isDeposit, paidFeeWei, paidGasPrice, receiptOutcome } from '../../chains/evm/receipt-reading.ts';
import type { RpcTransaction } from '../../chains/evm/rpc-types.ts';
import { arbitrumReceipt, blobReceipt, delegatedAccountCode, opDepositReceipt, opDepositTx, opUserReceipt, preByzantiumReceipt } from './evm-mainnet-shapes.fixtures.ts';

/** The transaction fields a receipt is read with, where the source recorded only the receipt. */
const txWith = (fields: Partial<RpcTransaction>): RpcTransaction => ({ hash: '0x', from: '0x', to: null, nonce: '0x0', value: '0x0', input: '0x', gas: '0xffffff', blockNumber: '0x1', blockHash: '0x', ...fields });

describe('EVM receipts from mainnets the demo does not cover', () => {
  it('an OP-stack deposit cost its sender nothing, even when the receipt carries an l1Fee', () => {
    expect(isDeposit(opDepositTx, opDepositReceipt)).toBe(true);
    expect(paidFeeWei(opDepositTx, opDepositReceipt)).toBe(0n);
    expect(paidGasPrice(opDepositTx, opDepositReceipt)).toBe(0n);
    // The receipt alone says deposit too (a tx answer from another node may lack `type`).
    expect(paidFeeWei(txWith({}), opDepositReceipt)).toBe(0n);
    expect(receiptOutcome(opDepositTx, opDepositReceipt)).toEqual({ failed: false, inferred: false });
  });

  it('an OP-stack user transaction paid L2 gas plus the L1 data fee (l1FeeScalar is decimal text, never parsed)', () => {
    const tx = txWith({ type: '0x2' });
    expect(paidFeeWei(tx, opUserReceipt)).toBe(0x7628en * 0x4264a9n + 0x65426a26229fn);
  });

  it('an Arbitrum transaction paid gasUsed × effectiveGasPrice: gasUsedForL1 is already inside gasUsed', () => {
    expect(paidFeeWei(txWith({ type: '0x2' }), arbitrumReceipt)).toBe(0x1993d7n * 0x5f5e100n);
  });

  it('a blob transaction paid its blob gas on top of execution gas', () => {
    expect(paidFeeWei(txWith({ type: '0x3' }), blobReceipt)).toBe(21000n * 0xd364c1438n + 131072n * 1n);
  });

  it('a receipt without effectiveGasPrice (older nodes) is priced at the transaction gasPrice', () => {
    const { effectiveGasPrice: _, ...older } = arbitrumReceipt;
    expect(paidFeeWei(txWith({ gasPrice: '0x3b9aca00' }), older)).toBe(0x1993d7n * 1_000_000_000n);
  });

  it('a pre-Byzantium receipt (no status) ran when gas was left, and probably failed when all of it was burnt', () => {
    // The source recorded the receipt only: the gas limits below are the two cases that matter.
    expect(receiptOutcome(txWith({ gas: '0x30d40' }), preByzantiumReceipt)).toEqual({ failed: false, inferred: true });
    expect(receiptOutcome(txWith({ gas: preByzantiumReceipt.gasUsed }), preByzantiumReceipt)).toEqual({ failed: true, inferred: true });
  });

  it('an EIP-7702 delegated account is a wallet, not a contract', () => {
    expect(isContractCode(delegatedAccountCode)).toBe(false);
    expect(isContractCode('0x')).toBe(false);
    expect(isContractCode('0x6080604052')).toBe(true);
  });
});
