import { AbiCoder, Interface, dataSlice, id, toUtf8String, type FunctionFragment } from 'ethers';
import { checksumAddress as getAddress } from './checksum.ts';

/** ERC-20 calls and events txtriage reads. */
export const erc20 = new Interface([
  'function transfer(address to, uint256 amount) returns (bool)',
  'function transferFrom(address from, address to, uint256 amount) returns (bool)',
  'function approve(address spender, uint256 amount) returns (bool)',
  'function symbol() view returns (string)',
  'function name() view returns (string)',
  'function decimals() view returns (uint8)',
  'event Transfer(address indexed from, address indexed to, uint256 value)',
]);

export const TRANSFER_TOPIC = id('Transfer(address,address,uint256)');

export const callData = {
  symbol: erc20.encodeFunctionData('symbol'),
  name: erc20.encodeFunctionData('name'),
  decimals: erc20.encodeFunctionData('decimals'),
};

/**
 * Function fragments by selector, computed once, and decoded with the ABI coder directly:
 * ethers' parseTransaction and decodeFunctionData hash fragment signatures again on every
 * call (`fragment.selector` is a keccak each time), which showed in a lookup's CPU profile.
 */
const bySelector = new Map(erc20.fragments.filter((f): f is FunctionFragment => f.type === 'function').map((f) => [f.selector, f]));
const coder = AbiCoder.defaultAbiCoder();

/** The call's function and arguments, when its selector is one of ours and its arguments decode. */
function parse(input: string): { name: string; args: ReturnType<AbiCoder['decode']> } | undefined {
  const fragment = typeof input === 'string' && input.length >= 10 ? bySelector.get(input.slice(0, 10).toLowerCase()) : undefined;
  if (!fragment) return undefined;
  try {
    return { name: fragment.name, args: coder.decode(fragment.inputs, `0x${input.slice(10)}`) };
  } catch {
    return undefined; // a known selector with undecodable arguments is not that call
  }
}

export interface DecodedTransferCall {
  method: 'transfer' | 'transferFrom';
  from?: string;
  to: string;
  amount: bigint;
}

/** A token transfer the call data asks for, whether or not it happened. */
export function decodeTransferCall(input: string): DecodedTransferCall | undefined {
  const call = parse(input);
  if (!call || (call.name !== 'transfer' && call.name !== 'transferFrom')) return undefined;
  try {
    const { args } = call;
    if (call.name === 'transfer') return { method: 'transfer', to: getAddress(args[0]), amount: args[1] };
    return { method: 'transferFrom', from: getAddress(args[0]), to: getAddress(args[1]), amount: args[2] };
  } catch {
    return undefined; // not an ERC-20 transfer call after all
  }
}

export function methodName(input: string): string | undefined {
  return parse(input)?.name;
}

/** Old tokens (MKR, SAI) return bytes32 instead of string for symbol()/name(). */
export function decodeStringOrBytes32(data: string): string | undefined {
  if (!data || data === '0x') return undefined;
  try {
    return String(AbiCoder.defaultAbiCoder().decode(['string'], data)[0]);
  } catch {
    try {
      return toUtf8String(dataSlice(data, 0, 32)).replace(/\0+$/, '');
    } catch {
      return undefined;
    }
  }
}
