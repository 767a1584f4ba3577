import { findWellKnownToken } from '../token-symbols.ts';
import type { Network } from '../types.ts';

/**
 * Issuers that can freeze addresses on TRON, and the view that tells. Tether's TRC-20
 * USDT inherits `BlackList` with `mapping (address => bool) public isBlackListed`, i.e.
 * the view `isBlackListed(address)` (selector 0xe47d6060; note the capital L: the
 * lower-case `isBlacklisted` is another selector the contract does not have). A
 * blacklisted sender's `transfer` reverts; a blacklisted recipient can receive but never
 * move the tokens. Source: Tether's TRC-20 source verified on Tronscan
 * (https://tronscan.org/#/contract/TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t/code).
 * Keyed by symbol: the network's well-known token of that symbol is the contract asked.
 */
export const blacklistViews: Record<string, string> = {
  USDT: 'isBlackListed(address)',
};

/** The blacklistable well-known token among `tokens` (base58 addresses), if any. */
export function blacklistViewFor(network: Network, tokens: string[]): { token: string; symbol: string; fn: string } | null {
  for (const token of tokens) {
    const known = findWellKnownToken(network, token);
    const fn = known && blacklistViews[known.symbol];
    if (known && fn) return { token: known.address, symbol: known.symbol, fn };
  }
  return null;
}
