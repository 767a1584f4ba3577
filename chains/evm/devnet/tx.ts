import { toQuantity, type Interface } from 'ethers';
import type { Devnet } from './node.ts';

export interface TxRequest {
  from: string;
  to?: string;
  data?: string;
  value?: bigint;
  gas?: bigint;
  maxFeePerGas?: bigint;
  maxPriorityFeePerGas?: bigint;
  nonce?: number;
}

/** Sends a real transaction through the node's JSON-RPC; with automine on it is mined on return. */
export async function sendTx(devnet: Devnet, tx: TxRequest): Promise<string> {
  const req: Record<string, string> = { from: tx.from };
  if (tx.to) req.to = tx.to;
  if (tx.data) req.data = tx.data;
  if (tx.value !== undefined) req.value = toQuantity(tx.value);
  req.gas = toQuantity(tx.gas ?? 500_000n);
  if (tx.maxFeePerGas !== undefined) req.maxFeePerGas = toQuantity(tx.maxFeePerGas);
  if (tx.maxPriorityFeePerGas !== undefined) req.maxPriorityFeePerGas = toQuantity(tx.maxPriorityFeePerGas);
  if (tx.nonce !== undefined) req.nonce = toQuantity(tx.nonce);
  return devnet.rpc<string>('eth_sendTransaction', [req]);
}

export async function callTx(devnet: Devnet, from: string, to: string, iface: Interface, fn: string, args: unknown[], extra: Partial<TxRequest> = {}): Promise<string> {
  return sendTx(devnet, { from, to, data: iface.encodeFunctionData(fn, args), ...extra });
}

export async function deploy(devnet: Devnet, from: string, artifact: { iface: Interface; bytecode: string }, args: unknown[] = []): Promise<string> {
  const data = artifact.bytecode + artifact.iface.encodeDeploy(args).slice(2);
  const hash = await sendTx(devnet, { from, data, gas: 3_000_000n });
  const receipt = await devnet.rpc<{ contractAddress: string; status: string }>('eth_getTransactionReceipt', [hash]);
  if (Number(receipt.status) !== 1) throw new Error('demo contract deployment failed');
  return receipt.contractAddress;
}

export async function mineBlocks(devnet: Devnet, count: number): Promise<void> {
  await devnet.rpc('hardhat_mine', [toQuantity(count)]);
}

export async function setAutomine(devnet: Devnet, on: boolean): Promise<void> {
  await devnet.rpc('evm_setAutomine', [on]);
}
