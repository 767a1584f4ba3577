import type { Network, Token } from './types.ts';

/**
 * Scam tokens copy a famous symbol with look-alike letters ("USDТ" with a Cyrillic Т,
 * "USDT " or "U S D T"). Fold those to plain Latin before comparing symbols.
 */
const HOMOGLYPHS: Record<string, string> = {
  А: 'A', В: 'B', С: 'C', Е: 'E', Н: 'H', І: 'I', Ј: 'J', К: 'K', М: 'M', О: 'O', Р: 'P', Ѕ: 'S', Т: 'T', Х: 'X', У: 'Y',
  а: 'a', с: 'c', е: 'e', о: 'o', р: 'p', х: 'x', у: 'y', ѕ: 's', і: 'i',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
  '₮': 'T', '＄': 'S', $: 'S',
};

export function foldSymbol(symbol: string): string {
  return [...symbol.normalize('NFKC')]
    .map((ch) => HOMOGLYPHS[ch] ?? ch)
    .join('')
    .replace(/[^A-Za-z0-9.]/g, '')
    .toUpperCase();
}

export function sameAddress(network: Network, a: string, b: string): boolean {
  // EVM addresses are case-insensitive hex; TRON and Solana base58 are case-sensitive.
  return network.family === 'evm' ? a.toLowerCase() === b.toLowerCase() : a === b;
}

export function findWellKnownToken(network: Network, address: string): Token | undefined {
  return network.tokens.find((t) => sameAddress(network, t.address, address));
}

/**
 * If `symbol` reads like a well-known token's symbol on this network but `address` is
 * not that token, return the symbol it imitates.
 */
export function impersonatedSymbol(network: Network, address: string, symbol: string): string | undefined {
  if (findWellKnownToken(network, address)) return undefined;
  const folded = foldSymbol(symbol);
  const copied = network.tokens.find((t) => foldSymbol(t.symbol) === folded);
  return copied?.symbol;
}
