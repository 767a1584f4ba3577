import type { commonCodes } from '../../../diagnose/codes/common.ts';
import type { FindingCatalog, MessageContext } from '../../types.ts';
import { askForTxIdZh, platformZh, depositStepZh, likelyNetworksZh, missingWithdrawalStepsZh, storyZh } from './complaint.ts';
import { shortOfBalance } from '../../known-reasons.ts';
import { reasonDetailZh, reasonTitleZh, reasonZh } from './reasons.ts';

const list = (ids: unknown, c: MessageContext) => String(ids ?? '').split(',').filter(Boolean).map((id) => c.net(id)).join('、');

/** A Latin name before Chinese text gets a space ("Arbitrum One 暂时…"). */
const spaced = (s: string) => (/[A-Za-z0-9)）]$/.test(s) ? `${s} ` : s);

/** The user's question, answered before the hash is asked for (NEED_TX_HASH, `said`). */
const LOSS_ANSWER_ZH: Record<string, string> = {
  'wrong-address': '转错地址的转账一旦在链上确认，就无法撤回，我们和任何钱包都没有办法把它转回来；能不能拿回，取决于收款地址是谁的：如果是交易所的充值地址，交易所可以找到账户的主人；如果是您认识的人，可以请对方退回。',
  'wrong-network': '转错网络的资产，很多时候收款平台可以帮忙找回；第一步是确认这笔转账实际走的是哪个网络。',
};

export const commonZh: FindingCatalog<keyof typeof commonCodes> = {
  TX_CONFIRMED: {
    title: () => '已成功，已最终确认',
    detail: (p, c) => `在${c.net(p.network)}上执行成功，确认数 ${p.confirmations ?? '已足够'}，不可逆。`,
    explain: (p, c) =>
      p.overshadowed === 'yes'
        ? `这笔交易本身已在${c.net(p.network)}上确认并不可逆。`
        : p.moved === 'no'
        ? `您的这笔交易已在${c.net(p.network)}上成功完成并最终确认，这笔交易没有转出任何资产。`
        : p.direction === 'withdrawal'
        ? // 提币时用户的钱包是收款方：没有资金从它转出，也不需要谁来入账。
          `这笔提币已在${c.net(p.network)}上成功完成并最终确认：${platformZh(p)}已经把${p.amount && p.recipient ? ` ${p.amount} 转出，并到达了收款地址 ${p.recipient}` : '资金转出，并到达了收款地址'}。`
        : `您的这笔转账已在${c.net(p.network)}上成功完成并最终确认：${p.amount && p.recipient ? `${p.amount} 已从您的钱包转出，并到达了收款地址 ${p.recipient}` : '资金已从您的钱包转出，并到达了收款地址'}。`,
    steps: (p, c) =>
      p.overshadowed === 'yes'
        ? []
        : p.moved === 'no'
        ? ['如果您不认识这笔交易，请马上告诉我们。']
        : p.direction === 'withdrawal'
        ? [
            { key: 'check-address', text: '请核对交易里的收款地址是否与您的钱包地址完全一致。' },
            `如果钱包里仍然看不到，请确认钱包切换到了${c.net(p.network)}；如果是代币，请确认已在钱包里添加这个代币。资金已经在这个地址上。`,
          ]
        : [
            { key: 'contact-receiver', text: p.direction === 'deposit' ? depositStepZh(p) : '如果收款方是交易所或平台、但还没有给您入账，请把交易哈希发给对方客服，他们可以据此为您查账入账。' },
            { key: 'check-address', text: '请核对交易里的收款地址是否与您要转的地址完全一致。' },
          ],
  },
  TX_AWAITING_CONFIRMATIONS: {
    title: (p) => `已成功，等待确认中（${p.confirmations}/${p.required}）`,
    detail: (p, c) => `已在${c.net(p.network)}上打包；交易所通常等待 ${p.required} 个确认，目前 ${p.confirmations} 个，还差约 ${p.remaining} 个区块（约 ${p.etaMinutes} 分钟）。`,
    explain: (p, c) =>
      p.overshadowed === 'yes'
        ? `这笔交易本身已在${c.net(p.network)}上成功打包。`
        : p.stalled === 'yes'
          ? `您的这笔交易已在${c.net(p.network)}上成功打包。交易所一般要等到 ${p.required} 个区块确认后才会入账，目前已有 ${p.confirmations} 个，剩下的确认要等网络恢复出块后才会继续。`
          : p.direction === 'withdrawal'
          ? // 提币：资金已经到了用户的地址，交易所的入账规则与此无关。
            `这笔提币已在${c.net(p.network)}上成功打包：${platformZh(p)}已经把资金转到了收款地址，目前有 ${p.confirmations} 个区块确认，约 ${p.etaMinutes} 分钟后就不可逆了。多数钱包现在就能显示这笔资金。`
          : `您的这笔交易已在${c.net(p.network)}上成功打包。交易所一般要等到 ${p.required} 个区块确认后才会入账，目前已有 ${p.confirmations} 个，预计再过约 ${p.etaMinutes} 分钟就会到账。`,
    steps: (p, c) =>
      p.overshadowed === 'yes' || p.stalled === 'yes'
        ? []
        : p.direction === 'withdrawal'
        ? [
            { key: 'check-address', text: '请核对交易里的收款地址是否与您的钱包地址完全一致。' },
            `如果钱包里仍然看不到，请确认钱包切换到了${c.net(p.network)}；如果是代币，请确认已在钱包里添加这个代币。`,
          ]
        : [
            { key: 'wait', text: `请再耐心等待约 ${p.etaMinutes} 分钟，您这边不需要做任何操作。` },
            { key: 'contact-receiver', text: '如果超过这个时间仍未入账，请把交易哈希发给收款方客服。' },
          ],
  },
  TX_NOT_FOUND: {
    title: () => '所有网络上都查不到',
    detail: (p, c) => `所有网络均正常返回，均无此交易 ${p.txHash}。已查询：${list(p.searched, c)}。`,
    explain: (p, c) =>
      `我们查询了${list(p.searched, c)}，${String(p.searched ?? '').split(',').filter(Boolean).length > 1 ? '都' : ''}没有找到这个哈希对应的交易。${
        // 投诉指向我们不支持的网络（UNSUPPORTED_EXPLORER 会说明）：不猜测，也不安慰。
        p.elsewhere === 'yes'
          ? ''
          : `通常是哈希没有复制完整、属于其他网络，或者这笔交易其实没有发出（或在处理前就被网络丢弃了）。${
              p.direction === 'withdrawal'
                ? `提币是由${platformZh(p)}发出的，正确的交易哈希只有${platformZh(p)}能提供。`
                : `如果交易没有被处理，您的资金并没有转出。${
                    p.expirySeconds ? `在${list(p.expiringNetworks, c)}上，签名后约 ${p.expirySeconds} 秒内未被处理的交易会过期，之后再也不会被执行：如果您发出的时间早于这个时长，这笔交易已经过期，没有扣任何费用。` : ''
                  }`
            }`
      }`,
    steps: (p) =>
      p.elsewhere === 'yes'
        ? []
        : p.direction === 'withdrawal'
        ? missingWithdrawalStepsZh(p)
        : [
            '请在钱包的交易记录里重新复制完整的交易哈希（TxID）发给我们。',
            p.expirySeconds
              ? `也可以先看一下钱包余额：如果这笔钱还在，说明转账没有发生；距离发出超过 ${p.expirySeconds} 秒后，就可以放心重新发起。`
              : '也可以先看一下钱包余额：如果这笔钱还在，说明转账没有发生，可以重新发起。',
          ],
  },
  LOOKUP_INCONCLUSIVE: {
    title: () => '暂时无法确认：有网络未响应',
    detail: (p, c) => `${list(p.failedNetworks, c)} 查询失败，结果未知，需重试。已查询：${list(p.searched, c)}。`,
    explain: (p, c) => `${spaced(likelyNetworksZh(p, c))}暂时没有响应，所以我们现在还无法确定这笔交易的情况。这并不代表交易丢失了。${c.followUp ? '我们会再次查询，并把结果告诉您。' : ''}`,
    steps: () => [
      { key: 'retry', text: '请过几分钟再查询一次。' },
      { key: 'no-duplicate', text: '在弄清第一笔交易的情况之前，请先不要重复转账。' },
    ],
  },
  NEED_TX_HASH: {
    title: () => '缺少交易哈希',
    detail: (p) => (p.addressesOnly === 'yes' ? '只提供了地址；要核查具体某笔转账需要交易哈希。' : '投诉内容里没有找到交易哈希、地址或区块浏览器链接。'),
    explain: (p, c) =>
      `${LOSS_ANSWER_ZH[String(p.said)] ?? ''}${p.story === 'yes' ? storyZh(p, c) : '为了帮您核查这笔转账，我们需要它的交易哈希（也叫 TxID）。您可以在钱包的交易记录里点开这笔转账，复制哈希或区块浏览器链接。'}`,
    steps: (p) => (p.story === 'yes' ? [askForTxIdZh(p)] : ['在钱包交易记录里点开这笔转账，复制交易哈希（TxID）或浏览器链接。', '发给我们后，我们会马上为您查询。']),
  },
  TX_REVERTED: {
    title: (p) => reasonTitleZh(p),
    detail: (p, c) => `在${c.net(p.network)}上执行失败：${reasonDetailZh(p)}。已扣手续费：${p.fee ?? '未知'}。`,
    explain: (p, c) =>
      shortOfBalance(p)
        ? `您的这笔交易在${c.net(p.network)}上已被处理，但执行失败了：当时发送钱包里的代币余额不够${p.intended ? `转出 ${p.intended}` : '这次转账'}，所以没有任何资产被转出。被扣掉的只是网络手续费${p.fee ? `（${p.fee}）` : ''}：即使交易失败，矿工/验证者处理交易也会收取这笔费用，这部分无法退回。`
        : `您的这笔交易在${c.net(p.network)}上已被处理，但执行失败了：${reasonZh(p)}。${p.intended ? `这笔交易没有转出 ${p.intended}。` : '没有任何资产被转走。'}被扣掉的只是网络手续费${p.fee ? `（${p.fee}）` : ''}：即使交易失败，矿工/验证者处理交易也会收取这笔费用，这部分无法退回。`,
    steps: (p) =>
      p.frozenSender === 'yes'
        ? [{ key: 'stop-sending', text: '请不要再重试：代币发行方已冻结这个地址，每次重试都会失败，并再扣一次手续费。' }]
        : [
            {
              key: 'retry',
              text: shortOfBalance(p)
                ? '请先在钱包里确认这个代币现在的余额，再按实际持有的数量重新发起转账。'
                : p.reasonKind === 'message' || p.reasonKind === 'unknown' || p.reasonKind === 'none'
                  ? '重新发起前，请先向您使用的应用或代币方确认这个操作需要满足什么条件；原样重试还会以同样的方式失败。'
                  : '请根据失败原因调整后，重新发起交易。',
            },
            { key: 'keep-fee', text: '请确保钱包里留有足够的主网币，用来支付重新发起时的手续费。' },
          ],
  },
  WRONG_NETWORK: {
    title: (p, c) => `实际走的是${c.net(p.network)}，不是${c.net(p.claimedNetwork)}`,
    detail: (p, c) => `用户说的是${c.net(p.claimedNetwork)}，交易实际在${c.net(p.network)}上。`,
    explain: (p, c) =>
      `这笔转账实际是在${c.net(p.network)}上发出的，而不是${c.net(p.claimedNetwork)}。${
        c.family(p.network) === c.family(p.claimedNetwork)
          ? '不同网络之间的资产互不相通，即使地址看起来一样也不会自动到账。'
          : `这是两条不同的网络，地址格式也不一样（${c.net(p.network)}是${ADDRESS_LOOK_ZH[c.family(p.network) ?? ''] ?? '另一种格式'}，${c.net(p.claimedNetwork)}是${ADDRESS_LOOK_ZH[c.family(p.claimedNetwork) ?? ''] ?? '另一种格式'}），在一条网络上转出的资产不会出现在另一条网络上。`
      }如果收款平台只支持${c.net(p.claimedNetwork)}，它不会自动识别这笔充值，再等也不会到账。`,
    steps: (p, c) => [
      { key: 'contact-receiver', text: `请联系收款平台的官方客服，提供交易哈希，并说明这笔是通过${c.net(p.network)}转出的；很多交易所可以帮忙找回转错网络的充值。` },
      `如果收款地址是您自己的钱包，在钱包里添加${c.net(p.network)}网络就能看到这笔资产。`,
      '以后转账前，请先确认所选网络是收款方支持的网络。',
    ],
  },
  WRONG_NETWORK_REPORTED: {
    title: (p, c) => `用户说转错了网络；实际走的是${c.net(p.network)}`,
    detail: (p, c) => `用户说转错了网络，但没有说是哪个；交易实际在${c.net(p.network)}上。`,
    explain: (p, c) =>
      `这笔转账是在${c.net(p.network)}上完成的。如果您转入的是平台为别的网络提供的充值地址，平台不会自动识别这笔充值，再等也不会到账（即使两个网络的地址看起来一样，平台也可能只在其中一个网络上入账）。`,
    steps: (p, c) => [
      { key: 'contact-receiver', text: `请在收款平台的充值页面看看这个地址对应的是哪个网络。如果不是${c.net(p.network)}，请联系平台的官方客服，提供交易哈希，并说明这笔是通过${c.net(p.network)}转出的；很多交易所可以帮忙找回转错网络的充值。` },
      `如果收款地址是您自己的钱包，在钱包里添加${c.net(p.network)}网络就能看到这笔资产。`,
    ],
  },
  WRONG_ADDRESS_REPORTED: {
    title: (p) => `用户说转错了地址：${p.recipient}`,
    detail: (p, c) => `用户说地址转错了；这笔${p.amount ? ` ${p.amount} 的` : ''}转账已在${c.net(p.network)}上完成，转到了 ${p.recipient}。`,
    explain: (p, c) =>
      `这笔转账已经在${c.net(p.network)}上完成，${p.amount ? `${p.amount} ` : '资金'}转到了 ${p.recipient}。区块链转账一旦确认就无法撤回，我们和任何钱包都没有办法把它转回来。能不能拿回，取决于这个地址是谁的：如果是交易所的充值地址，交易所可以据此找到账户的主人；如果是您认识的人，可以请对方退回。`,
    steps: () => [
      { key: 'contact-receiver', text: '先看看这个收款地址是不是某个交易所或平台的（区块浏览器上有时会标注）；如果是，请带着交易哈希联系他们的官方客服。' },
      '如果您认识这个地址的主人，请直接联系对方，请他退回。',
      '以后转账前，先小额试转，并逐个字符核对地址。',
    ],
  },
  RECIPIENT_MISMATCH: {
    title: () => '收款地址与用户所说的不一致',
    detail: (p) => `用户说的地址是 ${p.claimed}；资金实际转到了 ${p.actual}。${p.lookalike === 'yes' ? '两个地址首尾字符相同，疑似地址投毒。' : ''}`,
    explain: (p) =>
      p.lookalike === 'yes'
        ? `资金实际转到了 ${p.actual}，而不是 ${p.claimed}。这两个地址开头和结尾一样，但中间不同。这是一种常见骗局（地址投毒）：骗子会生成一个“长得像”的地址混进您的转账记录，等您复制时出错。`
        : `资金实际转到了 ${p.actual}，和您提供的地址（${p.claimed}）不一致。`,
    steps: (p) => [
      { key: 'check-address', text: '请把交易里的收款地址与您原本要转的地址逐个字符核对一遍。' },
      ...(p.lookalike === 'yes' ? [{ key: 'no-copy-history' as const, text: '以后请只从可信来源（收款方本人或地址簿）复制地址，不要从交易记录里复制。' }] : []),
      '如果您不认识这个收款地址，请马上告诉我们，我们会协助您上报。',
    ],
  },
  AMOUNT_MISMATCH: {
    title: () => '金额与用户描述不一致',
    detail: (p) => `用户说的是 ${p.claimed}；交易实际转了 ${p.actual}。`,
    explain: (p) => `这笔交易实际转了 ${p.actual}，和您说的 ${p.claimed} 不一样，请确认这是不是您要咨询的那笔转账。`,
    steps: () => ['如果您做过好几笔转账，请把您要咨询的那笔的交易哈希发给我们。'],
  },
  FEE_MISMATCH: {
    title: () => '手续费与用户描述不一致',
    detail: (p) => `用户说手续费是 ${p.claimed}；交易实际付给网络 ${p.actual}。`,
    explain: (p) =>
      `这笔交易实际付的网络手续费是 ${p.actual}，不是您说的 ${p.claimed}。如果您的余额少得更多，差额通常来自别的交易，或者是您用的钱包、交易所或应用另外收的费用，这类费用在链上是查不到的。`,
    steps: () => ['请在钱包交易记录里看看同一时间前后有没有别的交易。', '如果是交易所或应用收的费用，会记在它们自己的账单里，可以向它们的客服询问。'],
  },
  SENT_TO_TOKEN_CONTRACT: {
    title: (p) => `${p.amount} 转进了代币合约地址`,
    detail: (p) => `收款地址就是代币合约 ${p.token} 本身；大多数代币无法把这类资金转回。`,
    explain: (p) =>
      `这笔 ${p.amount} 被转到了代币自己的合约地址，而不是一个钱包地址。这个地址没有任何人持有私钥，所以在大多数情况下这笔代币无法再转出，我们也无法撤回这笔转账。`,
    steps: () => [
      '很遗憾，区块链转账无法撤销。唯一可能提供帮助的是代币发行方，您可以带着交易哈希联系他们的官方客服。',
      '以后转账前，请确认收款地址是钱包或交易所的充值地址，而不是代币合约地址。',
    ],
  },
  FAKE_TOKEN: {
    title: (p) => `假 ${p.symbol}：不是官方代币合约`,
    detail: (p) => `代币 ${p.fakeContract} 自称 ${p.symbol}；真正的 ${p.symbol} 合约是 ${p.realContract ?? '另一个合约'}。`,
    explain: (p) =>
      `这笔交易里的 ${p.amount} 不是真正的 ${p.symbol}，而是一个冒用 ${p.symbol} 名字的其他代币，没有价值，也无法兑换。这常常是骗局的一部分：对方用不值钱的“转账”骗您发货或付款，或者诱导您去某个网站操作它。`,
    steps: (p) => [{ key: 'buyer', text: `请不要因为这笔“${p.symbol}”给对方发货或转账，也不要在任何网站上出售或授权这个代币。` }, `真正的 ${p.symbol} 合约地址是 ${p.realContract ?? '发行方公布的地址'}，请以合约地址为准，不要只看名字。`],
  },
  THEFT_REPORTED: {
    title: () => '用户反馈被盗或被骗',
    detail: () => '投诉中含有被盗、黑客或诈骗相关词语，请优先处理。',
    explain: (p) => (p.kind === 'fake-payment' ? '我们理解您收到的“付款”其实是不值钱的假币，我们会把这件事作为紧急情况优先处理。' : '我们理解您担心资产被盗，会把这件事作为紧急情况优先处理。'),
    steps: (p) =>
      p.kind === 'fake-payment'
        ? [
            { key: 'buyer', text: '请不要给这位买家发货，也不要再给对方转任何资产。请向你们交易的平台举报对方（也可以报警），并保留聊天记录、对方的地址和这笔交易的哈希作为证据。', weight: 2 },
            '您的钱包并没有被盗：收到代币不会让别人拿走您钱包里的任何资产，所以不需要转移资产，也不需要更换助记词。',
          ]
        : [
            { key: 'move-funds', generic: true, text: '如果钱包里还有剩余资产，请立即转到一个用新助记词创建的新钱包（在您信任的设备上创建）。' },
            { key: 'revoke', generic: true, text: '撤销所有您不认识的代币授权。' },
            { key: 'send-hashes', generic: true, text: '把您不认识的每一笔交易的哈希以及涉及的地址发给我们，方便我们追踪资金去向。' },
          ],
  },
  LARGE_AMOUNT: {
    title: (p) => `大额：${p.amount}`,
    detail: (p) => `金额 ${p.amount} 达到大额阈值。`,
    explain: () => '',
    steps: () => [],
  },
  PHISHING_TOKEN_NAME: {
    // 代币自己的名称就是诱饵：只在给客服的说明里原样引用，不向用户重复。
    title: () => '钓鱼代币：名称是诱饵',
    detail: (p) =>
      `代币 ${p.token} 的${String(p.field ?? 'name').split(',').map((f) => (f === 'symbol' ? '符号' : '名称')).join('和')}中含有${p.signals === 'markup' ? '网页代码' : '网址或诱导字样'}：${p.shown}。信号：${p.signals}。按空投钓鱼处理，不要打开其中提到的任何内容。`,
    explain: (p) =>
      String(p.signals ?? '').split(',').some((s) => s === 'link' || s === 'lure')
        ? '这笔交易里有一个代币，它的名称里带有网址，或“领取”“空投”之类的字样。这是常见的骗局：骗子把这种代币群发到大量钱包，引诱人们访问网站并在那里连接钱包，从而盗走钱包里的资产。这个代币没有任何价值。'
        : '这笔交易里有一个代币，它的名称是一段网页代码，而不是正常的名字。骗子制作这类代币是为了欺骗应用和用户，它没有任何价值。',
    steps: () => [{ key: 'no-visit', text: '请不要访问代币名称里提到的任何网站，也不要在那里连接钱包或签名。' }, '这个代币本身无法转走您钱包里的任何资产，您可以直接在钱包里把它隐藏。'],
  },
  PHISHING_REVERT_REASON: {
    // 合约自己写的失败信息是诱饵：只在给客服的说明里引用，不向用户重复。
    title: () => '失败信息里有钓鱼内容',
    detail: (p) => `回滚信息中含有${p.signals === 'markup' ? '网页代码' : '网址或诱导字样'}：${p.shown}。信号：${p.signals}。按钓鱼诱饵处理，不要打开其中提到的任何内容。`,
    explain: () => '这笔交易的失败信息是合约自己写的，里面带有网址或诱导字样。骗子合约故意这样做，引诱人们访问网站并在那里连接钱包：这不是我们或您的钱包发出的提示。',
    steps: () => [{ key: 'no-visit', text: '请不要访问失败信息里提到的任何网站，也不要在那里连接钱包或签名。' }],
  },
  TX_NOT_INVOLVING_WALLET: {
    title: () => '这笔交易与用户所说的钱包无关',
    detail: (p, c) => `${c.net(p.network)}上的交易 ${p.txHash} 从 ${p.from} 转到 ${p.to ?? '合约'}，都不是 ${p.wallet}。已改为调查该钱包本身的记录。`,
    explain: (p) =>
      `您发来的这笔交易（${p.txHash}）与您的钱包 ${p.wallet} 无关：它是从 ${p.from}${p.to ? ` 转到 ${p.to}` : ' 发出'}的，不能说明您的资产去了哪里，所以我们改为检查了您钱包本身的记录。`,
    steps: () => [{ key: 'send-hashes', text: '如果您在钱包记录里看到不认识的交易，请把它的哈希发给我们。' }],
  },
};

/** 各类网络的地址长什么样：跨网络转错时，不能说“即使地址看起来一样”。 */
const ADDRESS_LOOK_ZH: Record<string, string> = { evm: ' 0x 开头的地址', tron: ' T 开头的地址', solana: '由 32 到 44 位字母和数字组成的地址' };
