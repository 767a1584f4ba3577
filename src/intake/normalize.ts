/**
 * Text pasted from chat apps carries invisible characters and full-width forms
 * ("０ｘ１２…", zero-width spaces inside a hash). Fold them away before matching.
 */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF\u00AD]/g;

export function normalizeText(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** An identifier typed into a form: also drop every space inside it. */
export function normalizeIdentifier(value: string): string {
  return normalizeText(value).replace(/\s+/g, '');
}
