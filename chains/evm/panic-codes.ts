/**
 * Solidity `Panic(uint256)` codes and what they mean in words.
 * Source: Solidity docs, "Panic via assert and Error via require"
 * (https://docs.soliditylang.org/en/latest/control-structures.html#panic-via-assert-and-error-via-require).
 */
export const panicMeanings: Record<number, string> = {
  0x00: 'generic compiler-inserted panic',
  0x01: 'an assert() check failed',
  0x11: 'arithmetic overflow or underflow',
  0x12: 'division or modulo by zero',
  0x21: 'conversion to an invalid enum value',
  0x22: 'access to an incorrectly encoded storage byte array',
  0x31: 'pop() on an empty array',
  0x32: 'array index out of bounds',
  0x41: 'too much memory allocated',
  0x51: 'call to an uninitialised internal function',
};

export function panicMeaning(code: number): string {
  return panicMeanings[code] ?? `unknown panic code 0x${code.toString(16)}`;
}
