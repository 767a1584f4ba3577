import type { semanticsCodes } from '../../../diagnose/codes/semantics.ts';
import type { FindingParams } from '../../../diagnose/types.ts';
import type { FindingCatalog } from '../../types.ts';

const RESOURCE: Record<string, string> = { energy: '能量', bandwidth: '带宽', power: '投票权' };
const RESOURCE_USE: Record<string, string> = {
  energy: '能量（转 USDT 等代币时用能量抵扣，不用再燃烧 TRX）',
  bandwidth: '带宽（普通转账用带宽抵扣，不用再燃烧 TRX）',
  power: '投票权，可以给超级代表投票',
};
const ACTION: Record<string, string> = { stake: '质押', unstake: '解除质押', delegate: '代理资源', undelegate: '回收资源', withdraw: '提取', 'cancel-unstake': '取消解除质押', 'stake-account': '创建质押账户', split: '拆分', merge: '合并' };
const res = (p: FindingParams) => RESOURCE[String(p.resource)] ?? '资源';
const approvedWords = (p: FindingParams) => (p.approved === 'unlimited' ? `您的 ${p.token}（不限额度）` : `您最多 ${p.approved}`);
const tronReady = (p: FindingParams) => (p.availableAt ? `从 ${p.availableAt} 起` : `在这笔交易约 ${p.waitDays ?? 14} 天后`);

function tronStaking(p: FindingParams): { title: string; explain: string; steps: string[] } {
  const amount = p.amount ?? '这些 TRX';
  switch (p.action) {
    case 'stake':
      return {
        title: `质押了 ${amount} 获取${res(p)}`,
        explain: `您在波场上质押了 ${amount} 来获取${res(p)}。这些 TRX 没有转给任何人，也没有丢失：它们仍然在您的账户里，只是变成了“已质押”状态，所以可用余额少了 ${amount}。作为回报，您的账户每天都会得到${RESOURCE_USE[String(p.resource)] ?? '资源'}。您可以随时解除质押，解除后 14 天就能把 TRX 提回可用余额。`,
        steps: ['不需要做任何操作。如果想把 TRX 拿回来，可以在钱包的质押（资源）页面解除质押，解除 14 天后即可提取。'],
      };
    case 'unstake':
      return {
        title: `正在解除质押 ${amount}：${p.availableAt ? `${p.availableAt} 可提取` : `${p.waitDays ?? 14} 天后可提取`}`,
        explain: `您开始解除质押 ${amount}（原来用于获取${res(p)}）。这些 TRX 没有丢失：波场规定解除质押的 TRX 要等待 ${p.waitDays ?? 14} 天，${tronReady(p)}就可以提取到可用余额。在这之前，钱包里会显示为“解锁中”，它们提供的${res(p)}也已经停止。`,
        steps: [`${p.availableAt ? `${p.availableAt} 之后` : `${p.waitDays ?? 14} 天之后`}，请在钱包的质押页面点击“提取”（有些钱包会自动提取）。`],
      };
    case 'delegate':
      return {
        title: `把 ${amount} 质押产生的${res(p)}代理给了 ${p.receiver}`,
        explain: `您把 ${amount} 已质押 TRX 所产生的${res(p)}代理（借）给了 ${p.receiver}。TRX 本身并没有转出：它们仍然质押在您的账户里，仍然属于您，对方只是可以使用这部分${res(p)}。您可以随时在钱包里回收（取消代理）。`,
        steps: ['如果这不是您有意的操作，请在钱包的质押页面回收这部分资源。'],
      };
    case 'undelegate':
      return {
        title: `收回了代理给 ${p.receiver} 的${res(p)}`,
        explain: `您收回了之前代理给 ${p.receiver} 的${res(p)}（对应 ${amount} 已质押 TRX）。这些 TRX 重新为您自己的账户提供资源，没有任何损失。`,
        steps: ['不需要做任何操作。'],
      };
    case 'withdraw':
      return {
        title: `提取了 ${amount} 已解除质押的 TRX`,
        explain: `这笔交易把 ${amount} 已经过了 14 天等待期的 TRX 提回了您的可用余额，没有任何损失。`,
        steps: ['不需要做任何操作，这些 TRX 已经在您的可用余额里。'],
      };
    default:
      return {
        title: '取消了解除质押',
        explain: '您取消了正在进行的解除质押：还在等待期的 TRX 重新变为质押状态，已经过了等待期的 TRX 回到了可用余额。没有任何损失。',
        steps: ['不需要做任何操作。'],
      };
  }
}

function solanaStaking(p: FindingParams): { title: string; explain: string; steps: string[] } {
  const amount = p.amount ?? '这些 SOL';
  const back = '以后想把 SOL 拿回来，请先在钱包里解除质押，等当前周期结束后（通常 2 到 3 天内）再提取。';
  switch (p.action) {
    case 'stake':
      return {
        title: `向验证节点 ${p.validator} 质押了 ${amount}`,
        explain: `您质押了 ${amount}：钱包创建了一个质押账户（${p.stakeAccount}），把 ${amount} 存了进去，并委托给验证节点 ${p.validator}。这些 SOL 没有丢失，也没有转给任何人：质押账户由您的钱包控制，并且会产生质押收益。解除质押并等当前周期结束后（通常 2 到 3 天内），就可以提取回钱包。`,
        steps: [`不需要做任何操作。${back}`],
      };
    case 'delegate':
      return {
        title: `质押已委托给验证节点 ${p.validator}`,
        explain: `您的质押账户 ${p.stakeAccount} 已委托给验证节点 ${p.validator}。SOL 仍然在这个由您的钱包控制的质押账户里，没有任何损失。`,
        steps: [`不需要做任何操作。${back}`],
      };
    case 'unstake':
      return {
        title: `正在解除质押账户 ${p.stakeAccount}`,
        explain: `您开始解除质押：质押账户 ${p.stakeAccount} 正在停用。里面的 SOL 没有丢失，等当前周期结束后（通常 2 到 3 天内），就可以提取到您的钱包。`,
        steps: ['周期结束后，请在钱包的质押页面把 SOL 提取出来。'],
      };
    case 'withdraw':
      return {
        title: `从质押账户提取了 ${amount}`,
        explain: `您从质押账户 ${p.stakeAccount} 提取了 ${amount} 到 ${p.receiver}，这部分 SOL 已不再质押。`,
        steps: ['不需要做任何操作。'],
      };
    default:
      return {
        title: p.action === 'merge' ? '合并了质押账户' : p.action === 'split' ? '拆分了质押账户' : '创建了质押账户',
        explain: `${p.action === 'merge' ? `质押账户 ${p.stakeAccount} 已合并到 ${p.receiver}。` : p.action === 'split' ? `从质押账户 ${p.stakeAccount} 拆出 ${amount} 到新的质押账户 ${p.receiver}。` : `创建了质押账户 ${p.stakeAccount}，存入 ${amount}。`}这些 SOL 仍然质押在由您的钱包控制的账户里，没有任何损失。`,
        steps: [`不需要做任何操作。${back}`],
      };
  }
}

const staking = (p: FindingParams) => (p.family === 'solana' ? solanaStaking(p) : tronStaking(p));

export const semanticsZh: FindingCatalog<keyof typeof semanticsCodes> = {
  APPROVAL_GRANTED: {
    title: (p) => `已授权：${p.spenderLabel ?? p.spender} 可以动用${p.approved === 'unlimited' ? `您的全部 ${p.token}` : `最多 ${p.approved}`}`,
    detail: (p, c) => `${c.net(p.network)}上的 ${p.kind} 授权：${p.owner} 的 ${p.token} → 被授权地址 ${p.spender}${p.spenderLabel ? `（${p.spenderLabel}）` : ''}，额度 ${p.approved}。这笔交易没有转移任何资产。`,
    explain: (p) =>
      `这笔交易授权${p.spenderLabel ? ` ${p.spenderLabel}（${p.spender}）` : `应用合约 ${p.spender} `}动用${approvedWords(p)}。使用兑换、存入等应用功能之前通常都需要这一步，这笔交易本身没有从您的钱包转走任何资产。如果您不认识这个授权，请把它撤销。`,
    steps: (p) => [
      p.kind === 'trc20'
        ? `如果这不是您有意给出的授权，请在钱包的授权管理里撤销：代币 ${p.token}，被授权地址 ${p.spender}。`
        : `如果这不是您有意给出的授权，请撤销它（可以在 revoke.cash 或钱包的授权管理里操作）：代币 ${p.token}，被授权地址 ${p.spender}。`,
    ],
  },
  STAKING_OPERATION: {
    title: (p) => staking(p).title,
    detail: (p, c) =>
      `${c.net(p.network)}上的${p.family === 'solana' ? '质押程序' : '质押 2.0 '}操作（${ACTION[String(p.action)] ?? '其他'}）${p.amount ? `：${p.amount}` : ''}${p.resource ? `，资源 ${res(p)}` : ''}${p.receiver ? `，对方 ${p.receiver}` : ''}${p.validator ? `，验证节点 ${p.validator}` : ''}${p.stakeAccount ? `，质押账户 ${p.stakeAccount}` : ''}${p.availableAt ? `；${p.availableAt} 起可提取` : ''}${p.fee ? `；手续费 ${p.fee}` : ''}。`,
    explain: (p) => staking(p).explain,
    steps: (p) => staking(p).steps,
  },
  DUSTING_TRANSFERS: {
    title: (p) => `您转账后马上收到陌生地址的${Number(p.count) === 1 ? '一笔' : ` ${p.count} 笔`}小额转账（粉尘攻击）`,
    detail: (p, c) =>
      `${c.net(p.network)}上在本人转出 ${p.afterAmount}（交易 ${p.afterTx}）之后，收到来自 ${p.senders}${Number(p.senderCount) > 3 ? ' 等地址' : ''}的主动转入：极小金额、零金额或不明代币（${p.assets}）。与联系人地址不算高度相似，但仍按投毒诱饵处理。`,
    explain: (p) =>
      `您刚转出 ${p.afterAmount} 之后，就有陌生地址（${p.senders}）往您的地址转了极小金额或不明代币（${p.assets}）。您没有任何损失：这些转账只是在您的交易记录里多了几条记录。这叫“粉尘攻击”：骗子专门盯着真实转账这样做，希望您下次转账时从记录里复制错地址，或者去访问代币名称里写的网站。即使这些地址看起来和您常用的地址不太像，也请把它们当作骗子地址。`,
    steps: () => ['请不要从交易记录里复制地址。请从收款方那里或您保存的地址簿复制，并完整核对每一个字符。', '这类小额转账可以隐藏或忽略，请不要与它们交互。'],
  },
};
