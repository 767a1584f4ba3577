import { checksumAddress } from './checksum.ts';

/** The static ABI types read by hand here: every argument of the calls and errors we decode. */
export type WordType = 'address' | 'uint256';

const HEX_BYTES = /^(?:[0-9a-fA-F]{2})*$/;
/** An address word holds 20 bytes: ethers' coder refuses one with anything in the 12 bytes above. */
const ADDRESS_WORD = /^0{24}[0-9a-fA-F]{40}$/;

/** Throws unless every type can be read by `readWords`; for tables checked at load time. */
export function wordTypes(types: readonly string[], where: string): WordType[] {
  for (const t of types) if (t !== 'address' && t !== 'uint256') throw new Error(`${where}: ${t} is not a static type readWords reads`);
  return types as WordType[];
}

/**
 * Whether `hex` (without 0x) holds `count` words: whole bytes, enough of them (trailing
 * bytes are allowed). Short of that, ethers' AbiCoder.decode throws at once.
 */
export function holdsWords(hex: string, count: number): boolean {
  return hex.length >= count * 64 && HEX_BYTES.test(hex);
}

/**
 * Static arguments (one 32-byte word each) from hex without 0x: an address as its EIP-55
 * checksum, a uint256 as a bigint. Undefined where reading them through ethers' coder
 * would throw: words missing (see holdsWords), or an address word with high bytes set
 * (the coder defers that error to when the value is read). What the generic coder costs
 * per call (ParamType parsing, a Reader, per-word copies) was most of the decoding time
 * in a lookup's profile.
 */
export function readWords(hex: string, types: readonly WordType[]): (string | bigint)[] | undefined {
  if (!holdsWords(hex, types.length)) return undefined;
  const out: (string | bigint)[] = [];
  for (let i = 0; i < types.length; i++) {
    const word = hex.slice(i * 64, (i + 1) * 64);
    if (types[i] === 'uint256') out.push(BigInt(`0x${word}`));
    else if (ADDRESS_WORD.test(word)) out.push(checksumAddress(`0x${word.slice(24).toLowerCase()}`));
    else return undefined;
  }
  return out;
}
