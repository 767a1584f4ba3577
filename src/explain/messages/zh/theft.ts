import type { theftCodes } from '../../../diagnose/codes/theft.ts';
import type { FindingCatalog, Step } from '../../types.ts';

const moveNow: Step = { key: 'move-funds', weight: 1, text: '请立即把剩余资产转到一个用新助记词创建的新钱包（在您信任的设备上创建），不要再使用旧的助记词。' };
/** 我们已经掌握的哈希不再向用户要，只要我们看不到的。 */
const otherHashes: Step = { key: 'send-hashes', text: '如果您还看到其他不认识的交易，请把它的哈希发给我们。' };

export const theftZh: FindingCatalog<keyof typeof theftCodes> = {
  RISKY_APPROVAL: {
    title: (p) => (p.source === 'tx' ? `这笔交易授权 ${p.spender} 动用您的 ${p.token}（${p.approved === 'unlimited' ? '无限额度' : `最多 ${p.approved}`}）` : `${p.current === 'none' ? '授权' : '仍有效的授权'}：${p.spender} 可以动用您的 ${p.token}`),
    detail: (p, c) => `${c.net(p.network)}上的 ${p.kind} 授权：${p.token} → ${p.spender}${p.spenderLabel ? `（${p.spenderLabel}）` : ''}；授权额度 ${p.approved}，当前仍可动用：${p.current}。标记原因：${String(p.reasons ?? '').split(',').filter(Boolean).map((r) => REASON_ZH[r] ?? r).join('、')}。`,
    explain: (p) =>
      p.source === 'tx'
        ? `这笔交易授权 ${p.spender} 动用您的 ${p.token}，${p.approved === 'unlimited' ? '而且没有额度上限' : `额度最多 ${p.approved}`}。${String(p.reasons).includes('eoa') ? '被授权的是一个个人钱包地址，而不是正规应用，盗币团伙通常就是这样操作的。' : String(p.reasons).includes('drainer') ? '被授权的是已知的盗币地址。' : ''}这笔交易本身没有转走任何资产，但只要授权还在，${p.spender} 随时都可以把这些代币转走，不需要再经过您同意。如果这不是您有意给出的授权，请马上撤销。`
        : `您的钱包曾授权 ${p.spender} 动用您的 ${p.token}${p.approved === 'unlimited' ? '（无限额度）' : ''}，这个授权${p.current === 'unknown' ? '很可能' : ''}仍然有效。${String(p.reasons).includes('eoa') ? '被授权的是一个个人钱包地址，而不是正规应用，盗币团伙通常就是这样操作的。' : ''}拿到这个授权的人不需要再经过您同意，就能把这些代币转走。`,
    steps: (p) => [
      {
        key: `revoke:${p.spender}`,
        weight: 2,
        text: String(p.kind).startsWith('spl')
          ? `请立即在钱包里撤销这个代币委托（Solana 钱包可以查看和撤销代币委托）：代币 ${p.token}，被委托地址 ${p.spender}。其他您不认识的委托也请一并撤销。`
          : `请立即撤销这个授权（可以在 revoke.cash 或钱包的授权管理里操作）：代币 ${p.token}，被授权地址 ${p.spender}。其他您不认识的授权也请一并撤销。`,
      },
      { key: 'keep-fee', text: '撤销授权需要支付少量网络手续费，请在钱包里留一点主网币。' },
    ],
  },
  DRAIN_BY_SPENDER: {
    title: (p) => `被 ${p.spender} 转走：${p.assets}`,
    detail: (p, c) => `${c.net(p.network)}上有 ${p.count} 笔转出由 ${p.spender} 发起（transferFrom），不是地址本人发起；目标地址 ${p.destination}。符合授权盗币的特征。`,
    explain: (p) =>
      `${zhList(p.assets)} 是通过不是您本人发起的交易转出的：发起者是 ${p.spender}，它利用了您的钱包之前给出的代币授权。这符合“授权诈骗”或您曾连接过恶意网站的特征；这并不代表您的助记词已经泄露。`,
    steps: (p) => [
      { key: `revoke:${p.spender}`, weight: 1, text: `请立即撤销给 ${p.spender} 以及所有您不认识的地址的授权。` },
      { key: 'recall-sites', text: '请回忆在此之前您连接过钱包、并签过名的网站或空投活动，告诉我们。' },
      otherHashes,
    ],
  },
  SWEEP_TO_ONE_ADDRESS: {
    title: (p) => `资产被集中转到 ${p.destination}：${p.assets}`,
    detail: (p, c) => `${c.net(p.network)}上 ${p.minutes} 分钟内有 ${p.count} 笔转出到同一个无标签地址 ${p.destination}${p.fresh === 'yes' ? '（一个从未发过交易的新地址）' : ''}。符合私钥泄露的特征。`,
    explain: (p) =>
      `在 ${p.minutes} 分钟内，${zhList(p.assets)} 从您的钱包被转到了同一个地址（${p.destination}），这些交易是从您的账户本身发出的，而不是通过授权转走的。如果不是您本人操作，说明您的助记词或私钥很可能已经落入他人之手，或者他人已经控制了您账户的权限。`,
    steps: () => [moveNow, { key: 'stop-sending', text: '请永久停用这个钱包和它的助记词；以后再转进去的资产同样可能被转走。' }, otherHashes],
  },
  ADDRESS_POISONING: {
    title: (p) => (p.via === 'zero-transfer' ? `地址投毒：向 ${p.lookalikeAddress} “转出”0 ${p.token}，没有资产损失` : `地址投毒：${p.lookalikeAddress} 冒充 ${p.realAddress}`),
    detail: (p, c) =>
      p.via === 'zero-transfer'
        ? `${c.net(p.network)}上由 ${p.sender} 发起的 0 ${p.token} transferFrom，并非地址本人发起：共 ${p.victims} 个地址被“转出”0，例如 ${p.victim} → ${p.lookalikeAddress}。金额为 0 的 transferFrom 不需要任何授权。`
        : `${c.net(p.network)}上有涉及 ${p.lookalikeAddress} 的零金额、极小金额或假币转账；该地址与 ${p.realAddress} 首尾字符相同。`,
    explain: (p) =>
      p.via === 'zero-transfer'
        ? `这笔交易不是您发起的，而是 ${p.sender} 发起的。它记录了一笔从${p.victimIsUser === 'yes' ? '您的地址' : ` ${p.victim} `}转到 ${p.lookalikeAddress} 的 0 ${p.token} 转账${Number(p.victims) > 1 ? `，同一笔交易里一共有 ${p.victims} 笔这样的假转账` : ''}。您没有任何损失：金额为 0 的转账不会转走任何东西，任何人都不需要您的授权或私钥就能制造这种记录。它唯一的目的，是把假地址 ${p.lookalikeAddress} 放进您的交易记录：这个地址故意做得和您转过账的地址很像，骗子希望您下次转账时复制错。`
        : `有人往您的交易记录里塞了一笔涉及 ${p.lookalikeAddress} 的无价值转账。这个地址的开头和结尾与您常用的 ${p.realAddress} 一样，目的是让您下次转账时复制错地址。这笔转账本身没有拿走您的任何资产。`,
    steps: () => [
      { key: 'no-copy-history', weight: 1, text: '请不要从交易记录里复制地址。请从收款方那里或您保存的地址簿复制，并完整核对每一个字符。' },
      '这类小额转账可以隐藏或忽略，请不要与它们交互。',
    ],
  },
  SENT_TO_POISONED_ADDRESS: {
    title: (p) => `${p.amount} 转到了冒充地址 ${p.lookalikeAddress}`,
    detail: (p, c) => `${c.net(p.network)}上转出 ${p.amount} 到 ${p.lookalikeAddress}（交易 ${p.txHash}），该地址是之前投毒转账植入的 ${p.realAddress} 的仿冒地址。`,
    explain: (p) =>
      `有 ${p.amount} 被转到了 ${p.lookalikeAddress}。这不是您要转的地址（${p.realAddress}），而是骗子通过假转账混进您交易记录的仿冒地址，资金已经到了骗子手里。`,
    steps: (p) => [
      // 只有代币的发行方能冻结；网络本身的主币谁也冻结不了。
      p.native === 'yes'
        ? { key: 'report-issuer', text: `区块链转账无法撤回，${p.token} 本身也没有人能冻结；如果这笔资金之后进入交易所，交易所可以根据举报冻结，请把之后看到的交易哈希发给我们。` }
        : { key: 'report-issuer', text: `区块链转账无法撤回，但${issuerZh(p.token)}有时会冻结被举报的骗子地址里的资金：请带着交易哈希向发行方举报这个地址。` },
      { key: 'police', text: '同时请向警方报案；有报案回执时，交易所和发行方的处理会更快。' },
      { key: 'no-copy-history', text: '以后请只从可信来源复制地址，转账前完整核对。' },
    ],
  },
  FUNDS_TRACED_TO_EXCHANGE: {
    title: (p) => `资金已追踪到 ${p.exchange}`,
    detail: (p, c) => `${c.net(p.network)}上经过 ${p.hops} 跳到达 ${p.exchange} 充值地址 ${p.depositAddress}：${p.hashes}。`,
    explain: (p) => `我们追踪了这笔资金：经过 ${p.hops} 次转账后，它进入了交易所 ${p.exchange}。交易所可以根据受害人或警方的举报冻结资金，请尽快行动。`,
    steps: (p) => [
      { key: 'report-exchange', text: `请通过 ${p.exchange} 的官方网站或官方应用联系客服举报，并提供这些交易哈希：${p.hashes}。` },
      { key: 'police', text: '同时请向警方报案；有报案回执时，交易所的处理会更快。' },
    ],
  },
  ACCOUNT_PERMISSION_CHANGED: {
    title: () => '账户控制权被转给了其他密钥',
    detail: (p, c) => `${c.net(p.network)}上的 AccountPermissionUpdate（交易 ${p.txHash}）：${p.detail}。新密钥：${p.newAuthorities}。`,
    explain: (p) =>
      `您账户的权限被修改了，现在由另一个密钥（${p.newAuthorities}）控制。仅凭您自己的私钥可能已经无法转出资产。这是一种已知骗局（多签骗局）：拿到您私钥或诱导您签名的人，把自己的密钥设为账户所有者。`,
    steps: () => [
      { key: 'stop-funding', text: '请不要再往这个账户转入任何资产，转入的资产可能会被转走。' },
      // 比“立即转走剩余资产”更稳妥：账户被接管后，自己的私钥可能已经转不动了。
      { key: 'move-funds', weight: 2, text: '如果您的私钥还能转出资产，请马上转到用新助记词创建的新钱包；如果钱包提示无法转出，请不要付钱给任何声称能“解锁”的人。' },
      otherHashes,
    ],
  },
  ACCOUNT_DELEGATED: {
    title: (p) => (p.source === 'tx' ? `这笔交易把您钱包的控制权交给了合约 ${p.delegates}` : `您的钱包正在执行合约 ${p.delegates} 的代码`),
    detail: (p, c) =>
      p.source === 'address'
        ? `${c.net(p.network)}上 ${p.account} 当前的代码是 EIP-7702 委托：→ ${p.delegates}。${p.moved ? `在我们查看的记录中已转出：${p.moved}。` : ''}`
        : `${c.net(p.network)}上${p.source === 'tx' ? '的 set-code 交易' : '核对交易'} ${p.txHash}：EIP-7702 ${p.source === 'tx' ? '授权' : '委托（钱包当前代码）'} ${p.account ? `${p.account} → ` : ''}${p.delegates}${p.active === 'yes' ? '（目前仍然有效）' : ''}。${p.moved ? `同一笔交易中转出：${p.moved}。` : ''}`,
    explain: (p) =>
      `${p.source === 'tx' ? `这笔交易里带有一个 EIP-7702 授权：签了它之后，您的钱包${p.account ? ` ${p.account} ` : ''}允许合约 ${p.delegates} 以钱包的名义操作。` : `您的钱包${p.account ? ` ${p.account}` : ''}已经通过 EIP-7702 委托给合约 ${p.delegates}，现在由这个合约的代码替钱包执行操作。`}${p.moved ? (p.source === 'address' ? `已有资产被转出：${p.moved}。` : `同一笔交易中已有资产被转出：${p.moved}。`) : ''}如果这不是您有意设置的，这是 2025 年常见的一种骗局：网站诱导您签一次名，此后一个“清扫”合约会把转入钱包的所有资产自动转给骗子，而您的私钥看起来还能正常使用。请默认：任何转入这个钱包的币或代币都可能被转走。`,
    steps: (p) => [
      { key: 'stop-funding', text: `请不要再往 ${p.account ?? '这个钱包'} 转入任何资产，包括补充手续费用的币：一到账就可能被转走。` },
      { key: 'move-funds', weight: 2, text: '请在您信任的设备上用新的助记词创建一个新钱包，立即把剩余资产转过去。不要再使用旧的助记词，也不要把它导入任何地方。' },
      { key: `revoke:${p.delegates}`, text: '如果还想继续使用旧钱包，只能通过钱包应用自带的官方功能（例如“智能账户”或“撤销委托”设置）解除委托。不要使用任何人发给您的链接或工具来处理。' },
      otherHashes,
    ],
  },
  TOKEN_AUTHORITY_CHANGED: {
    title: () => '代币账户的所有权被转给了他人',
    detail: (p, c) => `${c.net(p.network)}上的 SetAuthority（交易 ${p.txHash}）：${p.detail}。新的权限地址：${p.newAuthorities}。`,
    explain: (p) => `您的一个代币账户的所有权被转给了 ${p.newAuthorities}，里面的代币现在由这个地址控制。这通常发生在您在某个网站上签署了恶意交易之后。`,
    steps: () => [moveNow, { key: 'recall-sites', text: '请不要在涉事网站上再签署任何内容，并告诉我们是哪个网站。' }],
  },
  ACCOUNT_CLOSED_AND_SWEPT: {
    title: () => '代币账户被关闭并清空',
    detail: (p, c) => `${c.net(p.network)}上的 CloseAccount（交易 ${p.txHash}）：${p.detail}${p.swept ? `；转走 ${p.swept}` : ''}。`,
    explain: (p) => `您钱包的代币账户被关闭，余额${p.swept ? `（${p.swept}）` : ''}被转到了 ${p.newAuthorities}。这是盗币网站在您签署它准备好的交易后常用的手法。`,
    steps: () => [moveNow],
  },
  DURABLE_NONCE_PRESIGNED: {
    title: () => '预先签名的交易（durable nonce）',
    detail: (p, c) => `${c.net(p.network)}上的 durable nonce 交易（交易 ${p.txHash}）：${p.detail}。`,
    explain: () => '这笔交易使用了“持久随机数”机制：它可以先签名、很久以后才发送，所以您几天前签的内容可能直到现在才被执行。骗子会用这种方式先骗取签名，之后再清空钱包。',
    steps: () => [{ key: 'recall-sites', text: '请告诉我们您最近在什么时间、什么网站签过交易。' }, moveNow],
  },
  USDT_BLACKLISTED: {
    // 地址调查只给出 `address`；波场交易还会给出 `who`（被冻结的是发送方、收款方还是双方）。
    title: (p) => (p.who === 'recipient' ? '收款地址已被 USDT 发行方冻结' : p.who === 'sender' ? '发送地址已被 USDT 发行方冻结' : 'USDT 已被发行方冻结'),
    detail: (p, c) =>
      p.who
        ? `${c.net(p.network)}上 USDT 合约（${p.token}）isBlackListed = true：${p.who === 'recipient' ? p.recipients : p.who === 'both' ? `${p.sender}、${p.recipients}` : p.sender}；交易${p.status === 'failed' ? '失败' : '成功'}。`
        : `${p.address} 在${c.net(p.network)}上被 USDT 发行方列入黑名单（合约 ${p.token}）。`,
    explain: (p) => {
      if (!p.who) return 'USDT 的发行方 Tether 公司冻结了这个地址。这个地址里的 USDT 任何人都无法转出，我们也无法解除冻结。';
      const sender = `发送地址 ${p.sender} 已被 USDT 的发行方 Tether 公司冻结。被冻结的地址无法转出 USDT：每次转账都会失败，而且每次仍会扣网络手续费${p.fee ? `（这次是 ${p.fee}）` : ''}。USDT 仍在该地址上，但除了 Tether 之外，任何人都无法转动。`;
      const recipient = `这笔 ${p.amount ?? 'USDT'} 转到了 ${p.recipients}，而这个地址已被 Tether 冻结。被冻结的 USDT 只有 Tether 能处理，链上转账也无法撤回。`;
      return p.who === 'recipient' ? recipient : p.who === 'both' ? `${sender}${recipient}` : sender;
    },
    steps: (p) => [
      ...(p.who === 'sender' || p.who === 'both' ? [{ key: 'stop-sending' as const, text: '请不要再重复尝试转账：每次都会失败，并且每次都要扣手续费。' }] : []),
      ...(p.who === 'recipient' || p.who === 'both' ? ['如果您是付款给商家或个人，请告知对方他们的地址已被 USDT 发行方冻结；我们无法撤回这笔转账。'] : []),
      '只有 Tether 能复核冻结：被冻结地址的所有者可以通过 Tether 官网（support@tether.to）联系他们，并提供地址和所有权证明。',
      '任何声称收费就能“解冻”的人都是骗子。',
    ],
  },
  NO_THEFT_PATTERN: {
    title: () => '已检查的记录中未发现被盗迹象',
    detail: (p, c) => `已检查 ${String(p.networks).split(',').map((n) => c.net(n)).join('、')} 上的 ${p.transfers} 笔转账${p.fromBlock !== undefined ? `（区块 ${p.fromBlock}–${p.toBlock}）` : ''}${p.truncated === 'yes' ? '，按时间倒序截至上限' : ''}：未发现授权盗币、集中转出、地址投毒、风险授权或权限变更。`,
    explain: () => '在我们检查的近期记录里，没有发现被盗的迹象：没有通过授权被转走的资金、没有突然的集中转出、没有仿冒地址，也没有控制权变更。这里只覆盖近期的代币活动；如果您看到不认识的转账，请把它的交易哈希发给我们。',
    steps: () => [{ key: 'send-hashes', text: '如果某一笔转账让您担心，请把它的交易哈希发给我们。' }, '请离线保管助记词，绝不要在任何网站上输入。'],
  },
  ADDRESS_SCAN_INCOMPLETE: {
    title: () => '暂时无法检查完整记录',
    detail: (p, c) => `${p.address} 在 ${String(p.failedNetworks).split(',').map((n) => c.net(n)).join('、')} 上的记录不完整；不能给出“安全”结论，需重试。`,
    explain: (_p, c) => `我们暂时无法加载这个地址的完整近期记录，所以现在还不能判断是否有资产被转走。这不代表地址是安全的。${c.followUp ? '我们会再次检查，并把结果告诉您。' : ''}`,
    steps: () => [
      { key: 'move-funds', text: '如果您认为资产正在被盗，请不要等待，立即把剩余资产转到用新助记词创建的新钱包。' },
      { key: 'retry', text: '请过几分钟再查询一次。' },
    ],
  },
};

/** 风险授权的标记原因（规则给出的是英文代号）。 */
const REASON_ZH: Record<string, string> = { unlimited: '无限额度', eoa: '被授权方是个人钱包', unlabelled: '被授权方没有标签', fresh: '被授权方是新地址', drainer: '已知盗币地址', 'known-drainer': '已知盗币地址', active: '仍然有效' };

/** 能冻结代币的是它的发行方：用户最常丢的两种稳定币直接点名。 */
function issuerZh(symbol: unknown): string {
  const known: Record<string, string> = { USDT: ' USDT 的发行方 Tether 公司', USDC: ' USDC 的发行方 Circle 公司' };
  return known[String(symbol ?? '').toUpperCase()] ?? ` ${symbol ?? '代币'} 的发行方`;
}

/** 规则给出的资产列表用英文逗号分隔，中文里用顿号。 */
function zhList(v: unknown): string {
  return String(v ?? '').replace(/, /g, '、');
}
