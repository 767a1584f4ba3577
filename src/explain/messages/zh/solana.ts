import type { solanaCodes } from '../../../diagnose/codes/solana.ts';
import type { FindingParams } from '../../../diagnose/types.ts';
import type { FindingCatalog } from '../../types.ts';

const feeOnly = (p: FindingParams) => `被扣掉的只是网络手续费${p.fee ? `（${p.fee}）` : ''}：Solana 处理交易时即使失败也会收取这笔费用，无法退回。`;
/** “USDC ”或空，用在“代币账户”前。 */
const sym = (p: FindingParams) => (p.symbol ? ` ${p.symbol} ` : '');
// 不说“仍在您的钱包里”：余额不足时钱包里本来就没有这么多，我们也不知道现在的余额。
const nothingMoved = (p: FindingParams) => (p.errorCategory === 'insufficient_funds' ? '没有任何资产被转出。' : p.intended ? `这笔交易没有转出 ${p.intended}。` : '没有任何资产被转走。');

/** 错误类别的中文说明（链上错误表只有英文含义）。 */
const categoryZh: Record<string, string> = {
  insufficient_funds: '转出账户的余额不足以完成这笔操作',
  rent: '账户里的 SOL 会低于 Solana 要求的最低保留额（免租金最低余额）',
  slippage: '从报价到执行之间价格波动超过了您设置的滑点，兑换被自动取消，以免您以更差的价格成交',
  expired: '交易已过期，没能在有效期内被处理',
  frozen: '该代币账户已被代币发行方冻结，无法转入或转出',
  authority: '签名的钱包没有操作这个账户的权限',
  account: '交易涉及的某个账户类型或状态不对（例如把钱包地址当成了代币账户地址）',
  compute: '交易的计算资源（Compute Units）用完了',
  other: '程序拒绝了这笔操作',
};

function whyZh(p: FindingParams): string {
  if (p.errorCategory === 'insufficient_funds' && p.balance && p.intended) return `您要转出 ${p.intended}，但转出账户里只有 ${p.balance}`;
  return `${categoryZh[String(p.errorCategory)] ?? categoryZh.other}（${p.errorName}）`;
}

function stepsZh(p: FindingParams): string[] {
  switch (p.errorCategory) {
    case 'insufficient_funds':
      return ['请先在钱包里确认这个代币的余额，再按实际持有的数量重新发起转账。', '请在钱包里留一点 SOL（约 0.01 SOL）用来支付手续费。'];
    case 'slippage':
      return ['请重新兑换一次；如果还是失败，可以把滑点稍微调高一点，或者减少兑换数量。', '交易量小的代币价格波动很快，也可以换个时间再试。'];
    case 'account':
      return ['请核对收款地址：必须是对方钱包“收款”页面显示的钱包地址，而不是代币账户地址。', '建议用正规钱包重新转账，钱包会自动选择正确的代币账户。'];
    case 'frozen':
      return ['代币账户只能由代币发行方解冻，请带上交易哈希联系发行方官方客服。'];
    case 'authority':
      return ['签名的钱包无权操作被转出的账户，请确认您使用的是正确的钱包。'];
    case 'compute':
      return ['请重新发起一次；如果是在某个 DApp 里操作的，请把交易哈希发给该 DApp 的客服，计算资源是由它设置的。'];
    default:
      return ['请把交易哈希发给您所使用的钱包或 DApp 的客服：这个错误来自它调用的程序。'];
  }
}

export const solanaZh: FindingCatalog<keyof typeof solanaCodes> = {
  SOLANA_INSTRUCTION_FAILED: {
    title: (p) => `第 ${p.instruction} 条指令执行失败：${p.errorName}`,
    detail: (p, c) =>
      `在${c.net(p.network)}上第 ${p.instruction} 条指令（${p.program}）失败：${p.errorCode}（${p.errorName}）— ${p.reason}。整笔交易已回滚。已扣手续费：${p.fee ?? '未知'}。`,
    explain: (p, c) =>
      p.errorCategory === 'slippage'
        ? `您在${c.net(p.network)}上的这笔兑换没有成功：${whyZh(p)}。没有任何资产被兑换。${feeOnly(p)}`
        : `您的这笔交易在${c.net(p.network)}上执行失败了：${whyZh(p)}。Solana 交易中只要有一步失败，整笔交易都会被取消。${nothingMoved(p)}${feeOnly(p)}`,
    steps: (p) => stepsZh(p),
  },
  SOLANA_TX_FAILED: {
    title: (p) => `交易失败：${p.errorName}`,
    detail: (p, c) => `${c.net(p.network)}拒绝了这笔交易：${p.errorName}${p.account ? `（账户 ${p.account}）` : ''}。已扣手续费：${p.fee ?? '未知'}。`,
    explain: (p, c) => {
      if (p.errorName === 'InsufficientFundsForRent' && p.rentRole === 'recipient') {
        return `您在${c.net(p.network)}上的这笔转账${p.intended ? `（${p.intended}）` : ''}被拒绝了，因为收款地址之前没有任何 SOL。Solana 上每个账户至少要保留 ${p.minimum}（免租金最低余额），所以向新地址第一次转入少于这个数量的 SOL 会失败。${nothingMoved(p)}${feeOnly(p)}`;
      }
      if (p.errorName === 'InsufficientFundsForRent' && p.rentRole === 'sender') {
        return `您在${c.net(p.network)}上的这笔转账被拒绝了，因为转出后您的钱包里会剩下不到 ${p.minimum}，低于 Solana 账户的最低保留额（全部转空除外）。${nothingMoved(p)}${feeOnly(p)}`;
      }
      return `${c.net(p.network)}拒绝了您的这笔交易：${categoryZh[String(p.errorCategory)] ?? categoryZh.other}（${p.errorName}）。${nothingMoved(p)}${feeOnly(p)}`;
    },
    steps: (p) =>
      p.errorName === 'InsufficientFundsForRent'
        ? p.rentRole === 'sender'
          ? [`请少转一点，让钱包里至少留下 ${p.minimum}；或者一次把余额全部转出。`]
          : [`向新地址第一次转账请至少转 ${p.minimum}（建议 0.001 SOL 以上），之后再转小额就没有问题了。`]
        : ['请重新发起一次；如果还是同样失败，请把交易哈希发给我们。'],
  },
  SOLANA_PROCESSED: {
    title: () => '已被处理，等待网络确认',
    detail: (p, c) => `已被${c.net(p.network)}验证者处理，尚未获得集群确认；如果一直未确认，签名后约 ${p.expirySeconds ?? 90} 秒过期。`,
    explain: (p, c) =>
      `您的这笔交易已经到达${c.net(p.network)}并被验证者处理，但网络还没有确认它，通常几秒钟内就会确认。极少数情况下已处理的交易会被丢弃，那样它会在签名后约 ${p.expirySeconds ?? 90} 秒过期，不会扣任何费用。`,
    steps: (p) => ['请稍等一分钟再查看，您这边不需要做任何操作。', `在这笔交易确认或过期（约 ${p.expirySeconds ?? 90} 秒）之前，请不要重复转账，以免重复付款。`],
  },
  SOLANA_SENT_TO_TOKEN_ACCOUNT: {
    title: (p) => (p.kind === 'sol' ? `${p.amount} 转进了一个${sym(p)}代币账户` : `${p.amount} 转进了由代币账户持有的账户`),
    detail: (p) =>
      p.kind === 'sol'
        ? `收款方 ${p.tokenAccount} 是${sym(p)}代币账户${p.accountOwner ? `（所有者 ${p.accountOwner}）` : ''}，不是钱包。SOL 存在该账户的 lamports 余额里，只有所有者关闭该账户（代币余额为 0 时）才能取回。`
        : `收款“钱包” ${p.tokenAccount} 本身是${sym(p)}代币账户${p.accountOwner ? `（所有者 ${p.accountOwner}）` : ''}；钱包为它创建了 ${p.stuckAccount}。${p.noKey === 'yes' ? '该地址是程序派生地址，不存在私钥。' : '只有持有该地址私钥的人才能转出。'}`,
    explain: (p) =>
      p.kind === 'sol'
        ? `这 ${p.amount} 转到了 ${p.tokenAccount}，但这不是钱包地址，而是一个${sym(p)}代币账户${p.accountOwner ? `（属于钱包 ${p.accountOwner}）` : ''}。转进代币账户的 SOL 不会显示在任何 SOL 余额里，交易所也不会为它入账。只有这个代币账户的所有者，通过关闭该账户，才能把这些 SOL 取回。`
        : `这 ${p.amount} 没有到达任何钱包。您填写的收款地址 ${p.tokenAccount} 本身是一个${sym(p)}代币账户${p.accountOwner ? `（属于 ${p.accountOwner}）` : ''}，所以您的钱包以这个地址为所有者新建了一个代币账户，并把 ${p.amount} 存了进去。${p.noKey === 'yes' ? '这个地址不存在私钥，没有人能签名转出，实际上这些代币已经无法再转移。' : '只有持有这个地址私钥的人才能转出它们。'}`,
    steps: (p) => [
      p.accountOwner
        ? `请带上交易哈希联系给您这个地址的平台，说明${p.kind === 'sol' ? ' SOL ' : '代币'}被转到了他们的${sym(p)}代币账户 ${p.tokenAccount}，而不是他们的钱包地址${p.kind === 'sol' ? '；这个账户由他们控制，他们可以取回这些 SOL' : ''}。`
        : '请带上交易哈希联系收款方：只有该账户的所有者能够处理。',
      '区块链转账一经完成无法撤销，我们和您的钱包都无法退回。',
      '以后请使用对方钱包“收款”页面显示的地址（交易所请使用 Solana 网络的充值地址），不要使用区块浏览器里看到的代币账户地址。',
    ],
  },
  SOLANA_RECIPIENT_ACCOUNT_CREATED: {
    title: (p) => `为收款方开通了 ${p.symbol} 账户（租金 ${p.rent}）`,
    detail: (p) => `这笔转账为 ${p.recipient} 创建了 ${p.symbol} 代币账户；${p.payer} 支付了 ${p.rent} 的租金押金。`,
    explain: (p) =>
      `除了网络手续费，这笔转账还多花了 ${p.rent}：收款方之前没有 ${p.symbol} 账户，您的钱包替对方开通了一个，而 Solana 要求每个代币账户存入 ${p.rent} 的押金（称为“租金”）才能保持开通。这是正常现象。这笔押金留在该代币账户里，将来账户关闭时会退还给账户所有者。`,
    steps: () => ['不需要做任何操作，这笔转账是正常完成的。'],
  },
};
