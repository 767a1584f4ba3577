import type { RpcReceipt, RpcTransaction } from '../../chains/evm/rpc-types.ts';

/**
 * Real JSON-RPC answers from networks and eras our devnet does not produce, as public
 * repositories recorded them (logs trimmed where noted; logsBloom dropped: never read).
 * Each names the transaction, so it can be checked on an explorer.
 */

/**
 * OP Mainnet deposit (type 0x7e), the L1-info system deposit: no signature values, gasPrice 0.
 * `cast rpc eth_getTransactionByHash 0xbc9329af… --rpc-url optimism`, recorded in
 * alloy-rs/op-alloy crates/rpc-types/src/transaction.rs (test can_deserialize_deposit).
 */
export const opDepositTx: RpcTransaction = {
  blockHash: '0x9d86bb313ebeedf4f9f82bf8a19b426be656a365648a7c089b618771311db9f9',
  blockNumber: '0x798ad0b',
  hash: '0xbc9329afac05556497441e2b3ee4c5d4da7ca0b2a4c212c212d0739e94a24df9',
  type: '0x7e',
  nonce: '0x152ea95',
  input:
    '0x440a5e200000146b000f79c50000000000000003000000006725333f000000000141e287000000000000000000000000000000000000000000000000000000012439ee7e0000000000000000000000000000000000000000000000000000000063f363e973e96e7145ff001c81b9562cba7b6104eeb12a2bc4ab9f07c27d45cd81a986620000000000000000000000006887246668a3b87f54deb3b94ba47a6f63f32985',
  gas: '0xf4240',
  from: '0xdeaddeaddeaddeaddeaddeaddeaddeaddead0001',
  to: '0x4200000000000000000000000000000000000015',
  value: '0x0',
  gasPrice: '0x0',
} as RpcTransaction;

/**
 * OP Mainnet deposit receipt that carries an `l1Fee` although deposits pay nothing on L2
 * (https://github.com/alloy-rs/op-alloy/issues/18; recorded in alloy-rs/op-alloy
 * crates/rpc-types/src/receipt.rs, test parse_rpc_receipt). Tx 0xb7c74afd…, block 0x6cfef89.
 */
export const opDepositReceipt: RpcReceipt = {
  blockNumber: '0x6cfef89',
  contractAddress: null,
  depositNonce: '0x8a2d11',
  effectiveGasPrice: '0x0',
  gasUsed: '0xfa0d',
  logs: [],
  status: '0x1',
  type: '0x7e',
  l1GasPrice: '0x3ef12787',
  l1GasUsed: '0x1177',
  l1Fee: '0x5bf1ab43d',
  l1BaseFeeScalar: '0x1',
  l1BlobBaseFee: '0x600ab8f05e64',
  l1BlobBaseFeeScalar: '0x1',
} as RpcReceipt;

/**
 * OP Mainnet user transaction (EAS attest) with the pre-Ecotone L1 fields; note
 * `l1FeeScalar` is a decimal string, not a hex quantity. Tx 0x437144950c3e31bc70e3deea02d2c87dc8ece5c3e076764fdafd2136ab701151,
 * block 0x6c9e503, from an EAS indexing guide's "expected result" (logs trimmed).
 */
export const opUserReceipt: RpcReceipt = {
  blockNumber: '0x6c9e503',
  contractAddress: null,
  effectiveGasPrice: '0x4264a9',
  gasUsed: '0x7628e',
  l1Fee: '0x65426a26229f',
  l1FeeScalar: '0.684',
  l1GasPrice: '0x46d67f742',
  l1GasUsed: '0x2170',
  logs: [],
  status: '0x1',
} as RpcReceipt;

/**
 * Arbitrum One receipt: `gasUsed` (0x1993d7) already includes `gasUsedForL1` (0x113076).
 * Tx 0x21be7a93a4531a76b1e15d14059582e6b6f9e36cbdc7a85c23667808f4c78b2c, from GetBlock's
 * docs (wetryingtodorock/getblock-docs en/rpc-service/arb/json-rpc/arbitrum_eth_getTransactionReceipt.md; logs trimmed).
 */
export const arbitrumReceipt: RpcReceipt = {
  blockNumber: '0x5259c43',
  contractAddress: null,
  effectiveGasPrice: '0x5f5e100',
  gasUsed: '0x1993d7',
  gasUsedForL1: '0x113076',
  l1BlockNumber: '0x105fbf6',
  logs: [],
  status: '0x1',
} as RpcReceipt;

/**
 * Ethereum mainnet blob transaction (type 0x3) receipt: 131072 blob gas at 1 wei on top
 * of 21000 gas. `cast rpc eth_getTransactionReceipt 0x9c1fbda4f649ac806ab0faefbe94e1a60282eb374ead6aa01bac042f52b28a8c`,
 * recorded in alloy-rs/alloy crates/rpc-types-eth/src/transaction/receipt.rs.
 */
export const blobReceipt: RpcReceipt = {
  blobGasPrice: '0x1',
  blobGasUsed: '0x20000',
  blockNumber: '0x1286d1d',
  contractAddress: null,
  effectiveGasPrice: '0xd364c1438',
  gasUsed: '0x5208',
  logs: [],
  status: '0x1',
  type: '0x3',
} as RpcReceipt;

/**
 * Ethereum mainnet receipt from before Byzantium (block 0x3c92b5 < 4,370,000): a state
 * `root` and `status: null`. Tx 0xc6fcb7d00d536e659a4559d2de29afa9e364094438fef3e72ba80728ce1cb616,
 * recorded in ethers-io/ethers.js (v5 test-formatter, pre-Byzantium receipt; logs trimmed).
 */
export const preByzantiumReceipt: RpcReceipt = {
  blockNumber: '0x3c92b5',
  contractAddress: null,
  gasUsed: '0x14bb7',
  logs: [],
  root: '0x9b550a9a640ce50331b64504ef87aaa7e2aaf97344acb6ff111f879b319d2590',
  status: null,
} as RpcReceipt;

/**
 * `eth_getCode` of an EIP-7702 delegated account: the delegation designator
 * (ethereum/execution-apis tests, eth_getCode of a delegated account).
 */
export const delegatedAccountCode = '0xef0100bdda53a9729794d60e7555a0a9066b3abcfc15a1';
