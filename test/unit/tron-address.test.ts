import { describe, expect, it } from 'vitest';
import { addressToWord, isTronAddress, toBase58Address, toHexAddress, wordToAddress } from '../../chains/tron/address.ts';

// USDT's contract as the explorer and the HTTP API show it (ledger-live getTransactionInfoById fixture: contract_address 41a614f8…).
const USDT = 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t';
const USDT_HEX = '41a614f803b6fd780986a42c78ec9c7f77e6ded13c';

describe('TRON addresses', () => {
  it('converts base58 to hex and back', () => {
    expect(toHexAddress(USDT)).toBe(USDT_HEX);
    expect(toBase58Address(USDT_HEX)).toBe(USDT);
    expect(toBase58Address(USDT_HEX.toUpperCase().replace(/^41/, '41'))).toBe(USDT);
  });

  it('reads the bare 20 bytes used by logs and the ABI', () => {
    expect(toBase58Address('a614f803b6fd780986a42c78ec9c7f77e6ded13c')).toBe(USDT);
    expect(toBase58Address('0xa614f803b6fd780986a42c78ec9c7f77e6ded13c')).toBe(USDT);
  });

  it('maps the zero address to the well-known T9yD14… form', () => {
    expect(toBase58Address('41' + '0'.repeat(40))).toBe('T9yD14Nj9j7xAB4dbGeiX9h8unkKHxuWwb');
  });

  it('reads address words with or without the 0x41 prefix left in the padding', () => {
    expect(wordToAddress('000000000000000000000000a614f803b6fd780986a42c78ec9c7f77e6ded13c')).toBe(USDT);
    expect(wordToAddress('000000000000000000000041a614f803b6fd780986a42c78ec9c7f77e6ded13c')).toBe(USDT);
    expect(() => wordToAddress('1234')).toThrow();
  });

  it('encodes a call parameter word', () => {
    expect(addressToWord(USDT)).toBe('000000000000000000000000a614f803b6fd780986a42c78ec9c7f77e6ded13c');
  });

  it('validates base58 checksums and rejects other formats', () => {
    expect(isTronAddress(USDT)).toBe(true);
    expect(isTronAddress('TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u')).toBe(false); // last character changed
    expect(isTronAddress(USDT_HEX)).toBe(false);
    expect(isTronAddress('0xdAC17F958D2ee523a2206206994597C13D831ec7')).toBe(false);
    expect(() => toHexAddress('0xdAC17F958D2ee523a2206206994597C13D831ec7')).toThrow(/not a TRON address/);
    expect(() => toBase58Address('TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u')).toThrow(/checksum/);
  });
});
