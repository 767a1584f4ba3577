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
  /\b(vanished|disappeared|gone|missing)\b[^.!?]{0,12}\bfrom (my|the) (wallet|account|address)\b/i,
  /\b(my|all my|all of my|the)\s+(\w+\s+)?(usdt|usdc|eth|bnb|trx|sol|tokens?|coins?|funds?|money|crypto|assets?|nfts?|savings)\s+(is|are|was|were|got|have been|has been)\s+(all\s+)?(gone|disappeared|vanished)\b/i,
  /\b(someone|somebody|some one|hacker|scammer)\s+(took|take|has taken|have taken|moved|transferred|withdrew|stole|drained|emptied|swiped|got into)\b/i,
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
  /(钱包|账户|账号|余额|资产)[^，。！？,.!?]{0,10}(没了|不见了|空了|清零|归零|被转|被动)/,
  /(钱|(?<![提充])币|资产|[Uu]|USDT|usdt|TRX|ETH|SOL|BNB)[^，。！？,.!?]{0,4}(不见了|被转走|被转出|消失了?)/,
  /(钱|(?<![提充手续])币|资产|[Uu]|USDT|usdt)[^，。！？,.!?]{0,2}(全)?(都)?没了/,
  /莫名其妙[^，。！？,.!?]{0,10}(少|没|转出|不见|丢|被转|消失)/,
  /(不是我|非本人|并非本人)[^，。！？,.!?]{0,4}(转|操作|发起|授权|签)/,
  /我(并|根本|从来)?(没有|没|从没|未)(转过|操作|授权|签过|签名|发起|转账过)/,
  /未经(我|本人)?的?(授权|允许|同意)|私钥泄露|助记词泄露|私钥被|助记词被/,
];

export function reportsTheft(text: string): boolean {
  return EN.some((re) => re.test(text)) || ZH.some((re) => re.test(text));
}
