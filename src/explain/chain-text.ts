import type { Lang } from '../../chains/types.ts';

/**
 * Text that comes from a chain (token names and symbols, memos, revert messages) is
 * written by whoever made the contract or sent the transaction, scammers included.
 * Every such string that enters text a person reads goes through here:
 * - control, bidi and invisible characters (which can reverse or hide part of a name,
 *   e.g. "USDT\u202Emoc.x") are shown as ⟨U+202E⟩;
 * - links are defanged (evil.example → evil[.]example, http:// → hxxp://), so neither a
 *   reader nor a chat app that auto-links turns them into something to click;
 * - length is capped.
 * Pages still escape it (JSX escapes every child); this is about what a person sees.
 */
// Cc and Cf (format: bidi controls, zero-width, BOM), line/paragraph separators.
const HIDDEN = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;
const SCHEME = /\b(h)(?:tt)(ps?):\/\//gi;
// host.tld: a dot between a name and two or more letters (not "0.5 ETH", not "USDC.e").
const DOTTED_HOST = /([\p{L}\p{N}-]{2,})\.(?=[a-z]{2,}\b)/giu;

/** Printable and capped: hidden characters made visible. No defanging (token names like "USDC.e"). */
export function chainText(text: string, maxChars = 120): string {
  const visible = text.replace(HIDDEN, (ch) => `⟨U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`);
  return cap(visible, maxChars);
}

/** Links made unclickable: "http://evil.example/claim" → "hxxp://evil[.]example/claim". */
export function defang(text: string): string {
  return text.replace(SCHEME, (_m, h: string, s: string) => `${h}xx${s}://`).replace(DOTTED_HOST, '$1[.]');
}

/** A chain-sourced string ready for user text: printable, defanged, capped. */
export function chainWords(text: string, maxChars = 120): string {
  return cap(defang(chainText(text, Number.MAX_SAFE_INTEGER)), maxChars);
}

/**
 * A chain-sourced message quoted as the contract's own words, never as ours: the marker
 * says who wrote it, and the quote marks say where it ends.
 */
export function quoteChainWords(text: string, lang: Lang, maxChars = 120): string {
  const words = chainWords(text, maxChars);
  return lang === 'zh' ? `合约自己返回的原文（由合约编写，不是我们的说明）：「${words}」` : `the contract's own message (written by the contract, not by us): "${words}"`;
}

function cap(text: string, maxChars: number): string {
  const chars = [...text];
  return chars.length > maxChars ? `${chars.slice(0, maxChars).join('')}…` : text;
}
