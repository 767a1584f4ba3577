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
 * Function selectors of the interface, computed once: ethers' parseTransaction hashes
 * every fragment's signature again on each call (a keccak each), which showed in a
 * lookup's CPU profile.
 */
const bySelector = new Map(erc20.fragments.filter((f): f is FunctionFragment => f.type === 'function').map((f) => [f.selector, f.name]));

function parse(input: string) {
  const name = typeof input === 'string' && input.length >= 10 ? bySelector.get(input.slice(0, 10).toLowerCase()) : undefined;
  return name ? erc20.decodeFunctionData(name, input) : undefined;
}

export interface DecodedTransferCall {
  method: 'transfer' | 'transferFrom';
  from?: string;
  to: string;
  amount: bigint;
}

/** A token transfer the call data asks for, whether or not it happened. */
export function decodeTransferCall(input: string): DecodedTransferCall | undefined {
  try {
    const method = methodName(input);
    if (method !== 'transfer' && method !== 'transferFrom') return undefined;
    const args = parse(input)!;
    if (method === 'transfer') return { method, to: getAddress(args[0]), amount: args[1] };
    return { method, from: getAddress(args[0]), to: getAddress(args[1]), amount: args[2] };
  } catch {
    // Not an ERC-20 transfer call.
  }
  return undefined;
}

export function methodName(input: string): string | undefined {
  if (!input || input.length < 10) return undefined;
  const name = bySelector.get(input.slice(0, 10).toLowerCase());
  if (!name) return undefined;
  try {
    parse(input); // a known selector with undecodable arguments is not that call
    return name;
  } catch {
    return undefined;
  }
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
