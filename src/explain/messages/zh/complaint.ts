import type { FindingParams } from '../../../diagnose/types.ts';
import type { MessageContext } from '../../types.ts';

/**
 * 依赖用户描述的句子（见 src/diagnose/complaint-context.ts）：交易所和方向、没有哈希时的
 * 情况复述、可能的网络。
 */

/** 交易所的中文常用名；没有中文名的保留品牌名。 */
const NAMES: Record<string, string> = { Binance: '币安', OKX: '欧易', HTX: '火币', KuCoin: '库币', MEXC: '抹茶' };

export function platformZh(p: FindingParams): string {
  return p.exchange ? (NAMES[String(p.exchange)] ?? String(p.exchange)) : '平台';
}

export function askForTxIdZh(p: FindingParams): string {
  if (p.direction === 'withdrawal')
    return `麻烦您把这笔提币的交易哈希（TxID）发给我们好吗？在${platformZh(p)}的提币记录里点开这笔提币就能看到；如果还没有显示 TxID，说明这笔提币还没有发到链上，原因需要问${platformZh(p)}客服。`;
  if (p.direction === 'deposit')
    return `麻烦您把这笔充值的交易哈希（TxID）发给我们好吗？在您转出的钱包或平台的记录里可以找到。另外请告诉我们，${platformZh(p)}给的充值地址有没有附带 Memo 或标签（Tag）。`;
  return '麻烦您把这笔转账的交易哈希（TxID）发给我们好吗？在您转出的钱包或平台的记录里可以找到。';
}

export function storyZh(p: FindingParams, c: MessageContext): string {
  const what = p.amount ? String(p.amount) : p.asset ? `您的 ${p.asset}` : '您的这笔转账';
  const how = p.direction === 'withdrawal' ? `从${platformZh(p)}提出的` : p.direction === 'deposit' ? `转入${platformZh(p)}的` : '';
  const where = p.network ? `（${c.net(p.network)}）` : '';
  return `您说的是${how}${how && /^\d/.test(what) ? ' ' : ''}${what}${where}。要查清资金现在在哪里，需要找到这笔交易本身：没有交易哈希，我们暂时还没有办法在链上查询。`;
}

export function missingWithdrawalStepsZh(p: FindingParams): string[] {
  return [
    `请联系${platformZh(p)}客服，或在${platformZh(p)}的提币记录里点开这笔提币，拿到这笔提币的交易哈希（TxID）和所用的网络，发给我们。`,
    `在${platformZh(p)}确认第一笔提币的情况之前，请不要重复提交提币。`,
  ];
}

export function depositStepZh(p: FindingParams): string {
  return `如果${platformZh(p)}还没有给您入账，请把交易哈希发给${platformZh(p)}客服；如果充值地址附带 Memo 或标签（Tag），请一并说明您转账时有没有填写。`;
}

export function likelyNetworksZh(p: FindingParams, c: MessageContext): string {
  const failed = String(p.failedNetworks ?? '').split(',').filter(Boolean);
  const likely = String(p.likelyNetworks ?? '').split(',').filter(Boolean);
  if (likely.length === 0) return '我们查询的区块链网络';
  const names = likely.map((id) => c.net(id)).join('和');
  return failed.length > likely.length ? `${names}及其他网络` : names;
}
