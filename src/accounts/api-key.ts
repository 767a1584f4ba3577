import { createHash, randomBytes } from 'node:crypto';

/**
 * Integration keys look like `txk_<id>_<secret>`: the id finds the row without a scan,
 * the secret is 32 random bytes and only its SHA-256 is stored (a key is high-entropy,
 * so a fast hash is enough; passwords get scrypt). The full key is shown once.
 */
export interface MintedKey {
  id: string;
  /** The whole key, to show once. */
  key: string;
  secretHash: string;
  /** First characters, to recognise a key in lists without revealing it. */
  hint: string;
}

const KEY_RE = /^txk_([a-z0-9]{10})_([A-Za-z0-9_-]{43})$/;

export function mintApiKey(): MintedKey {
  const id = randomBytes(8).toString('hex').slice(0, 10);
  const secret = randomBytes(32).toString('base64url');
  const key = `txk_${id}_${secret}`;
  return { id, key, secretHash: hashSecret(secret), hint: `txk_${id}_${secret.slice(0, 4)}…` };
}

export function parseApiKey(candidate: string): { id: string; secretHash: string } | null {
  const m = KEY_RE.exec(candidate);
  return m ? { id: m[1], secretHash: hashSecret(m[2]) } : null;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}
