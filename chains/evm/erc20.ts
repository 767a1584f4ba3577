import { AbiCoder, Interface, dataSlice, getAddress, id, toUtf8String } from 'ethers';

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

export interface DecodedTransferCall {
  method: 'transfer' | 'transferFrom';
  from?: string;
  to: string;
  amount: bigint;
}

/** A token transfer the call data asks for, whether or not it happened. */
export function decodeTransferCall(input: string): DecodedTransferCall | undefined {
  try {
    const parsed = erc20.parseTransaction({ data: input });
    if (parsed?.name === 'transfer') return { method: 'transfer', to: getAddress(parsed.args[0]), amount: parsed.args[1] };
    if (parsed?.name === 'transferFrom') return { method: 'transferFrom', from: getAddress(parsed.args[0]), to: getAddress(parsed.args[1]), amount: parsed.args[2] };
  } catch {
    // Not an ERC-20 transfer call.
  }
  return undefined;
}

export function methodName(input: string): string | undefined {
  if (!input || input === '0x') return undefined;
  try {
    return erc20.parseTransaction({ data: input })?.name;
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
