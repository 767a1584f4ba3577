import { AbiCoder, Interface, ParamType, dataSlice, id, toUtf8String, type FunctionFragment } from 'ethers';
import { holdsWords, readWords, wordTypes, type WordType } from './abi-words.ts';

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
 * Function names and argument types by selector, computed once: ethers' parseTransaction
 * and decodeFunctionData hash fragment signatures again on every call (`fragment.selector`
 * is a keccak each time), and its generic coder costs more than reading a few fixed words.
 */
const bySelector = new Map(
  erc20.fragments
    .filter((f): f is FunctionFragment => f.type === 'function')
    .map((f) => [f.selector, { name: f.name, types: wordTypes(f.inputs.map((p) => p.type), `erc20.${f.name}`) }] as const),
);

/** The call's function, when its selector is one of ours and its argument words are all there. */
function parse(input: string): { name: string; types: WordType[]; body: string } | undefined {
  const fn = typeof input === 'string' && input.length >= 10 ? bySelector.get(input.slice(0, 10).toLowerCase()) : undefined;
  if (!fn) return undefined;
  const body = input.slice(10);
  return holdsWords(body, fn.types.length) ? { ...fn, body } : undefined;
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
  if (call?.name !== 'transfer' && call?.name !== 'transferFrom') return undefined;
  const args = readWords(call.body, call.types);
  if (!args) return undefined; // not an ERC-20 transfer call after all
  if (call.name === 'transfer') return { method: 'transfer', to: args[0] as string, amount: args[1] as bigint };
  return { method: 'transferFrom', from: args[0] as string, to: args[1] as string, amount: args[2] as bigint };
}

export function methodName(input: string): string | undefined {
  return parse(input)?.name;
}

const coder = AbiCoder.defaultAbiCoder();
/** Parsed once: the coder would parse the type string on every call. */
const STRING = [ParamType.from('string')];

/** Old tokens (MKR, SAI) return bytes32 instead of string for symbol()/name(). */
export function decodeStringOrBytes32(data: string): string | undefined {
  if (!data || data === '0x') return undefined;
  try {
    return String(coder.decode(STRING, data)[0]);
  } catch {
    try {
      return toUtf8String(dataSlice(data, 0, 32)).replace(/\0+$/, '');
    } catch {
      return undefined;
    }
  }
}
