import { randomFillSync } from 'node:crypto';

const pool = Buffer.alloc(10 * 256);
let offset = pool.length;

/**
 * A UUIDv7 (RFC 9562): the creation time in milliseconds, then 74 random bits. Rows
 * written together get neighbouring keys, so the primary-key index and every index that
 * starts with a case id (events, snapshots, subjects) grow at their right edge: a batch
 * of new cases dirties a few shared pages instead of a random page per row and index,
 * and a checkpoint writes those pages once. What a SQLite commit costs here is mostly
 * per page (each one a WAL frame, later copied back). Still unguessable (74 random bits);
 * the time it shows is the row's `created_at` anyway.
 */
export function rowId(now = Date.now()): string {
  if (offset + 10 > pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  const hex = now.toString(16).padStart(12, '0');
  const r = pool.subarray(offset, (offset += 10)).toString('hex');
  // version 7 in the 13th digit; the variant (10xx) in the 17th
  const variant = ((parseInt(r[3], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7${r.slice(0, 3)}-${variant}${r.slice(4, 7)}-${r.slice(7, 19)}`;
}
