import type { tronCodes } from '../../../diagnose/codes/tron.ts';
import type { FindingParams } from '../../../diagnose/types.ts';
import type { FindingCatalog } from '../../types.ts';

/** 能量，一句话讲清楚。 */
const ENERGY = '在波场上，USDT 这类代币转账要消耗“能量”，能量可以通过质押或租用 TRX 获得，账户里没有能量时，网络会直接燃烧账户里的 TRX 来支付。';
/** 直接回答“你们是不是乱收费”：手续费给了谁。 */
const FEE_GOES_TO_NETWORK = '这笔手续费是波场网络收取的（TRX 被直接燃烧），钱包和我们都没有收取任何费用。';

const notMoved = (p: FindingParams) => (p.intended ? `这笔交易没有转出 ${p.intended}。` : '没有任何资产被转走。');
const spent = (p: FindingParams) => (p.fee ? `失败前已燃烧的 ${p.fee} 无法退回。` : '失败前已燃烧的 TRX 无法退回。');

/** 合约执行结果的中文含义（英文见 chains/tron/results.ts）。 */
const resultZh: Record<string, string> = {
  BAD_JUMP_DESTINATION: '合约跳转到了无效的代码位置',
  OUT_OF_MEMORY: '合约使用的内存过多',
  PRECOMPILED_CONTRACT: '预编译合约调用失败',
  STACK_TOO_SMALL: '虚拟机栈下溢',
  STACK_TOO_LARGE: '虚拟机栈溢出',
  ILLEGAL_OPERATION: '合约执行了无效指令（例如内部校验 assert 未通过）',
  STACK_OVERFLOW: '虚拟机栈溢出',
  JVM_STACK_OVER_FLOW: '合约调用层级过深',
  UNKNOWN: '节点报告了未知的执行错误',
  TRANSFER_FAILED: '合约内部的 TRX/TRC-10 转账失败',
  INVALID_CODE: '合约代码无效',
};
const meaning = (p: FindingParams) => resultZh[String(p.result)] ?? '合约执行出错';

export const tronZh: FindingCatalog<keyof typeof tronCodes> = {
  TRON_PENDING: {
    title: (p) => (p.state === 'expired' ? '未被处理，已过期' : '已广播，等待打包'),
    detail: (p, c) =>
      p.state === 'expired'
        ? `在${c.net(p.network)}待打包池中，但已超过过期时间，不会再被打包。`
        : `在${c.net(p.network)}待打包池中${typeof p.expiresInSeconds === 'number' ? `；若 ${p.expiresInSeconds} 秒内未被打包将过期` : ''}。`,
    explain: (p, c) =>
      p.state === 'expired'
        ? `您的这笔交易在过期前没有被${c.net(p.network)}处理，所以永远不会成功。没有转出任何资产，也没有扣手续费。`
        : `您的这笔交易已经发送到${c.net(p.network)}，正在等待打包进区块。波场每 3 秒出一个块，通常几秒钟就会完成。`,
    steps: (p) => (p.state === 'expired' ? ['您可以放心地重新发起这笔转账。'] : ['请一分钟后再查看，不需要做任何操作。', '在这笔交易完成前，请不要重复发起同样的转账，以免重复付款。']),
  },
  TRON_OUT_OF_ENERGY: {
    title: () => '交易失败：能量不足',
    detail: (p, c) =>
      `${c.net(p.network)}上 OUT_OF_ENERGY：共消耗 ${p.energyTotal ?? '?'} 能量（质押 ${p.energyStake ?? 0}，燃烧 ${p.energyFee ?? 'TRX'} 支付 ${p.energyBurned ?? 0}）${p.feeLimit ? `，未达到 ${p.feeLimit} 的费用上限` : ''}：账户的能量和 TRX 都用完了。已扣手续费：${p.fee ?? '未知'}。`,
    explain: (p, c) => `您的这笔交易在${c.net(p.network)}上失败了，原因是发送账户的能量和 TRX 不够完成这次操作。${ENERGY}${notMoved(p)}${spent(p)}`,
    steps: (p) => [
      p.budget
        ? `重新发送前，请在发送账户里至少保留 ${p.budget}（即使转给从未持有过 USDT 的地址也够用），或者先质押 TRX / 租用能量，这样转账几乎不用燃烧 TRX。`
        : '重新发送前，请先往发送账户里充值更多 TRX，或者质押 TRX / 租用能量。',
      '然后重新发起转账即可，失败的这笔不需要取消。',
    ],
  },
  TRON_FEE_LIMIT_TOO_LOW: {
    title: (p) => (p.feeLimit ? `交易失败：费用上限 ${p.feeLimit} 设置过低` : '交易失败：费用上限设置过低'),
    detail: (p, c) =>
      `${c.net(p.network)}上在费用上限处 OUT_OF_ENERGY：消耗 ${p.energyTotal ?? '?'} 能量，达到 ${p.feeLimit ?? '费用'}上限；账户本身余额足够支付更多。已扣手续费：${p.fee ?? '未知'}。`,
    explain: (p, c) =>
      `您的这笔交易在${c.net(p.network)}上失败了，原因是它的费用上限${p.feeLimit ? `（${p.feeLimit}）` : ''}——也就是这笔交易最多允许花在能量上的 TRX——对这次转账来说太低了，而不是您的 TRX 不够。${ENERGY}${notMoved(p)}${spent(p)}`,
    steps: (p) => [
      `请调高费用上限后重新发送${p.suggestedFeeLimit ? `（至少 ${p.suggestedFeeLimit}）` : ''}。费用上限只是一个封顶值，实际只按用掉的能量收费。`,
      '如果无法修改费用上限，请使用钱包默认的手续费设置（不要自定义），或者先质押 TRX / 租用能量再发送。',
    ],
  },
  TRON_OUT_OF_TIME: {
    title: () => '交易失败：合约执行超时（OUT_OF_TIME）',
    detail: (p, c) =>
      `${c.net(p.network)}上 OUT_OF_TIME：超过波场虚拟机的执行时间限制；扣除 ${p.energyTotal ?? '?'} 能量${p.feeLimit ? `（最多可达整个 ${p.feeLimit} 费用上限）` : ''}。已扣手续费：${p.fee ?? '未知'}。`,
    explain: (p, c) =>
      `您的这笔交易在${c.net(p.network)}上失败了：它调用的智能合约执行时间超过了网络对单笔交易的限制，被强制停止。这种情况下，网络会按交易的费用上限扣除能量，所以扣了${p.fee ?? '手续费'}。${notMoved(p)}这是合约本身（或当时合约过于繁忙）造成的，不是您钱包的问题。`,
    steps: () => ['请不要连续重复同样的操作：每次失败都可能再烧掉整个费用上限。', '请联系您当时使用的应用（DApp）的客服，并把交易哈希发给他们。'],
  },
  TRON_CONTRACT_FAILED: {
    title: (p) => `交易失败：${p.result}`,
    detail: (p, c) => `${c.net(p.network)}上 ${p.result}：${meaning(p)}。已扣手续费：${p.fee ?? '未知'}。`,
    explain: (p, c) => `您的这笔交易已在${c.net(p.network)}上处理，但智能合约执行失败（${meaning(p)}）。${notMoved(p)}只扣除了网络手续费${p.fee ? `（${p.fee}）` : ''}，无法退回。`,
    steps: () => ['请向应用或代币发行方确认这个操作需要满足什么条件，再重新尝试。', '请在钱包里保留足够的 TRX，用来支付重新发送的手续费。'],
  },
  TRON_HIGH_FEE_ENERGY_BURN: {
    title: (p) => `交易成功；燃烧了 ${p.energyFee} 支付能量`,
    detail: (p, c) =>
      `${c.net(p.network)}上：共 ${p.energyTotal} 能量，质押提供 ${p.energyStake}，燃烧 ${p.energyFee} 支付 ${p.energyBurned}${p.energyPriceSun ? `（每单位能量 ${p.energyPriceSun} sun）` : ''}；动态能量惩罚 ${p.energyPenalty}（${p.penaltyPercent}%）${p.firstUsdt === 'yes' ? '；收款地址此前没有 USDT（约 13 万而不是约 6.5 万能量）' : ''}。总手续费 ${p.fee ?? p.energyFee}。`,
    explain: (p, c) =>
      [
        `您的这笔交易已在${c.net(p.network)}上成功。手续费（${p.fee ?? p.energyFee}）偏高，是因为发送账户${Number(p.energyStake) > 0 ? '能量不够' : '没有能量'}，网络燃烧了 TRX 来代替。`,
        ENERGY,
        FEE_GOES_TO_NETWORK,
        p.firstUsdt === 'yes' ? '收款地址之前从未持有过 USDT，这种情况下转账消耗的能量大约翻倍（约 13 万，而不是约 6.5 万）。' : '',
        Number(p.energyPenalty) > 0 ? `其中约 ${p.penaltyPercent}% 的能量是波场对 USDT 这类特别繁忙的合约额外收取的。` : '',
        '手续费无法退回，但您的转账已经完成。',
      ]
        .filter(Boolean)
        .join(''),
    steps: (p) =>
      [
        '下次想少付手续费，可以在转账前质押 TRX 获得能量，或者租用能量；能量充足时，USDT 转账基本不用燃烧 TRX。',
        p.usdt === 'yes' && p.holderCost ? `转给已经持有 USDT 的地址会便宜一些（没有能量时约 ${p.holderCost}）。` : '',
        '这笔转账本身不需要您再做任何操作。',
      ].filter(Boolean),
  },
  TRON_ACCOUNT_ACTIVATION_FEE: {
    title: (p) => `激活了新账户：收取 ${p.activationFee} 激活费`,
    detail: (p, c) =>
      `收款地址 ${p.account} 在${c.net(p.network)}上原本不存在，这笔转账创建了它：激活费 ${p.activationFee}（1 TRX 账户创建费，发送方没有质押带宽时另加 0.1 TRX）。总手续费 ${p.fee ?? p.activationFee}。`,
    explain: (p, c) =>
      `您的这笔转账${p.amount ? `（${p.amount}）` : ''}已经成功。收款地址之前从未在${c.net(p.network)}上使用过，这笔转账同时激活了它，需要收取一次性的激活费 ${p.activationFee}。所以从您钱包扣除的 TRX 比转账金额多了一点。${FEE_GOES_TO_NETWORK}以后再向这个地址转账，不会再收这笔费用。`,
    steps: () => ['不需要做任何操作：每个新地址只收一次激活费。'],
  },
};
