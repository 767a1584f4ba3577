/**
 * Text that comes from a chain (token names and symbols, memos, revert messages) is
 * written by whoever sent the transaction. Pages print it only as escaped text (JSX
 * escapes every string child and attribute; nothing here is ever raw HTML). Beyond
 * escaping, this makes it printable: control characters, bidi overrides and invisible
 * characters (which can reverse or hide part of a name, e.g. "USDT\u202Emoc.x") are
 * shown as ⟨U+XXXX⟩, and very long text is cut.
 */
// Cc and Cf (format: bidi controls, zero-width, BOM), line/paragraph separators.
const HIDDEN = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

export function chainText(text: string, maxChars = 120): string {
  const visible = text.replace(HIDDEN, (ch) => `⟨U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`);
  const chars = [...visible];
  return chars.length > maxChars ? `${chars.slice(0, maxChars).join('')}…` : visible;
}
