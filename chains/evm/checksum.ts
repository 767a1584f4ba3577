import { getAddress } from 'ethers';

const memo = new Map<string, string>();

/**
 * `getAddress` (EIP-55 checksum, a keccak-256 per call) remembered: a lookup checksums the
 * same few addresses (sender, token, recipients) many times, and the hash was a visible
 * share of a lookup's CPU. Bounded; invalid input throws like getAddress.
 */
export function checksumAddress(address: string): string {
  const key = address.toLowerCase();
  let out = memo.get(key);
  if (out === undefined) {
    out = getAddress(address);
    if (memo.size >= 50_000) memo.clear();
    memo.set(key, out);
  }
  return out;
}
