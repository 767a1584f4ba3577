import { utils } from 'tronweb';

/**
 * TRON addresses: 21 bytes, a 0x41 prefix byte then the 20-byte account id EVM tools
 * know. People and explorers use base58check ("T…", 34 characters); the HTTP API (with
 * `visible=false`, the default) uses hex with the 41 prefix; the TVM, ABI-encoded
 * parameters and event logs use the bare 20 bytes.
 * Source: TRON docs, "Accounts" › address format
 * (https://developers.tron.network/docs/account#account-address-format).
 */

export const TRON_ADDRESS_PREFIX = '41';

const HEX41 = /^41[0-9a-fA-F]{40}$/;
const HEX20 = /^(0x)?[0-9a-fA-F]{40}$/;
const BASE58 = /^T[1-9A-HJ-NP-Za-km-z]{33}$/;

/**
 * Conversions already made, both ways ("T…" ↔ lowercase "41…"): each one is a base58
 * decode or encode and a double SHA-256, and a lookup converts the same few addresses
 * (owner, token, recipients) again and again. Only valid addresses are kept. Bounded.
 */
const hexByBase58 = new Map<string, string>();
const base58ByHex = new Map<string, string>();

function remember(base58: string, hex: string): void {
  if (hexByBase58.size >= 50_000) {
    hexByBase58.clear();
    base58ByHex.clear();
  }
  hexByBase58.set(base58, hex);
  base58ByHex.set(hex, base58);
}

/** A base58check TRON address ("T…") with a valid checksum. */
export function isTronAddress(value: string): boolean {
  return hexByBase58.has(value) || (BASE58.test(value) && utils.crypto.isAddressValid(value));
}

/** "T…" → "41…" (lowercase). Throws on anything that is not a valid TRON address. */
export function toHexAddress(address: string): string {
  if (HEX41.test(address)) return address.toLowerCase();
  const known = hexByBase58.get(address);
  if (known) return known;
  if (!isTronAddress(address)) throw new Error(`not a TRON address: ${address}`);
  const bytes = utils.crypto.decode58Check(address);
  if (!bytes) throw new Error(`not a TRON address: ${address}`);
  const hex = utils.bytes.byteArray2hexStr(bytes).toLowerCase();
  remember(address, hex);
  return hex;
}

/**
 * Any wire form → "T…": "41" + 40 hex (HTTP API), 40 hex or 0x + 40 hex (logs, ABI),
 * or an already base58 address (validated).
 */
export function toBase58Address(value: string): string {
  if (BASE58.test(value)) {
    if (!isTronAddress(value)) throw new Error(`bad TRON address checksum: ${value}`);
    return value;
  }
  let hex: string;
  if (HEX41.test(value)) hex = value.toLowerCase();
  else if (HEX20.test(value)) hex = TRON_ADDRESS_PREFIX + value.replace(/^0x/, '').toLowerCase();
  else throw new Error(`not a TRON address: ${value}`);
  const known = base58ByHex.get(hex);
  if (known) return known;
  const base58 = utils.crypto.getBase58CheckAddress(utils.code.hexStr2byteArray(hex));
  remember(base58, hex);
  return base58;
}

/**
 * A 32-byte ABI word or log topic holding an address → "T…". The address is the low 20
 * bytes; TRON wallets sometimes leave the 0x41 prefix in the padding, which is ignored.
 */
export function wordToAddress(word: string): string {
  const hex = word.replace(/^0x/, '');
  if (hex.length !== 64 || !/^[0-9a-fA-F]+$/.test(hex)) throw new Error(`not a 32-byte word: ${word}`);
  return toBase58Address(hex.slice(24));
}

/** "T…" or "41…" → the 32-byte ABI word (hex, no 0x) for a call parameter. */
export function addressToWord(address: string): string {
  return toHexAddress(address).slice(2).padStart(64, '0');
}
