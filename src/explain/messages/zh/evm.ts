import type { evmCodes } from '../../../diagnose/codes/evm.ts';
import type { FindingCatalog } from '../../types.ts';

const waited = (m: unknown) => (typeof m === 'number' && m > 0 ? `（我们看到它已经等了 ${m} 分钟）` : '');

export const evmZh: FindingCatalog<keyof typeof evmCodes> = {
  TX_PENDING: {
    title: () => '等待打包中（手续费正常）',
    detail: (p, c) => `在${c.net(p.network)}交易池中，nonce ${p.nonce}，手续费不低于当前基础费${waited(p.waitedMinutes)}。`,
    explain: (p, c) => `您的这笔交易正在${c.net(p.network)}上等待打包${waited(p.waitedMinutes)}。它的手续费是正常的，应该很快就会被处理；网络繁忙时可能需要几分钟。`,
    steps: () => ['请稍等片刻，不需要做任何操作。', '在这笔交易完成前，请不要重复发起同样的转账，以免重复付款。'],
  },
  TX_PENDING_FEE_TOO_LOW: {
    title: () => '卡住了：手续费低于当前基础费',
    detail: (p, c) => `最高手续费 ${p.offered} 低于${c.net(p.network)}当前基础费 ${p.baseFee}；nonce ${p.nonce}。在基础费降到其最高手续费以下前不会被打包。`,
    explain: (p, c) =>
      `您的这笔交易在${c.net(p.network)}上卡住了${waited(p.waitedMinutes)}：${p.offeredTotal ? `它最多只愿意付 ${p.offeredTotal} 的手续费，而按网络现在的费用需要约 ${p.requiredTotal}` : `它设置的手续费（${p.offered}）低于网络当前要求的最低费用（${p.baseFee}）`}，所以在网络费用降下来之前不会被处理。您的资金还没有转出。`,
    steps: (p) => [
      '在钱包里对这笔交易点击“加速”，用更高的手续费重新发送，新交易会替换掉卡住的这笔。',
      '或者点击“取消”，钱包会用更高的手续费发一笔空交易来替换它。',
      '请不要为同一笔付款另外再发一笔新转账，否则可能会重复付款。',
    ],
  },
  TX_PENDING_NONCE_GAP: {
    title: (p) => `卡在前一笔交易（nonce ${p.blockingNonce}）之后`,
    detail: (p, c) => `${c.net(p.network)}上 nonce ${p.nonce}；发送方下一个待打包的 nonce 是 ${p.blockingNonce}，该交易${p.blocker === 'pending' ? '本身也在等待中' : '不在交易池里'}。`,
    explain: (p) =>
      p.blocker === 'pending'
        ? '您的这笔交易在等您钱包里更早的一笔交易，而那一笔本身也还在等待中。同一个钱包的交易必须按顺序处理，所以要等前一笔完成后，这一笔才会被处理。您的资金还没有转出。'
        : `您的这笔交易在等您钱包里更早的一笔交易（钱包交易序号 ${p.blockingNonce}），但网络从来没有收到过那一笔。同一个钱包的交易必须按顺序处理，这个空缺不补上，这一笔就无法被处理。您的资金还没有转出。`,
    steps: (p) => [
      p.blocker === 'pending' ? '请先在钱包里对前面那笔等待中的交易点击“加速”或“取消”，这一笔会随后处理。' : `在钱包高级设置里自定义交易序号，发送一笔序号为 ${p.blockingNonce} 的交易（例如给自己转一小笔，或使用“取消”），把空缺补上。`,
      '或者在钱包里重置/清除待处理记录后，重新发起这笔转账。',
    ],
  },
  TX_REPLACED: {
    title: () => '已被另一笔交易替换',
    detail: (p, c) => `${c.net(p.network)}上 nonce ${p.nonce} 已被 ${p.replacedBy ?? '另一笔已打包的交易'} 使用；此哈希永远不会确认。`,
    explain: (p) => `这笔交易已经被同一钱包发出的另一笔交易替换了（例如您点过“加速”或“取消”），所以它本身永远不会被处理。${p.replacedBy ? '实际发生的是替换它的那笔交易。' : ''}`,
    steps: (p) => [
      p.replacedBy ? `请查看替换它的交易 ${p.replacedBy}：如果那是“加速”，您的转账已经通过那笔完成；如果是“取消”，则没有转出任何资产。` : '请在钱包交易记录里找到替换它的那笔交易。',
      '如果您自己没有点过加速或取消，请马上告诉我们。',
    ],
  },
  TX_DROPPED: {
    title: () => '未被处理，已被网络丢弃',
    detail: (p, c) => `之前看到它在等待中；现在已不在${c.net(p.network)}交易池里，nonce ${p.nonce} 仍未被使用。`,
    explain: () => '这笔交易等待时间过长，已被网络丢弃，没有被处理。没有转出任何资产，也没有扣手续费。',
    steps: () => ['您可以放心地用正常手续费重新发起这笔转账。'],
  },
  TX_OUT_OF_GAS: {
    title: (p) => (p.certainty === 'probable' ? '交易失败：很可能是 Gas 不足' : '交易失败：Gas 不足'),
    detail: (p, c) =>
      p.certainty === 'certain' || p.certainty === undefined
        ? `在${c.net(p.network)}上用完了全部 Gas 上限（${p.gasLimit}）；已扣手续费：${p.fee ?? '未知'}。`
        : `在${c.net(p.network)}上没有给出原因就回滚了，用掉了 ${p.gasLimit} Gas 上限中的 ${p.gasUsed}${p.innerCall ? `；调用追踪显示对 ${p.innerCall} 的内部调用耗尽了 Gas` : '：内部调用可能耗尽了分给它的 Gas，外层调用只剩 1/64 的 Gas，随后回滚（EIP-150）'}；已扣手续费：${p.fee ?? '未知'}。`,
    explain: (p, c) =>
      p.certainty === 'probable'
        ? `您的这笔交易在${c.net(p.network)}上失败了，很可能是 Gas 不足：它几乎用完了 Gas 上限（${p.gasLimit} 中用了 ${p.gasUsed}），合约也没有给出其他原因。${p.intended ? `${p.intended} 并没有转出。` : '没有任何资产被转走。'}网络手续费${p.fee ? `（${p.fee}）` : ''}已在这次尝试中消耗掉，无法退回。`
        : p.certainty === 'traced'
          ? `您的这笔交易在${c.net(p.network)}上失败了，原因是它调用的合约（${p.innerCall}）在执行中耗尽了 Gas：给这笔交易设置的 Gas 上限不够完成这次操作。${p.intended ? `${p.intended} 并没有转出。` : '没有任何资产被转走。'}网络手续费${p.fee ? `（${p.fee}）` : ''}已在这次尝试中消耗掉，无法退回。`
          : `您的这笔交易在${c.net(p.network)}上失败了，原因是给它设置的 Gas 上限太低，不够完成这次操作。${p.intended ? `这笔交易没有转出 ${p.intended}。` : '没有任何资产被转走。'}网络手续费${p.fee ? `（${p.fee}）` : ''}已在这次尝试中消耗掉，无法退回。`,
    steps: () => ['请重新发起，并让钱包自动估算 Gas 上限（不要手动调低）。'],
  },
  SENT_TO_CONTRACT: {
    title: () => '代币转到了合约地址',
    detail: (p) => `代币收款方 ${p.recipient} 是合约；只有其合约代码能转出这 ${p.amount}。`,
    explain: (p) => `这笔 ${p.amount} 转到了一个智能合约地址，而不是普通钱包。如果这是交易所或平台的充值地址，属于正常情况；否则只有该合约的管理方可能有办法转出这笔资金。`,
    steps: () => ['请向收款平台确认这是他们的充值地址，并把交易哈希发给他们。'],
  },
};
