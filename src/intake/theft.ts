/**
 * Theft, hacking and scams in the words users write: every form of the verb, the "I did
 * not do this" phrasings, and funds that left the wallet by themselves. `text` must have
 * its identifiers masked. A false positive costs an urgent look; a miss leaves a robbed
 * user waiting, so phrasings lean towards recognising.
 */
const EN: RegExp[] = [
  /\b(stole|stolen|steal(s|ing)?|thief|thieves|theft|robbed|robbery)\b/i,
  /\b(hack(s|ed|er|ers|ing)?|hijack(ed)?|compromised|exploited|backdoor(ed)?)\b/i,
  /\b(scam(s|med|mer|mers|ming)?|phish(ing|ed|er)?|fraud(ster|ulent)?|ripped off|rug ?pull(ed)?)\b/i,
  /\b(drain(s|ed|er|ing)?|emptied|wiped( out)?|swept|sweeper)\b/i,
  /\b(wallet|account|balance)\b[^.!?]{0,20}\b(is|was|got|has been|became|now)\s+(empty|zero|0|gone)\b/i,
  // A balance that reads zero right after connecting or signing somewhere is a drainer's mark (a zero on its own may be the display).
  /\b(wallet|account|balance)\b[^.!?]{0,20}\b(shows|showing|says|reads)\s+(empty|zero|0)\b[^.!?]{0,20}\bafter\s+(i\s+)?(connect|connected|connecting|sign|signed|signing|approv(e|ed|ing)|click(ed|ing)?|visit(ed|ing)?)\b/i,
  /\b(vanished|disappeared|gone|missing)\b[^.!?]{0,12}\bfrom (my |the )?(wallet|account|address)\b/i,
  // With or without a verb before it: "my USDT disappeared", "my tokens just vanished", "all my funds are gone".
  /\b(my|all my|all of my|the)\s+(\w+\s+)?(usdt|usdc|eth|bnb|trx|sol|tokens?|coins?|funds?|money|crypto|assets?|nfts?|savings)\s+((is|are|was|were|got|have|has)\s+(been\s+)?)?((just|all|suddenly|simply|somehow)\s+)*(gone|disappeared|vanished)\b/i,
  /\b(wallet|account|balance)\b[^.!?]{0,20}\b(dropped|fell|plunged)\s+to\s+(zero|0)\b/i,
  /\b(someone|somebody|some one|hacker|scammer)\s+(took|take|has taken|have taken|moved|transferred|withdrew|stole|drained|emptied|swiped|got into)\b/i,
  // TRON's permission takeover: the thief makes himself the owner, the victim can no longer send.
  /\b(someone|somebody|hacker|scammer|they)\b[^.!?]{0,20}\b(changed|added|took over|modified)\b[^.!?]{0,20}\b(permissions?|multi-?sig|owner(ship)?)\b|\b(permissions?|multi-?sig|owner(ship)?)\b[^.!?]{0,20}\b(was|were|got|has been|have been)\s+(changed|hijacked|taken over|modified)\b/i,
  /\b(they|he|she)\s+(took|stole|drained|emptied)\b/i,
  /\bwithout my (permission|consent|knowledge|approval|authori[sz]ation)\b/i,
  /\b(unauthori[sz]ed|not authori[sz]ed by me)\b/i,
  // Every tense the user may write it in: "never signed", "didn't approve", "never initiated".
  /\bi (never|didn'?t|did not|didnt) (send|sent|make|made|authori[sz]e[ds]?|approved?|sign(ed)?|do|did|initiated?)\b/i,
  /\b(wasn'?t|was not|not) (me|mine|done by me)\b.{0,20}\b(send|sent|transfer|tx|transaction)|\b(transfer|transaction|tx)\b.{0,20}\b(wasn'?t|was not|not) (me|made by me|mine)\b/i,
];

const ZH: RegExp[] = [
  /被盗|盗走|盗了|盗币|被偷|偷走|偷了|小偷|被黑|黑客|被攻击|被入侵/,
  /诈骗|被骗|骗子|骗了|骗局|钓鱼|杀猪盘|跑路/,
  /被转走|被转出|被划走|被提走|被卷走|被清空|清空了|被洗|被人转|被别人转|给转走|转走了我/,
  // Who or how in between ("被黑客转走", "被自动转走"), and the sweeper's mark: whatever arrives leaves by itself.
  /被[^，。！？,.!?\s]{1,4}(转走|转出|划走|提走|卷走)|自动(被)?(转走|转出|划走)|一(到账|转进来|充进来|进来)就[^，。！？,.!?]{0,4}(转走|转出|没了)/,
  /(钱包|账户|账号|余额|资产)[^，。！？,.!?]{0,10}(没了|不见了|空了|清零|归零|被转|被动|不翼而飞|凭空)/,
  /(钱|(?<![提充])币|资产|[Uu]|USDT|usdt|TRX|ETH|SOL|BNB)[^，。！？,.!?]{0,4}(不见了|被转走|被转出|消失了?|不翼而飞|丢了)/,
  /(钱|(?<![提充手续])币|资产|[Uu]|USDT|usdt)[^，。！？,.!?]{0,2}(全)?(都)?没了/,
  /莫名其妙[^，。！？,.!?]{0,10}(少|没|转出|不见|丢|被转|消失)/,
  /(不是我|非本人|并非本人)[^，。！？,.!?]{0,4}(转|操作|发起|授权|签)/,
  /我(并|根本|从来)?(没有|没|从没|未)(转过|操作|授权|签过|签名|发起|转账过)/,
  /未经(我|本人)?的?(授权|允许|同意)|私钥泄露|助记词泄露|私钥被|助记词被/,
  // TRON's permission takeover ("被多签": the thief's key becomes the owner), a drainer's approval, and someone in the wallet.
  /被多签|多签了|被(人)?(改|修改|篡改)了?(权限|多签)|权限被(人)?(改|修改|篡改)|恶意授权|有人(动|碰|进|登录?)了?我的(钱包|账户|账号|币|钱|资产)/,
];

/**
 * "Scam" thrown at us or the app ("your app is a scam", "你们是骗子吗", "垃圾钱包") and "is
 * this a scam?" are anger or a question, not a report of stolen funds: answered as theft
 * they would tell a user whose transfer merely failed to abandon the wallet. Removed
 * before the theft words are looked for, so a real report in the same message ("your
 * app is a scam, they drained my wallet") still counts. A platform or site called a scam
 * stays a report: fake exchanges and phishing sites are how users lose funds.
 */
const AT_US: RegExp[] = [
  /(?<![\d.,]\s?)\b((you|u) guys|you|u|ur|your)(\s*(app|wallet|service|support|fee|fees)){0,2}\s*(is|are|'re|'s|r|was)?\s*(a|an|such a|total|complete|fucking)?\s*(scam|scams|scammers?|fraud|frauds|thie(f|ves)|robbery)\b/gi,
  /\bthis(\s*(app|wallet|fee|fees)){1,2}\s*(is|'s|was)?\s*(a|an|such a|total|complete|fucking)?\s*(scam|fraud|robbery)\b/gi,
  /\b(scam|fraud)\s*(app|wallet)\b/gi,
  /\b(is|was)\s+(this|it|that)\s+(a\s+)?scam\b/gi,
  /(你们|你们家|你家|这个?(钱包|软件|应用|app|APP)|垃圾(钱包|软件|应用|app|APP)?)[^，。！？,.!?]{0,3}(是不是|是|就是|都是)?(骗子|诈骗|骗局|骗钱)(吧|吗|啊|么|嘛)?/g,
  /(骗子|诈骗)(钱包|软件|应用|app|APP)/g,
  /(这|这个|这是)(是不是|是)?(骗局|诈骗)(吗|吧|么)/g,
];

/**
 * A bare "this is scam!!!" is a theft report ("this is a scam, please help"), except in a
 * message about a fee: there the fee is what the user calls a scam.
 */
const FEE = /\b(fee|fees|gas)\b|手续费|矿工费|gas费|油费/i;
const FEE_IS_SCAM = /\b(this|that|it)\s*(is|'s|was)\s*(a|an|such a|total|complete|fucking)?\s*(scam|fraud|robbery)\b|(这|这就|这不)是?(骗子|诈骗|骗局|抢钱)/gi;

export function reportsTheft(text: string): boolean {
  const atUs = AT_US.reduce((t, re) => t.replace(re, ' '), text);
  const said = FEE.test(atUs) ? atUs.replace(FEE_IS_SCAM, ' ') : atUs;
  return EN.some((re) => re.test(said)) || ZH.some((re) => re.test(said));
}
