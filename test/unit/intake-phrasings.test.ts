import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnose/index.ts';
import { render } from '../../src/explain/render.ts';
import { parseComplaint } from '../../src/intake/complaint.ts';
import type { Hints } from '../../src/intake/hints.ts';
import { knownNetworks } from '../../src/runtime.ts';

/**
 * Complaints as users write them — typos, full-width digits, mixed zh/en, emoji, 万/千,
 * links from every explorer — and what intake must understand from each. Issue 15's
 * classes (where the user points, amounts, theft, exchanges, a story without an id, the
 * likely network) and issue 10's intake items (own address, recipient, coins that are not
 * networks, fees, Chinese amounts, ids that are not amounts, theft, withdrawals).
 *
 * `networks` is a *claim* (only it can make WRONG_NETWORK); `likely` is a *lookup hint*.
 */
const TX = '0x664a0c8b1e9d1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f805d09';
const HEX = '664a0c8b1e9d1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f805d09';
const OWN = '0x980b3C5dCd6A5e5A0b3F2e9B4c1D7e8F9a0B7530';
const OTHER = '0x2222222222222222222222222222222222222223';
const TRON = 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t';
const TRON2 = 'TEkxiTehnzSmSe2XqrBj4w32RUN966rdz8';
const SOL = 'EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v';
const SOL_9U = 'ggtcfWoWqaMyQnJwBcs9U1MB2qHuXLWvoVBuZRyoFb6'; // a 32-byte address with "9U" inside
const SIG = '2kHbPUGzehenUXQbBfAVZGcuTrSUVDMEyU2aGcjFbuUAJkG28CyQPCGZF68u369MU7WHMvJboyioqyihvtR75nLn';

interface Expect {
  txIds?: string[];
  addresses?: string[];
  /** Networks named (claims). */
  networks?: string[];
  /** Of those, the one it should have gone on. */
  expected?: string[];
  /** First place to look: a network id or a family. */
  likely?: string;
  amounts?: string[];
  fees?: string[];
  usd?: number[];
  own?: string;
  recipient?: string;
  theft?: boolean;
  /** "Wrong network" said, with or without which. */
  wrongNetwork?: boolean;
  /** "Wrong address" said. */
  wrongAddress?: boolean;
  exchange?: Hints['exchange'] | null;
  elsewhere?: string[];
  intents?: Hints['intents'][number][];
}

type Row = [string, Expect];

const where: Row[] = [
  [`on bscscan it says success but nothing arrived ${TX}`, { networks: [], likely: 'bsc', txIds: [TX] }],
  ['my tronscan wallet shows 0 USDT??', { networks: [], likely: 'tron' }],
  ['etherscan shows success, binance shows nothing', { networks: [], likely: 'ethereum' }],
  [`https://tronscan.org/#/address/${TRON} 这是我的地址`, { addresses: [TRON], likely: 'tron', networks: [] }],
  [`https://bscscan.com/address/${OWN}`, { addresses: [OWN], likely: 'bsc', networks: [] }],
  [`https://polygonscan.com/tx/${TX}`, { txIds: [TX], likely: 'polygon', networks: [] }],
  [`看这个 https://arbiscan.io/tx/${TX} 谢谢`, { txIds: [TX], likely: 'arbitrum' }],
  [`https://optimistic.etherscan.io/tx/${TX}`, { txIds: [TX], likely: 'optimism' }],
  [`https://basescan.org/tx/${TX}#eventlog`, { txIds: [TX], likely: 'base' }],
  [`https://snowtrace.io/tx/${TX}`, { txIds: [TX], likely: 'avalanche' }],
  [`https://solscan.io/account/${SOL}`, { addresses: [SOL], likely: 'solana' }],
  [`https://explorer.solana.com/tx/${SIG}`, { txIds: [SIG], likely: 'solana' }],
  [`ftmscan 上显示成功 ${TX}`, { elsewhere: ['FTMScan (Fantom)'], networks: [] }],
  [`blockchair says confirmed ${TX}`, { elsewhere: ['Blockchair'] }],
  // Multi-chain explorers name the chain in the path: a link to one we serve is a lookup hint.
  [`https://www.oklink.com/zh-hans/trx/tx/${TX.slice(2)} 没到账`, { txIds: [TX.slice(2)], likely: 'tron', elsewhere: [], networks: [] }],
  [`https://www.oklink.com/bsc/tx/${TX}`, { txIds: [TX], likely: 'bsc', elsewhere: [] }],
  [`https://www.oklink.com/zh-hans/trx/address/${TRON}`, { addresses: [TRON], likely: 'tron', elsewhere: [] }],
  [`https://blockchair.com/tron/transaction/${TX.slice(2)}`, { txIds: [TX.slice(2)], likely: 'tron', elsewhere: [] }],
  [`https://www.oklink.com/ftm/tx/${TX}`, { txIds: [TX], elsewhere: ['OKLink'] }],
  // Blockchain.com names the chain too: its Ethereum pages are Ethereum's, its Bitcoin pages are elsewhere.
  [`https://www.blockchain.com/explorer/transactions/eth/${TX}`, { txIds: [TX], likely: 'ethereum', elsewhere: [] }],
  [`https://www.blockchain.com/eth/tx/${TX}`, { txIds: [TX], likely: 'ethereum', elsewhere: [] }],
  [`https://www.blockchain.com/explorer/addresses/eth/${OWN}`, { addresses: [OWN], likely: 'ethereum', elsewhere: [] }],
  ['https://www.blockchain.com/explorer/transactions/btc/4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b', { elsewhere: ['Blockchain.com (Bitcoin)'] }],
  [`在oklink上查不到 ${TX}`, { elsewhere: ['OKLink'] }],
  ['sent Ecr20 usdt to binance', { networks: ['ethereum'], likely: 'ethereum' }],
  ['erc 20 USDT not arrived', { networks: ['ethereum'] }],
  ['选的 BeP20 网络', { networks: ['bsc'] }],
  ['bep-20 usdt withdrawal', { networks: ['bsc'] }],
  ['走的trc-20', { networks: ['tron'], likely: 'tron' }],
  // Both networks named: the one it should have gone on is told apart from the one used.
  ['用bep20转的应该是erc20', { expected: ['ethereum'] }],
  ['我本来要走TRC20，结果选成了以太坊', { expected: ['tron'] }],
  ['sent usdt on bep20 but it should have been erc20', { expected: ['ethereum'] }],
  ['the exchange said it was supposed to be TRC20, I used BEP20', { expected: ['tron'] }],
  ['I used TRC20 instead of ERC20 to save fees', { expected: [] }],
  ['提现选了BSC链，交易所只支持TRC20', { expected: ['tron'] }],
  ['I withdrew via Arbitrum but the exchange only supports ERC20', { expected: ['ethereum'] }],
  ['用的 BEP20，不应该是 ERC20 吗', { expected: [] }],
  ['转的erc20', { networks: ['ethereum'], expected: [] }],
  ['Trc20 USDT 320 still pending', { networks: ['tron'], amounts: ['320 USDT'] }],
  ['用TRX付的手续费太贵了', { networks: [], likely: 'tron' }],
  ['0.1 sol to my phantom not showing', { networks: [], likely: 'solana', amounts: ['0.1 SOL'] }],
  [`转到 ${TRON2} 的U没到`, { networks: [], likely: 'tron', recipient: TRON2 }],
  [`朋友说没收到 POL ${TX}`, { networks: [] }],
  ['sent 3 MATIC and 0.2 ETH, 1 BNB, 5 AVAX, 10 ARB, 4 OP, 1 SOL', { networks: [] }],
  ['用马蹄链转的', { networks: ['polygon'] }],
  ['币安链上的USDT', { networks: ['bsc'], exchange: null }],
  ['the base fee was too high on ethereum', { networks: ['ethereum'] }],
  ['bridged to base, not showing', { networks: ['base'] }],
  ['sent on solana mainnet', { networks: ['solana'] }],
];

const amounts: Row[] = [
  ['USDT 320 not received', { amounts: ['320 USDT'] }],
  ['355 tether trc20 pls help', { amounts: ['355 USDT'], networks: ['tron'] }],
  ['Value: 0.033359 Ether ($11.34)', { amounts: ['0.033359 ETH'], usd: [11.34] }],
  ['12$ bnb gone', { amounts: [], usd: [12] }],
  ['I lost my 200$', { amounts: [], usd: [200] }],
  ['3.99 ( STONE) never came', { amounts: ['3.99 STONE'] }],
  ['1,200.5 usdt pending', { amounts: ['1200.5 USDT'] }],
  ['USDT(TRC20) 500 提现', { amounts: ['500 USDT'], networks: ['tron'] }],
  ['lost 50k usdt', { amounts: ['50000 USDT'] }],
  ['$1.5k gone', { usd: [1500], amounts: [] }],
  ['转了5万U到交易所', { amounts: ['50000 USDT'] }],
  ['1.2万USDT 提现没到', { amounts: ['12000 USDT'] }],
  ['八十U没了', { amounts: ['80 USDT'] }],
  ['3千 TRX 转错了', { amounts: ['3000 TRX'] }],
  ['两百u 没到账', { amounts: ['200 USDT'] }],
  ['转了１２０Ｕ 还没到', { amounts: ['120 USDT'] }],
  ['USTD 50 sent yesterday', { amounts: ['50 USDT'] }],
  ['sent 75 ustd', { amounts: ['75 USDT'] }],
  ['500美金的usdt', { usd: [500] }],
  ['价值200刀', { usd: [200] }],
  [`地址 ${SOL_9U} 收不到`, { amounts: [], addresses: [SOL_9U] }],
  [`https://bscscan.com/tx/${TX} 100u`, { amounts: ['100 USDT'], txIds: [TX] }],
];

const fees: Row[] = [
  [`转个 TRX 扣了我 1.1 TRX 是怎么回事 ${HEX}`, { amounts: [], fees: ['1.1 TRX'], intents: ['fee'] }],
  // The transaction as the subject of "took" / "ate" is a fee; a person as its subject is theft.
  ['my USDT transfer failed and it still took 27 TRX', { amounts: [], fees: ['27 TRX'] }],
  ['the failed tx ate 15 TRX', { amounts: [], fees: ['15 TRX'] }],
  ['someone took 500 USDT from my wallet', { amounts: ['500 USDT'], fees: [], theft: true }],
  [`why did this cost me 0.0021 ETH? ${TX}`, { amounts: [], fees: ['0.0021 ETH'] }],
  ['sent 500 usdt and was charged 5 usdt fee', { amounts: ['500 USDT'], fees: ['5 USDT'] }],
  ['手续费20TRX也太贵了', { amounts: [], fees: ['20 TRX'] }],
  ['the fee was 15 TRX for sending 100 USDT', { amounts: ['100 USDT'], fees: ['15 TRX'] }],
  ['我给一个新地址转了10个TRX，为什么多扣了1.1个TRX？', { amounts: ['10 TRX'], fees: ['1.1 TRX'] }],
  // A fee word that opens the next clause is not the amount's: 0.5 ETH was sent.
  ['转了 0.5 个 ETH 手续费花了 0.003', { amounts: ['0.5 ETH'], fees: [] }],
  ['sent 0.5 ETH gas was 0.003', { amounts: ['0.5 ETH'], fees: [] }],
  ['扣了 30 TRX 手续费', { amounts: [], fees: ['30 TRX'] }],
  ['30 TRX 的手续费太贵了', { amounts: [], fees: ['30 TRX'] }],
];

const theft: Row[] = [
  ['someone stole my usdt 😭', { theft: true }],
  ['My wallet got hacked last night', { theft: true }],
  ['the scammer has my 500 usdt', { theft: true, amounts: ['500 USDT'] }],
  ['wallet drained!!!', { theft: true }],
  ['account emptied overnight', { theft: true }],
  ['balance was wiped out', { theft: true }],
  ['someone took 2 ETH from me', { theft: true }],
  ['usdt moved without my permission', { theft: true }],
  ['I never sent this', { theft: true }],
  ["12 SOL vanished from my wallet today, I didn't send anything!!", { theft: true, amounts: ['12 SOL'] }],
  ["I didn't authorize this", { theft: true }],
  ['someone swiped my funds, i never signed that!!', { theft: true }],
  ['i never approved this transfer', { theft: true }],
  ['钱包被盗了', { theft: true }],
  ['我的U被转走了', { theft: true }],
  ['我的钱包里的币一到账就被自动转走了', { theft: true }],
  ['充进来的TRX一进来就没了', { theft: true }],
  ['USDT被黑客转走了', { theft: true }],
  ['币莫名其妙少了', { theft: true }],
  ['钱包里的U不见了', { theft: true }],
  ['我没有授权，余额少了 3千 TRX', { theft: true, amounts: ['3000 TRX'] }],
  ['被骗了 5万U', { theft: true, amounts: ['50000 USDT'] }],
  ['I approved a contract and now my tokens are gone', { theft: true }],
  ['钱包被盗 损失 2万多U', { theft: true, amounts: ['20000 USDT'] }],
  ['一万多U没了', { theft: true, amounts: ['10000 USDT'] }],
  // TRON's permission takeover, a drainer, someone in the wallet: each in the words users write.
  ['账户被多签了，转不出去', { theft: true }],
  ['我的波场钱包权限被改了', { theft: true }],
  ['点了一个链接，恶意授权了', { theft: true }],
  ['有人动了我的钱包', { theft: true }],
  ['someone changed my account permissions and now I cannot send', { theft: true }],
  ['my balance shows 0 after I connected to a dapp', { theft: true }],
  // Funds that vanished, said without "is/was" or in a four-character idiom.
  ['my USDT disappeared', { theft: true }],
  ['my tokens just vanished', { theft: true }],
  ['all my funds disappeared overnight', { theft: true }],
  ['funds missing from wallet', { theft: true }],
  ['my balance dropped to zero and I did nothing', { theft: true }],
  ['资产不翼而飞了', { theft: true }],
  ['钱包里的钱凭空少了一半', { theft: true }],
  ['我的币丢了', { theft: true }],
  ['the pending tx disappeared', { theft: false }],
  ['my transfer disappeared from the explorer?', { theft: false }],
  ['我的交易不见了', { theft: false }],
  ['我要开通多签，怎么设置权限？', { theft: false }],
  ['my balance shows 0 USDT but I have 50 on the explorer', { theft: false }],
  ['my withdrawal is missing', { theft: false }],
  ['手续费没了好多', { theft: false }],
  ['充值一到账就被交易所冻结了', { theft: false }],
  ['my friend said he sent 100 usdt but I did not receive', { theft: false }],
  // "Scam" thrown at us or a fee, or asked about, is anger or a question, not stolen funds.
  ['why my tx fail and still take my eth fee??? this is scam!!!', { theft: false }],
  ['this wallet app is a scam, tx failed and fee gone', { theft: false }],
  ['u r scammers, 3 usdt fee for nothing', { theft: false }],
  ['got 5000 usdt from a stranger, is this a scam?', { theft: false }],
  ['你们是骗子吗？转账失败还扣我手续费', { theft: false }],
  ['垃圾钱包，骗子软件，失败了还扣手续费', { theft: false }],
  ['那个平台是骗子，提不出来了', { theft: true }],
  ['this is a scam, please help', { theft: true }],
  ['this is a scam, they drained my wallet', { theft: true }],
  ['it was a scam site, someone took all my usdt', { theft: true }],
  ['假客服是骗子，钱包里的U全没了', { theft: true }],
  ['I fell for a scam', { theft: true }],
  // Traditional characters (Taiwan, Hong Kong) read like simplified ones.
  ['錢包被盜了！！USDT全部被轉走', { theft: true }],
  ['我的幣莫名其妙少了', { theft: true }],
];

const exchanges: Row[] = [
  ['sent from exchange to my wallet, not arrived', { exchange: { direction: 'withdrawal' } }],
  ['withdrawal of 200 usdt not reflected in my binance account', { exchange: { name: 'Binance', direction: 'deposit' }, amounts: ['200 USDT'] }],
  ['deposit to kucoin not credited', { exchange: { name: 'KuCoin', direction: 'deposit' } }],
  ['从币安提币到钱包没到账', { exchange: { name: 'Binance', direction: 'withdrawal' } }],
  ['從幣安提幣到錢包沒到帳', { exchange: { name: 'Binance', direction: 'withdrawal' } }],
  ['我從錢包轉了120 USDT到幣安，還沒到帳', { exchange: { name: 'Binance', direction: 'deposit' }, amounts: ['120 USDT'] }],
  ['充值200U到歐易一直沒到帳', { exchange: { name: 'OKX', direction: 'deposit' }, amounts: ['200 USDT'] }],
  ['充值到火币一直没到', { exchange: { name: 'HTX', direction: 'deposit' } }],
  ['OKX withdrawal pending 2 hours', { exchange: { name: 'OKX', direction: 'withdrawal' }, intents: ['pending'] }],
  ['转到欧易的充值地址，没到账', { exchange: { name: 'OKX', direction: 'deposit' } }],
  ['gate上提的usdt没到', { exchange: { name: 'Gate.io', direction: 'withdrawal' } }],
  ['I withdrew from Bybit to trust wallet', { exchange: { name: 'Bybit', direction: 'withdrawal' } }],
  ['我转了120U到交易所没到账', { exchange: { direction: 'deposit' }, amounts: ['120 USDT'] }],
  ['my withdrawal is missing 0x1234…', { exchange: { direction: 'withdrawal' }, amounts: [] }],
  ['抹茶提u到tp钱包', { exchange: { name: 'MEXC', direction: 'withdrawal' } }],
  // What the user says happened, in words no earlier test used (Cantonese among them).
  ['我喺幣安提咗 300U 但係錢包收唔到', { exchange: { name: 'Binance', direction: 'withdrawal' }, amounts: ['300 USDT'], intents: ['missing'] }],
  ['withdraw from kucoin, status completed but nothing in my wallet', { exchange: { name: 'KuCoin', direction: 'withdrawal' }, intents: ['missing'] }],
  ['sent 2k usdt 3 hours ago still nothing', { amounts: ['2000 USDT'], intents: ['missing'] }],
  ['为什么我转USDT要扣那么多TRX', { intents: ['fee'] }],
  ['it says out of energy', { intents: ['failed'] }],
  ['I did nothing on my side, it just failed', { intents: ['failed'] }],
  ['where is my money??', { intents: ['missing'] }],
  // "Wrong network", said without naming one: the answer names the one it went on (WRONG_NETWORK_REPORTED).
  ['交易所说我转错链了', { wrongNetwork: true, networks: [] }],
  ['我好像选错网络了', { wrongNetwork: true }],
  ['充错链了能找回吗', { wrongNetwork: true }],
  ['exchange says I used the wrong network', { wrongNetwork: true }],
  ['sent on a different chain by mistake', { wrongNetwork: true }],
  ['转账失败，网络错误', { wrongNetwork: false }],
  ['我转错地址了', { wrongNetwork: false }],
  ['network error when sending', { wrongNetwork: false }],
  // "Wrong address" (WRONG_ADDRESS_REPORTED): a transfer nobody can reverse.
  ['我转错地址了，能追回吗', { wrongAddress: true, wrongNetwork: false }],
  ['地址填错了怎么办', { wrongAddress: true }],
  ['不小心转给了陌生人', { wrongAddress: true }],
  ['I sent USDT to the wrong address', { wrongAddress: true, wrongNetwork: false }],
  ['typo in the address, can you reverse it?', { wrongAddress: true }],
  ['我地址没错啊，为什么没到账', { wrongAddress: false }],
  ['交易所说我转错链了', { wrongAddress: false, wrongNetwork: true }],
  ['充值没上账', { exchange: { direction: 'deposit' }, intents: ['missing'] }],
  ['交易一直在等待中', { intents: ['pending'] }],
  ['提示能量不足', { intents: ['failed', 'fee'] }],
];

/** Issue 15 class 5: a clear story without any id. */
const stories: Row[] = [
  ['I withdrew 200 USDT from Binance 3 hours ago (TRC20) and it is not in my wallet', { txIds: [], amounts: ['200 USDT'], networks: ['tron'], exchange: { name: 'Binance', direction: 'withdrawal' } }],
  ['昨天从欧易提了 1.5万U 到钱包，到现在没到', { txIds: [], amounts: ['15000 USDT'], exchange: { name: 'OKX', direction: 'withdrawal' } }],
  ['deposited 0.5 eth to coinbase, not credited', { txIds: [], amounts: ['0.5 ETH'], exchange: { name: 'Coinbase', direction: 'deposit' } }],
  ['充值 300u 到币安 BEP20 一直没到', { txIds: [], amounts: ['300 USDT'], networks: ['bsc'], exchange: { name: 'Binance', direction: 'deposit' } }],
  ['kucoin withdrawal 80 usdt missing', { txIds: [], amounts: ['80 USDT'], exchange: { name: 'KuCoin', direction: 'withdrawal' } }],
  ['火币提币两百u没到账', { txIds: [], amounts: ['200 USDT'], exchange: { name: 'HTX', direction: 'withdrawal' } }],
  ['sent $150 of SOL to bybit, nothing', { txIds: [], usd: [150], exchange: { name: 'Bybit', direction: 'deposit' } }],
  ['我往交易所充了 3千 TRX 没到', { txIds: [], amounts: ['3000 TRX'], exchange: { direction: 'deposit' } }],
];

/** Issue 10 items 1 and 2: whose address is whose. */
const parties: Row[] = [
  [`我转了120U到交易所没到账，我的地址是 ${OWN} 哈希 ${TX}`, { own: OWN, recipient: undefined, amounts: ['120 USDT'] }],
  [`my address is ${OWN}, tx ${TX}`, { own: OWN, recipient: undefined }],
  [`from ${OWN} to ${OTHER}`, { own: OWN, recipient: OTHER }],
  [`我转了120 USDT到 ${OTHER} 对方说没收到 ${TX}`, { recipient: OTHER, amounts: ['120 USDT'] }],
  [`转给 ${OTHER} 的`, { recipient: OTHER }],
  [`打到 ${OTHER} 了`, { recipient: OTHER }],
  [`发到：${OTHER}`, { recipient: OTHER }],
  [`给${OTHER}转了50u`, { recipient: OTHER, amounts: ['50 USDT'] }],
  [`sent to ${OTHER}`, { recipient: OTHER }],
  [`I sent 20 usdt into ${OTHER} yesterday`, { recipient: OTHER }],
  [`deposit address is ${OTHER}`, { recipient: OTHER }],
  [`收款地址是 ${TRON2}`, { recipient: TRON2 }],
  [`提币到我的钱包 ${OWN} 没到账`, { own: OWN, recipient: OWN }],
  [`我钱包 ${OWN} 转出 100U 到 ${OTHER}`, { own: OWN, recipient: OTHER }],
  [`I sent 100 USDT to my friend ${OTHER} but he got nothing`, { recipient: OTHER }],
  [`转给朋友 ${OTHER} 50u 没收到`, { recipient: OTHER, amounts: ['50 USDT'] }],
  [`I received 5 USDT from ${OTHER}, is it a scam?`, { own: undefined, recipient: undefined }],
  [`我的钱包被盗了，3000 USDT 全没了！地址 ${OWN}`, { recipient: undefined, theft: true }],
  [`我从钱包用 ERC20 网络给交易所转了 200 USDT，地址是 ${OTHER}`, { recipient: OTHER, networks: ['ethereum'] }],
  [`充值到这个地址 ${TRON2} 一直没到`, { recipient: TRON2 }],
  [`交易所没到账 ${TX}`, { recipient: undefined }],
  [`朋友转给我 ${OWN} 的U没到`, { own: OWN, recipient: undefined }],
];

const table: [string, Row[]][] = [
  ['where the user points (hint vs claim)', where],
  ['amounts in every order', amounts],
  ['fees are not the amount sent', fees],
  ['theft in every word form', theft],
  ['exchanges and direction', exchanges],
  ['a story without an id', stories],
  ['own address and recipient', parties],
];

const show = (xs: { value: number; token: string }[]) => xs.map((a) => `${a.value} ${a.token}`);

describe.each(table)('intake: %s', (_class, rows) => {
  it.each(rows)('%s', (text, e) => {
    const c = parseComplaint({ text }, knownNetworks);
    const h = c.hints;
    if (e.txIds) expect(c.txIds.map((t) => t.value)).toEqual(e.txIds);
    if (e.addresses) expect(c.addresses.map((a) => a.value)).toEqual(e.addresses);
    if (e.networks) expect(h.networks).toEqual(e.networks);
    if (e.expected) expect(h.expectedNetworks).toEqual(e.expected);
    if (e.likely) expect([h.likely.networks[0], h.likely.families[0]]).toContain(e.likely);
    if (e.amounts) expect(show(h.amounts)).toEqual(e.amounts);
    if (e.fees) expect(show(h.fees)).toEqual(e.fees);
    if (e.usd) expect(h.usd).toEqual(e.usd);
    if ('own' in e) expect(h.ownAddress).toBe(e.own);
    if ('recipient' in e) expect(h.claimedRecipient).toBe(e.recipient);
    if (e.theft !== undefined) expect(h.theft).toBe(e.theft);
    if (e.wrongNetwork !== undefined) expect(h.wrongNetworkSaid ?? false).toBe(e.wrongNetwork);
    if (e.wrongAddress !== undefined) expect(h.wrongAddressSaid ?? false).toBe(e.wrongAddress);
    if (e.exchange !== undefined) expect(h.exchange ?? null).toEqual(e.exchange);
    if (e.elsewhere) expect(h.elsewhere.map((x) => (x.network ? `${x.explorer} (${x.network})` : x.explorer))).toEqual(e.elsewhere);
    if (e.intents) expect(h.intents).toEqual(expect.arrayContaining(e.intents));
  });
});

describe('the table', () => {
  it('has at least 40 phrasings, and at least 8 for each class of issue 15', () => {
    expect(table.reduce((n, [, rows]) => n + rows.length, 0)).toBeGreaterThanOrEqual(40);
    for (const rows of [where, amounts, theft, exchanges, stories]) expect(rows.length).toBeGreaterThanOrEqual(8);
  });
});

describe('a story without an id is answered with what can be said and one precise question', () => {
  const answer = (text: string) => {
    const c = parseComplaint({ text }, knownNetworks);
    const d = diagnose({ txs: [], addresses: [], hints: c.hints, networks: knownNetworks, policy: { largeAmountUsd: 10_000 }, now: 1_700_000_000, addressesOnly: false });
    return { d, r: render(d, c.lang, knownNetworks) };
  };

  it.each(stories)('%s', (text, e) => {
    const { d, r } = answer(text);
    expect(d.findings.map((f) => f.code)).toContain('NEED_TX_HASH');
    expect(r.nextSteps).toHaveLength(1);
    expect(r.nextSteps[0]).toMatch(/TxID/);
    const name = e.exchange?.name;
    if (name) expect(r.nextSteps[0] + r.explanation).toMatch(new RegExp(({ Binance: '币安|Binance', OKX: '欧易|OKX', HTX: '火币|HTX', KuCoin: 'KuCoin' } as Record<string, string>)[name] ?? name));
    if (e.exchange?.direction === 'withdrawal') expect(r.nextSteps[0]).toMatch(/withdrawal|提币/);
    if (e.exchange?.direction === 'deposit') expect(r.nextSteps[0]).toMatch(/memo or tag|Memo/);
    // What the user said comes back: the amount with its unit.
    if (e.amounts?.[0]) expect(r.explanation).toContain(e.amounts[0]);
  });

  it('a complaint with nothing to go on keeps the generic request', () => {
    const { r } = answer('help');
    expect(r.nextSteps.length).toBeGreaterThan(1);
  });

  it('a stated large sum raises the priority before any lookup', () => {
    expect(answer('昨天从欧易提了 1.5万U 到钱包，到现在没到').d.priority).toBe('P1');
    expect(answer('kucoin withdrawal 80 usdt missing').d.priority).not.toBe('P1');
  });
});

describe('explorers of networks we do not serve', () => {
  const answer = (text: string, lang: 'en' | 'zh' = 'en') => {
    const c = parseComplaint({ text }, knownNetworks);
    const d = diagnose({ txs: [], addresses: [], hints: c.hints, networks: knownNetworks, policy: { largeAmountUsd: 10_000 }, now: 1_700_000_000, addressesOnly: false });
    return render(d, lang, knownNetworks);
  };

  it('names the network the explorer belongs to', () => {
    const r = answer('https://ftmscan.com/address/0x2222222222222222222222222222222222222223 not arrived');
    expect(r.findings.map((f) => f.code)).toContain('UNSUPPORTED_EXPLORER');
    expect(r.explanation).toContain('FTMScan, which shows transactions on Fantom');
    expect(answer('mempool.space 上显示已确认', 'zh').explanation).toContain('Bitcoin');
  });

  it('a hash from such a link that no served network has is not "never sent, send it again"', () => {
    const text = `https://ftmscan.com/tx/${TX} not arrived`;
    const c = parseComplaint({ text }, knownNetworks);
    const evm = knownNetworks.filter((n) => n.family === 'evm');
    const d = diagnose({ txs: [{ id: TX, lookups: evm.map((network) => ({ network, outcome: 'not_found' as const })) }], addresses: [], hints: c.hints, networks: knownNetworks, policy: { largeAmountUsd: 10_000 }, now: 1_700_000_000, addressesOnly: false });
    const r = render(d, 'en', knownNetworks);
    expect(r.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['TX_NOT_FOUND', 'UNSUPPORTED_EXPLORER']));
    expect(`${r.explanation} ${r.nextSteps.join(' ')}`).not.toMatch(/send it again|have not moved/);
  });

  it('asks which network when the explorer serves many', () => {
    const r = answer('oklink says success but nothing arrived');
    expect(r.nextSteps.join(' ')).toMatch(/Which network did you choose/);
  });
});
