import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Agent passwords are hashed with scrypt (memory-hard: 2^15 × 8 × 128 B = 32 MiB per
 * guess), stored as a self-describing string so the cost can rise later without a
 * migration: `scrypt$<N>$<r>$<p>$<salt b64url>$<hash b64url>`.
 */
export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}
export const DEFAULT_COST: ScryptCost = { N: 1 << 15, r: 8, p: 1 };
const KEY_BYTES = 32;
/** Node's default maxmem (32 MiB) is exactly the cost; leave room. */
const MAXMEM = 64 * 1024 * 1024;

export const MIN_PASSWORD_LENGTH = 12;

function scrypt(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  const opts: ScryptOptions = { N: cost.N, r: cost.r, p: cost.p, maxmem: MAXMEM };
  return new Promise((resolve, reject) => scryptCb(password.normalize('NFKC'), salt, KEY_BYTES, opts, (err, key) => (err ? reject(err) : resolve(key))));
}

export async function hashPassword(password: string, cost: ScryptCost = DEFAULT_COST): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  if (![N, r, p].every((n) => Number.isInteger(n) && n > 0) || N > 1 << 20) return false;
  const expected = Buffer.from(parts[5], 'base64url');
  const key = await scrypt(password, Buffer.from(parts[4], 'base64url'), { N, r, p });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/**
 * Spent on unknown user names too, so the response time does not tell whether an agent
 * with that name exists.
 */
const decoys = new Map<number, Promise<string>>();
export async function burnPasswordCheck(password: string, cost: ScryptCost = DEFAULT_COST): Promise<void> {
  if (!decoys.has(cost.N)) decoys.set(cost.N, hashPassword('decoy password that matches nothing', cost));
  await verifyPassword(password, await decoys.get(cost.N)!);
}

/** Why a new password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, username: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > 256) return 'at most 256 characters';
  if (password.toLowerCase().includes(username.toLowerCase())) return 'must not contain the user name';
  if (new Set(password).size < 5) return 'too repetitive';
  return null;
}
