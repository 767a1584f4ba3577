import type { solanaCodes } from '../../../diagnose/codes/solana.ts';
import type { HelpSlice } from '../types.ts';

export const solanaHelpZh: HelpSlice<keyof typeof solanaCodes> = {
  SOLANA_INSTRUCTION_FAILED: {
    title: '我的 Solana 交易失败了',
    means: '交易中的某一步失败了，所以 Solana 撤销了整笔交易。没有转出任何资产，只扣了很少的网络手续费。',
    why: ['应用的程序拒绝了这次操作，例如兑换时价格变动太大，或余额不足。'],
    todo: ['查看查询页面上的失败原因，然后再试一次。', '如果是兑换，调高滑点容忍度或减少数量通常会有帮助。'],
    time: '结果是最终的；重新发起几秒钟就能确认。',
  },
  SOLANA_TX_FAILED: {
    title: 'Solana 拒绝了我的交易',
    means: '网络整体拒绝了这笔交易，没有转出任何资产，只扣了手续费。',
    why: ['例如新账户里的余额会低于 Solana 要求的最低押金（租金），或者余额不足。'],
    todo: ['在钱包里多留一点 SOL（约 0.01 SOL）后重新发送。', '具体原因请看查询页面上的说明。'],
    time: '结果是最终的；重新发起几秒钟就能确认。',
  },
  SOLANA_PROCESSED: {
    title: '我的 Solana 交易已处理，但还没确认',
    means: '已有验证者处理了这笔交易，但网络还没有确认。几乎总是几秒内就会确认；极少数情况下它所在的区块被跳过，交易会被丢弃。',
    why: ['首次处理之后，还需要网络投票确认。'],
    todo: ['请几秒后再查看。', '这段时间请不要重复发起同样的转账。'],
    time: '几秒钟。',
  },
  SOLANA_SENT_TO_TOKEN_ACCOUNT: {
    title: '我把资产转到了 Solana 代币账户，而不是钱包地址',
    means: '您使用的地址是一个代币账户，不是钱包地址。这样转过去的资产，钱包里不会显示；能否找回取决于这个账户属于谁。',
    why: ['从区块浏览器里复制了代币账户地址，而不是收款方的钱包地址。'],
    todo: ['请联系收款账户的所有者（例如带着交易哈希联系交易所客服），说明情况。', '转账时请始终使用收款方的钱包地址，钱包会自动找到对应的代币账户。'],
    time: '等待不会改变结果；能否找回取决于账户的所有者。',
  },
  SOLANA_RECIPIENT_ACCOUNT_CREATED: {
    title: '为什么我的 Solana 转账花费比手续费多？',
    means: '收款方还没有这个代币的账户，您的转账为对方创建了一个，并支付了它的押金（约 0.002 SOL）。',
    why: ['在 Solana 上，每个钱包的每种代币都需要一个单独的账户，创建时需要少量押金。'],
    todo: ['不需要任何操作；以后给同一收款方转同一种代币，不会再收取。'],
    time: '已经全部完成。',
  },
};
