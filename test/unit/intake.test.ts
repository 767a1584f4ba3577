import { describe, expect, it } from 'vitest';
import { evmNetworks } from '../../chains/evm/networks.ts';
import { parseComplaint } from '../../src/intake/complaint.ts';
import { findExplorerLinks, findIdentifiers, familiesForTxId } from '../../src/intake/identifiers.ts';
import { detectLanguage, languageFromHeader } from '../../src/intake/language.ts';
import { normalizeText } from '../../src/intake/normalize.ts';

const HASH = '0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060';
const ADDR = '0xdAC17F958D2ee523a2206206994597C13D831ec7';

describe('normalizeText', () => {
  it('removes zero-width characters pasted inside a hash', () => {
    const pasted = `${HASH.slice(0, 20)}\u200B${HASH.slice(20, 40)}\uFEFF${HASH.slice(40)}`;
    expect(normalizeText(pasted)).toBe(HASH);
  });

  it('folds full-width characters from Chinese input methods', () => {
    const fullWidth = [...HASH].map((ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)).join('');
    expect(normalizeText(`哈希：${fullWidth}`)).toBe(`哈希:${HASH}`);
  });
});

describe('findIdentifiers', () => {
  it('finds EVM hashes and addresses in Chinese text without spaces', () => {
    const ids = findIdentifiers(`我转到${ADDR}的交易${HASH}没到账`);
    expect(ids.map((i) => [i.kind, i.value])).toEqual([
      ['address', ADDR],
      ['tx', HASH],
    ]);
  });

  it('recognises a bare 64-hex TRON id and a TRON address', () => {
    const tronId = 'a'.repeat(64);
    const ids = findIdentifiers(`txid ${tronId} to TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t`);
    expect(ids.map((i) => i.kind)).toEqual(['tx', 'address']);
    expect(familiesForTxId(tronId)).toEqual(['tron', 'evm']);
  });

  it('recognises Solana signatures and addresses by decoded length', () => {
    const sig = '5UfDuX7WXY18keiz9mZ6zKkY8JyNuLDFz2QycQcr7skRkgVaNmo6tgFbsePRrX5C6crvycJ2A3txSdGgjPHvHbTA';
    const ids = findIdentifiers(`sig ${sig} from EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v`);
    expect(ids.map((i) => i.kind)).toEqual(['tx', 'address']);
    expect(familiesForTxId(sig)).toEqual(['solana']);
  });

  it('ignores ordinary words and short hex', () => {
    expect(findIdentifiers('my transfer of 0x1234 is pending since yesterday')).toEqual([]);
  });
});

describe('findExplorerLinks', () => {
  it.each([
    ['https://etherscan.io/tx/' + HASH, 'ethereum'],
    ['https://bscscan.com/tx/' + HASH, 'bsc'],
    ['https://polygonscan.com/tx/' + HASH, 'polygon'],
    ['https://arbiscan.io/tx/' + HASH, 'arbitrum'],
    ['https://optimistic.etherscan.io/tx/' + HASH, 'optimism'],
    ['https://basescan.org/tx/' + HASH + '#eventlog', 'base'],
    ['https://www.bscscan.com/tx/' + HASH, 'bsc'],
  ])('reads %s as a %s transaction', (link, network) => {
    expect(findExplorerLinks(`看这个 ${link}，谢谢`, evmNetworks)).toEqual([{ kind: 'tx', value: HASH, network, source: 'link' }]);
  });

  it('reads address links', () => {
    expect(findExplorerLinks(`https://etherscan.io/address/${ADDR}`, evmNetworks)).toEqual([{ kind: 'address', value: ADDR, network: 'ethereum', source: 'link' }]);
  });
});

describe('parseComplaint', () => {
  it('takes the network from a pasted link and does not list the hash twice', () => {
    const c = parseComplaint({ text: `帮我看下 https://bscscan.com/tx/${HASH} 这笔 ${HASH}` }, evmNetworks);
    expect(c.txIds).toEqual([{ kind: 'tx', value: HASH, network: 'bsc', source: 'link' }]);
    expect(c.lang).toBe('zh');
  });

  it.each([
    ['我用币安链转的', 'bsc'],
    ['走的 BEP20 网络', 'bsc'],
    ['I used ERC20', 'ethereum'],
    ['以太坊上转的', 'ethereum'],
    ['sent on Polygon', 'polygon'],
    ['用马蹄链转的', 'polygon'],
    ['on arbitrum one', 'arbitrum'],
  ])('"%s" names %s', (text, network) => {
    expect(parseComplaint({ text }, evmNetworks).hints.networks).toEqual([network]);
  });

  it('does not read a token symbol as a network claim', () => {
    expect(parseComplaint({ text: 'I sent 0.5 ETH and 10 BNB' }, evmNetworks).hints.networks).toEqual([]);
  });

  it('picks up amounts, tokens, the claimed recipient and theft words', () => {
    const c = parseComplaint({ text: `钱包被盗了！我转了 1,200 USDT 和 100U，收款地址是 ${ADDR}` }, evmNetworks);
    expect(c.hints.amounts).toEqual([
      { value: 1200, token: 'USDT' },
      { value: 100, token: 'USDT' },
    ]);
    expect(c.hints.claimedRecipient).toBe(ADDR);
    expect(c.hints.theft).toBe(true);
  });

  it('reads pending / missing / failed intents in both languages', () => {
    expect(parseComplaint({ text: '转账一直打包中，没到账' }, evmNetworks).hints.intents).toEqual(['pending', 'missing']);
    expect(parseComplaint({ text: 'my tx failed but the fee was taken' }, evmNetworks).hints.intents).toEqual(['failed', 'fee']);
  });

  it('uses the explicit fields and language', () => {
    const c = parseComplaint({ txHash: ` ${HASH}\u200B `, lang: 'zh' }, evmNetworks);
    expect(c.txIds[0].value).toBe(HASH);
    expect(c.lang).toBe('zh');
  });
});

describe('language', () => {
  it('detects Chinese only from Chinese words, not from hashes', () => {
    expect(detectLanguage(`${HASH} pending`)).toBe('en');
    expect(detectLanguage(`${HASH} 没到账`)).toBe('zh');
  });

  it('reads an English sentence that borrows a Chinese name as English, and a Chinese one full of English terms as Chinese', () => {
    expect(detectLanguage('Hello, my transfer on 波场 failed')).toBe('en');
    expect(detectLanguage('I sent USDT from 币安 but it is not in my wallet')).toBe('en');
    expect(detectLanguage('Binance 提币 USDT TRC20 pending')).toBe('zh');
    expect(detectLanguage('hi 我的usdt没到')).toBe('zh');
    expect(detectLanguage('USDT not arrived 谢谢')).toBe('zh');
    expect(detectLanguage('my usdt 还没到账 please help')).toBe('zh');
  });

  it('reads Accept-Language', () => {
    expect(languageFromHeader('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh');
    expect(languageFromHeader('en-US,en;q=0.9')).toBe('en');
    expect(languageFromHeader('fr-FR')).toBeUndefined();
  });
});
