import { toBase58Address, wordToAddress } from './address.ts';
import type { WireLog } from './wire.ts';

/**
 * TRC-20 is ERC-20 on the TVM: same selectors, same Transfer event. Decoded by hand
 * rather than with an ABI coder because TRON wallets often leave the 0x41 address prefix
 * in the padding of address words ("…0000000041ec20…"), which strict coders reject.
 * Source: TRC-20 standard (https://developers.tron.network/docs/trc20-protocol-interface).
 */

/** keccak256("Transfer(address,address,uint256)"), as TRON logs write it (no 0x). */
export const TRANSFER_TOPIC = 'ddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef';
/** keccak256("Approval(address,address,uint256)"): owner, spender indexed; amount in data. */
export const APPROVAL_TOPIC = '8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925';

export const SELECTORS = {
  transfer: 'a9059cbb',
  transferFrom: '23b872dd',
  approve: '095ea7b3',
} as const;

const METHOD_BY_SELECTOR: Record<string, keyof typeof SELECTORS> = Object.fromEntries(
  Object.entries(SELECTORS).map(([name, sel]) => [sel, name as keyof typeof SELECTORS]),
);

export interface DecodedCall {
  method: string;
  selector: string;
  from?: string;
  to?: string;
  amount?: bigint;
}

function words(data: string, count: number): string[] | undefined {
  const body = data.slice(8);
  if (body.length < count * 64) return undefined;
  return Array.from({ length: count }, (_, i) => body.slice(i * 64, (i + 1) * 64));
}

/** A TriggerSmartContract `data` field → the TRC-20 call it makes, if recognisable. */
export function decodeTokenCall(data: string | undefined): DecodedCall | undefined {
  if (!data || data.length < 8) return undefined;
  const hex = data.replace(/^0x/, '').toLowerCase();
  const selector = hex.slice(0, 8);
  const method = METHOD_BY_SELECTOR[selector];
  try {
    if (method === 'transfer' || method === 'approve') {
      const w = words(hex, 2);
      if (w) return { method, selector, to: wordToAddress(w[0]), amount: BigInt(`0x${w[1]}`) };
    }
    if (method === 'transferFrom') {
      const w = words(hex, 3);
      if (w) return { method, selector, from: wordToAddress(w[0]), to: wordToAddress(w[1]), amount: BigInt(`0x${w[2]}`) };
    }
  } catch {
    // Malformed arguments: report the selector only.
  }
  return { method: method ?? selector, selector };
}

export interface DecodedTransferLog {
  token: string;
  from: string;
  to: string;
  amount: bigint;
}

/** A Transfer(address,address,uint256) log (3 topics: TRC-721 has 4 and is skipped). */
export function decodeTransferLog(log: WireLog): DecodedTransferLog | undefined {
  return decodePairLog(log, TRANSFER_TOPIC);
}

/** An Approval(address owner, address spender, uint256) log: `from` is the owner, `to` the spender. */
export function decodeApprovalLog(log: WireLog): DecodedTransferLog | undefined {
  return decodePairLog(log, APPROVAL_TOPIC);
}

function decodePairLog(log: WireLog, topic0: string): DecodedTransferLog | undefined {
  const topics = (log.topics ?? []).map((t) => t.replace(/^0x/, '').toLowerCase());
  if (topics.length !== 3 || topics[0] !== topic0) return undefined;
  try {
    return {
      token: toBase58Address(log.address),
      from: wordToAddress(topics[1]),
      to: wordToAddress(topics[2]),
      amount: log.data ? BigInt(`0x${log.data.replace(/^0x/, '') || '0'}`) : 0n,
    };
  } catch {
    return undefined;
  }
}
