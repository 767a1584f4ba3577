import type { networkCodes } from '../../../diagnose/codes/network.ts';
import type { FindingCatalog } from '../../types.ts';

const waited = (m: unknown) => (typeof m === 'number' && m > 0 ? `，目前已等了 ${m} 分钟` : '');

export const networkZh: FindingCatalog<keyof typeof networkCodes> = {
  NETWORK_STALLED: {
    title: () => '网络本身暂停出块',
    detail: (p, c) => `${c.net(p.network)}已约 ${p.stalledSeconds} 秒没有新区块（最新区块 ${p.head}），正常约每 ${p.expectedSeconds} 秒一个。恢复前该网络上的交易都无法确认。`,
    explain: (p, c) =>
      `${c.net(p.network)}本身已经约 ${p.stalledMinutes} 分钟没有产生新区块，这段时间里该网络上的所有交易都无法被处理，您的这笔也一样。这不是您的交易或手续费的问题，资金是安全的。网络恢复后，等待中的交易会按顺序被处理。`,
    steps: () => ['请等待网络恢复，不需要加速，也不需要重新发送。', '请不要重复发起同样的转账，否则网络恢复后两笔可能都会成功。'],
  },
  NETWORK_SLOW: {
    title: () => '网络比平时慢',
    detail: (p, c) =>
      p.finalityLagging === 'yes'
        ? `${c.net(p.network)}的最终确认比平时落后更多；当前约 ${p.intervalSeconds} 秒一个区块（平时约 ${p.expectedSeconds} 秒）。`
        : `${c.net(p.network)}当前约 ${p.intervalSeconds} 秒一个区块（平时约 ${p.expectedSeconds} 秒），或最新区块来得比平时晚。`,
    explain: (p, c) => `${c.net(p.network)}目前出块比平时慢，所以确认需要的时间会比平常长一些。这是网络本身的原因，不是您这笔转账的问题。`,
    steps: () => ['请比平时多等一会儿，您这边不需要做任何操作。'],
  },
  NETWORK_CONGESTED: {
    title: () => '网络拥堵',
    detail: (p, c) => `${c.net(p.network)}当前拥堵：${p.full === 'yes' ? '区块已满，' : ''}手续费明显高于近期水平。`,
    explain: (p, c) => `${c.net(p.network)}目前非常繁忙，手续费比平时高，等待中的交易被处理得比平时慢。这不是您这笔转账的问题。`,
    steps: () => ['如果比较着急，可以在钱包里点击“加速”提高手续费；不着急的话，等网络缓和后它会自动完成。'],
  },
  TX_PENDING_FEE_UNCOMPETITIVE: {
    title: () => '手续费低于当前大多数区块接受的水平',
    detail: (p, c) => `${c.net(p.network)}，nonce ${p.nonce}：给出的小费 ${p.tip}；近期区块最低约 ${p.p10}（中位数 ${p.p50}）。`,
    explain: (p, c) =>
      `您的这笔交易正在${c.net(p.network)}上等待${waited(p.waitedMinutes)}。它的手续费是有效的，但低于当前大多数区块接受的水平（${p.tipTotal ? `它给出的小费是 ${p.tipTotal}，近期区块对这样一笔交易一般要 ${p.p50Total} 左右` : `它给出的小费是 ${p.tip}，近期区块一般在 ${p.p50} 左右`}）。如果手续费不回落，可能要等上几个小时；也可以选择加速。您的资金还没有转出。`,
    steps: () => [
      '在钱包里对这笔交易点击“加速”提高手续费，新交易会替换掉这一笔。',
      '也可以继续等待：手续费回落后它会被处理，这期间资金不会损失。',
      '请不要为同一笔付款另外再发一笔新转账，否则可能会重复付款。',
    ],
  },
};
