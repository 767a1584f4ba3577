import { AbiCoder, ParamType, dataSlice, id } from 'ethers';
import { readWords, wordTypes, type WordType } from './abi-words.ts';
import type { DecodedError } from '../types.ts';
import { knownErrors, type KnownError } from './known-errors.ts';
import { panicMeaning } from './panic-codes.ts';

const ERROR_STRING = '0x08c379a0'; // Error(string)
const PANIC = '0x4e487b71'; // Panic(uint256)
const PANIC_ARGS: WordType[] = ['uint256'];

const coder = AbiCoder.defaultAbiCoder();
/** Parsed once: the coder would parse the type string on every call. */
const STRING = [ParamType.from('string')];

/** Argument types read once per known error (all static: checked here, at load). */
const knownBySelector = new Map<string, KnownError & { types: WordType[] }>(
  knownErrors.map((e) => [id(e.signature).slice(0, 10), { ...e, types: wordTypes(argTypes(e.signature), e.signature) }]),
);

function argTypes(signature: string): string[] {
  const inner = signature.slice(signature.indexOf('(') + 1, -1);
  return inner ? inner.split(',') : [];
}

/**
 * Revert data → words. Unknown selectors are a value (`type: 'unknown'`), not an error:
 * the raw data still goes to the agent.
 */
export function decodeRevertData(data: string | null | undefined): DecodedError | undefined {
  if (!data || data === '0x') return undefined;
  const selector = data.slice(0, 10).toLowerCase();
  const body = dataSlice(data, 4);
  try {
    if (selector === ERROR_STRING) {
      const [message] = coder.decode(STRING, body);
      return { type: 'error-string', message: String(message) };
    }
    if (selector === PANIC) {
      const [code] = readWords(body.slice(2), PANIC_ARGS) ?? [];
      if (code !== undefined) return { type: 'panic', code: Number(code), meaning: panicMeaning(Number(code)) };
    }
    const known = knownBySelector.get(selector);
    if (known) {
      const args = readWords(body.slice(2), known.types)?.map((v) => String(v));
      if (args) return { type: 'custom', name: known.signature.slice(0, known.signature.indexOf('(')), signature: known.signature, args, meaning: known.meaning };
    }
  } catch {
    // Malformed payload: fall through and hand the raw bytes to the agent.
  }
  return { type: 'unknown', data };
}
