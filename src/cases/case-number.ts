import { randomBytes, randomInt } from 'node:crypto';

/** Crockford's base32: no I, L, O, U, so a number read over the phone is not misheard. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A short case number people can say and type: `TX-7K3QF` (32^5 ≈ 33 million). It is
 * only a name: the store retries on the rare collision, and the public page needs the
 * token besides, so knowing a number never opens a case.
 */
export function newCaseNumber(): string {
  let s = 'TX-';
  for (let i = 0; i < 5; i++) s += ALPHABET[randomInt(ALPHABET.length)];
  return s;
}

export const CASE_NUMBER_PATTERN = /^TX-[0-9A-HJKMNP-TV-Z]{5}$/;

/** Normalizes what a person typed ("tx-7k3qf", "TX 7K3QF") to a case number, or null. */
export function parseCaseNumber(input: string): string | null {
  const s = input.trim().toUpperCase().replace(/^TX[\s_]?-?\s*/, 'TX-');
  return CASE_NUMBER_PATTERN.test(s) ? s : null;
}

/** The secret in a public case link: 128 random bits, so case pages cannot be enumerated. */
export function newPublicToken(): string {
  return randomBytes(16).toString('base64url');
}
