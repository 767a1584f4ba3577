/**
 * Finds a TRON address that looks like another one: same first 4 characters after the
 * "T" and same last 4, different in between — what address poisoners grind for. The
 * demo's look-alike (actors.ts `tronLookalike`) was found with it:
 *
 *   npx tsx chains/tron/devnet/grind-lookalike.ts <address> [seed]
 *
 * The look-alike needs no key here (it only receives), so the search runs over address
 * bytes, not keys. The first characters of base58 depend on the top bytes, which are
 * kept; the last four are the value modulo 58^4, which the 4-byte checksum scrambles:
 * about 58^4 ≈ 11.3 million tries (tens of seconds). A poisoner grinding keys for the
 * same 8 characters does the same work with key derivation on top (GPU vanity tools).
 */
import { createHash } from 'node:crypto';
import { utils } from 'tronweb';
import { toHexAddress } from '../address.ts';

const M = 58 ** 4;
const TWO32_MOD_M = 2 ** 32 % M;

function sha256(b: Buffer): Buffer {
  return createHash('sha256').update(b).digest();
}

function residue(bytes: Buffer): number {
  // value mod 58^4 of a big-endian byte string, by Horner's rule on Numbers (all < 2^53).
  let r = 0;
  for (const byte of bytes) r = (r * 256 + byte) % M;
  return r;
}

export function grindLookalike(address: string, seed = 'txtriage tron devnet lookalike'): { address: string; tries: number } {
  const real = Buffer.from(toHexAddress(address), 'hex');
  const target = residue(Buffer.concat([real, sha256(sha256(real)).subarray(0, 4)]));
  // 0x41, the top 3 body bytes of the real address (they fix the first characters), random middle, counter.
  const body = Buffer.concat([real.subarray(0, 4), sha256(Buffer.from(seed)).subarray(0, 13), Buffer.alloc(4)]);
  // value = ((P * 2^32 + counter) * 2^32 + checksum) mod M, P = the first 17 bytes.
  const k = (residue(body.subarray(0, 17)) * ((TWO32_MOD_M * TWO32_MOD_M) % M)) % M;
  const want = real.toString('hex');
  for (let counter = 0; counter < 2 ** 32; counter++) {
    body.writeUInt32BE(counter, 17);
    const checksum = sha256(sha256(body)).readUInt32BE(0);
    if ((k + ((counter % M) * TWO32_MOD_M) % M + checksum) % M !== target) continue;
    const candidate = utils.crypto.getBase58CheckAddress([...body]);
    if (body.toString('hex') !== want && candidate.slice(1, 5) === address.slice(1, 5) && candidate.slice(-4) === address.slice(-4)) {
      return { address: candidate, tries: counter + 1 };
    }
  }
  throw new Error('no look-alike found');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [address, seed] = process.argv.slice(2);
  const started = performance.now();
  const found = grindLookalike(address, seed);
  console.log(`${address} → ${found.address} after ${found.tries} tries, ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
