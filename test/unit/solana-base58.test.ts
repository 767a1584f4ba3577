import { describe, expect, it } from 'vitest';
import { SolanaAdapter } from '../../chains/solana/adapter.ts';
import { decodeBase58, encodeBase58 } from '../../chains/solana/base58.ts';

describe('base58', () => {
  it('round-trips bytes, keeping leading zero bytes as "1"s', () => {
    const bytes = Uint8Array.from([0, 0, 1, 2, 255, 128, 7]);
    const text = encodeBase58(bytes);
    expect(text.startsWith('11')).toBe(true);
    expect([...decodeBase58(text)!]).toEqual([...bytes]);
    expect(encodeBase58(new Uint8Array(32))).toBe('11111111111111111111111111111111'); // the System Program id
  });

  it('decodes ComputeBudget instruction data', () => {
    // Seen in mainnet transactions: SetComputeUnitLimit(2558), SetComputeUnitPrice(15,000,000 µlamports).
    expect([...decodeBase58('LagYCX')!]).toEqual([2, 254, 9, 0, 0]);
    expect([...decodeBase58('3mimF1vf45io')!]).toEqual([3, 192, 225, 228, 0, 0, 0, 0, 0]);
  });

  it('rejects characters outside the alphabet', () => {
    for (const bad of ['0OIl', 'abc0', 'with space']) expect(decodeBase58(bad)).toBeNull();
  });
});

describe('SolanaAdapter.isTxId', () => {
  const adapter = new SolanaAdapter([], { endpoints: {}, timeoutMs: 1000 });
  it('is a 64-byte base58 signature (real mainnet signatures, 87 and 88 characters)', () => {
    expect(adapter.isTxId('2kHbPUGzehenUXQbBfAVZGcuTrSUVDMEyU2aGcjFbuUAJkG28CyQPCGZF68u369MU7WHMvJboyioqyihvtR75nLn')).toBe(true);
    expect(adapter.isTxId('4LXpF3MCdp69iFmD27Sn812UNpqFPHM4qXH7Y12E964p9GHXvwMe1XEmyasogVT2N4XEctdQQLf1sHY6Gvsa5sFX')).toBe(true);
    expect(adapter.isTxId(encodeBase58(new Uint8Array(64).fill(1)))).toBe(true);
  });
  it('is not an address, a hex hash or a truncated signature', () => {
    expect(adapter.isTxId('EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v')).toBe(false);
    expect(adapter.isTxId('0x' + 'a'.repeat(64))).toBe(false);
    expect(adapter.isTxId('a'.repeat(64))).toBe(false);
    // One character less can still be 64 bytes (87-character signatures exist); a few less cannot.
    expect(adapter.isTxId('2kHbPUGzehenUXQbBfAVZGcuTrSUVDMEyU2aGcjFbuUAJkG28CyQPCGZF68u369MU7WHMvJboyioqyihvtR7')).toBe(false);
    expect(adapter.isTxId(encodeBase58(new Uint8Array(65).fill(9)))).toBe(false);
  });
});
