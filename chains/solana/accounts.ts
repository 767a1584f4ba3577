import { PublicKey } from '@solana/web3.js';
import { ASSOCIATED_TOKEN_PROGRAM, TOKEN_METADATA_PROGRAM, TOKEN_PROGRAM } from './programs.ts';

/**
 * Program-derived addresses the adapter needs, computed locally (no RPC): an owner's
 * associated token account, and a mint's Metaplex metadata account.
 */

/**
 * The most recent results of a pure derivation, by its input. Each derivation costs a
 * SHA-256 and an ed25519 curve check per bump tried (~0.1–0.3 ms of CPU), and lookups keep
 * meeting the same owners, mints and exchange wallets. Bounded: the oldest entry goes first.
 */
function remembered<T>(derive: (key: string) => T, max = 2_000): (key: string) => T {
  const results = new Map<string, T>();
  return (key) => {
    let result = results.get(key);
    if (result === undefined && !results.has(key)) {
      result = derive(key);
      if (results.size >= max) results.delete(results.keys().next().value!);
      results.set(key, result);
    }
    return result as T;
  };
}

const associatedTokenAddresses = remembered((key) => {
  const [owner, mint, tokenProgram] = key.split(' ');
  const [address] = PublicKey.findProgramAddressSync(
    [new PublicKey(owner).toBuffer(), new PublicKey(tokenProgram).toBuffer(), new PublicKey(mint).toBuffer()],
    new PublicKey(ASSOCIATED_TOKEN_PROGRAM),
  );
  return address.toBase58();
});

/** The associated token account of `owner` for `mint` (what wallets and exchanges watch). */
export function associatedTokenAddress(owner: string, mint: string, tokenProgram: string = TOKEN_PROGRAM): string {
  return associatedTokenAddresses(`${owner} ${mint} ${tokenProgram}`);
}

/** Metaplex Token Metadata account of a mint: seeds ["metadata", program id, mint]. */
export const metadataAddress = remembered((mint: string): string => {
  const program = new PublicKey(TOKEN_METADATA_PROGRAM);
  const [address] = PublicKey.findProgramAddressSync([Buffer.from('metadata'), program.toBuffer(), new PublicKey(mint).toBuffer()], program);
  return address.toBase58();
});

/** Whether an address is an ed25519 public key (a wallet that can sign), not a program-derived address. */
export const isOnCurve = remembered((address: string): boolean => PublicKey.isOnCurve(new PublicKey(address)));

export interface TokenMetadata {
  name: string;
  symbol: string;
}

/**
 * Name and symbol from a Metaplex metadata account: key (1 byte), update authority (32),
 * mint (32), then borsh strings name and symbol (u32 little-endian length + bytes, padded
 * with NULs). Returns null for anything that does not read as such.
 */
export function parseTokenMetadata(data: Uint8Array): TokenMetadata | null {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let offset = 1 + 32 + 32;
  const readString = (max: number): string | null => {
    if (offset + 4 > data.length) return null;
    const length = view.getUint32(offset, true);
    offset += 4;
    if (length > max || offset + length > data.length) return null;
    const text = new TextDecoder().decode(data.subarray(offset, offset + length)).replace(/\0+$/, '').trim();
    offset += length;
    return text;
  };
  if (data[0] !== 4) return null; // Key::MetadataV1
  const name = readString(64);
  const symbol = readString(32);
  return name !== null && symbol !== null ? { name, symbol } : null;
}
