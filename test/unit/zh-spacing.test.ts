import { describe, expect, it } from 'vitest';
import { spaceHanLatin } from '../../src/explain/zh-spacing.ts';

describe('Chinese text: a space between Chinese and Latin letters or digits', () => {
  it.each([
    ['已在Solana（索拉纳）上成功完成', '已在 Solana（索拉纳）上成功完成'],
    ['在Arbitrum One上', '在 Arbitrum One 上'],
    ['哈希0x12ab…5d09已确认', '哈希 0x12ab…5d09 已确认'],
    ['约3分钟', '约 3 分钟'],
    ['没有转出200 USDT。', '没有转出 200 USDT。'],
    // Already spaced, or next to full-width punctuation: left as it is.
    ['约 3 分钟', '约 3 分钟'],
    ['已查询：以太坊、Solana（索拉纳）', '已查询：以太坊、Solana（索拉纳）'],
    // Words quoted from the chain are shown as they are.
    ['合约返回“余额不足ERC20”', '合约返回“余额不足ERC20”'],
    ['代币名称「USDT空投」', '代币名称「USDT空投」'],
  ])('%s', (text, spaced) => {
    expect(spaceHanLatin(text)).toBe(spaced);
    expect(spaceHanLatin(spaced)).toBe(spaced);
  });
});
