import { AbiCoder, id } from 'ethers';
import { describe, expect, it } from 'vitest';
import { toAmount, showAmount } from '../../chains/amount.ts';
import { decodeRevertData } from '../../chains/evm/decode-revert.ts';
import { ethereum } from '../../chains/evm/networks.ts';
import { foldSymbol, impersonatedSymbol } from '../../chains/token-symbols.ts';

const abi = AbiCoder.defaultAbiCoder();
const selector = (sig: string) => id(sig).slice(0, 10);

describe('decodeRevertData', () => {
  it('decodes Error(string)', () => {
    const data = selector('Error(string)') + abi.encode(['string'], ['Ownable: caller is not the owner']).slice(2);
    expect(decodeRevertData(data)).toEqual({ type: 'error-string', message: 'Ownable: caller is not the owner' });
  });

  it('decodes Panic(uint256) with its meaning', () => {
    const data = selector('Panic(uint256)') + abi.encode(['uint256'], [0x32]).slice(2);
    expect(decodeRevertData(data)).toEqual({ type: 'panic', code: 0x32, meaning: 'array index out of bounds' });
  });

  it('decodes a well-known custom error with its arguments', () => {
    const data = selector('ERC20InsufficientAllowance(address,uint256,uint256)') + abi.encode(['address', 'uint256', 'uint256'], ['0x' + '11'.repeat(20), 5, 10]).slice(2);
    expect(decodeRevertData(data)).toMatchObject({ type: 'custom', name: 'ERC20InsufficientAllowance', args: ['0x' + '11'.repeat(20), '5', '10'] });
  });

  it('keeps unknown selectors as a value, and empty data as no reason', () => {
    expect(decodeRevertData('0xdeadbeef')).toEqual({ type: 'unknown', data: '0xdeadbeef' });
    expect(decodeRevertData('0x')).toBeUndefined();
  });
});

describe('token symbols', () => {
  it('folds look-alike letters', () => {
    expect(foldSymbol('USDТ')).toBe('USDT'); // Cyrillic Т
    expect(foldSymbol(' U S D T ')).toBe('USDT');
    expect(foldSymbol('ＵＳＤＴ')).toBe('USDT');
  });

  it('names the symbol a fake token imitates, never the real one', () => {
    expect(impersonatedSymbol(ethereum, '0x3333333333333333333333333333333333333333', 'UЅDT')).toBe('USDT');
    expect(impersonatedSymbol(ethereum, ethereum.tokens[0].address.toLowerCase(), 'USDT')).toBeUndefined();
    expect(impersonatedSymbol(ethereum, '0x3333333333333333333333333333333333333333', 'PEPE')).toBeUndefined();
  });
});

describe('amounts', () => {
  it('formats with units and reads dust fees', () => {
    expect(showAmount(toAmount(120_000_000n, 6, 'USDT'))).toBe('120 USDT');
    expect(showAmount(toAmount(26_112_955_003_740n, 18, 'ETH'))).toBe('0.00002611 ETH');
    expect(showAmount(toAmount(1n, 18, 'ETH'))).toBe('0.000000000000000001 ETH');
  });
});
