/**
 * Hashes, addresses and links carry digits and letters that read like amounts or words
 * ("…Zh9U2…" is not "9 USDT", "…/0xdead…" is not a network). Word and number matching
 * runs on the text with them blanked out, keeping every other character in place.
 */
const OPAQUE: RegExp[] = [
  // Links, with or without a scheme ("tronscan.org/#/transaction/…").
  /\bhttps?:\/\/[^\s<>"'，。）)]+/gi,
  /\b(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:io|org|com|net|app|xyz|fm|space|info|network|cc)\/[^\s<>"'，。）)]*/gi,
  // Hex ids, also cut short ("0x980b…7530E", "0x1234").
  /\b0x[0-9a-f]+(?:(?:…|\.{2,3})[0-9a-f]+)?/gi,
  // Base58 / hex runs long enough to be ids (TRON, Solana, bare 64-hex), also shortened.
  /\b[1-9A-HJ-NP-Za-km-z]{6,}(?:…|\.{2,3})[1-9A-HJ-NP-Za-km-z]{3,}\b/g,
  /\b(?=[0-9A-Za-z]*\d)(?=[0-9A-Za-z]*[A-Za-z])[0-9A-Za-z]{20,}\b/g,
];

export function maskIdentifiers(text: string): string {
  let out = text;
  for (const re of OPAQUE) out = out.replace(re, (m) => ' '.repeat(m.length));
  return out;
}
