import type { Identifier } from './identifiers.ts';

/**
 * Whose address is whose. The user's own address ("我的地址是…", "my wallet", "from …")
 * is never the claimed recipient; the recipient follows a "to" word (到/给/转到/打到/发到/
 * sent to/into/deposit address is …). "to my wallet …" names both: the user sent to
 * their own address.
 */
export interface Parties {
  claimedRecipient?: string;
  ownAddress?: string;
}

/** Between a cue and its address: spaces, colons, quotes, "是/为/is". */
const GAP = `[\\s:：=,，"'“”‘’(（]*(?:是|为|is|was|:)?[\\s:：=,，"'“”‘’(（]*`;
const OWN_WORDS = `(?:\\bmy\\s+(?:own\\s+)?(?:wallet|address|account|addr)(?:\\s+address)?|\\bfrom(?:\\s+my)?(?:\\s+(?:wallet|address))?|\\bsender(?:\\s+address)?|我的(?:钱包|账户)?地址|我的钱包|我钱包|本人(?:钱包)?地址|自己的?(?:钱包)?地址|付款地址|转出地址|发送地址|发送方|我的是|从|(?:转|打|发)?给我(?:的)?(?:钱包|地址)?|\\bto me(?:\\s+at)?)`;
const TO_WORDS = `(?:\\bto\\b|\\binto\\b|\\brecipient(?:'s)?(?:\\s+address)?|\\breceiver(?:'s)?(?:\\s+address)?|\\breceiving address|\\bdeposit address|\\b(?:his|her|their|the other|friend'?s?|exchange|binance|okx)\\s+address|\\bpaid|\\bpay\\b|转到|转给|转入|转进|打到|打给|打款到|发到|发给|充到|充值到|充值地址|充币地址|收款地址|收款人|收款方|收款|对方(?:的)?地址|交易所(?:的)?地址|提到|提币到|到|给|往)`;

const OWN_CUE = new RegExp(`${OWN_WORDS}${GAP}$`, 'i');
const TO_OWN_CUE = new RegExp(`${TO_WORDS}\\s*(?:我的|自己的|my\\s+(?:own\\s+)?)(?:[^\\s,，。]{0,8}|\\s*\\w+){0,2}?(?:钱包|地址|wallet|address|account)${GAP}$`, 'i');
// Up to three words ("to my friend", "转给朋友", "发到交易所的地址") may stand between the cue and the address; never "我" (给我 = to me) or "账" (到账).
const TO_CUE = new RegExp(`${TO_WORDS}${GAP}(?:(?:[a-z'.]+\\s+){0,3}|(?:(?![我账])[\\u4e00-\\u9fff]){1,6}${GAP})(?:[^\\s,，。.!?！？]{0,10}(?:地址|address)${GAP})?$`, 'i');
/** "received from X", "收到 X 转来的": X is the other party, not the user. */
const RECEIVED = /\b(receiv\w*|got|credited)\b[^.!?]{0,30}\bfrom\b|收到|转来|打来|发来/i;
/**
 * "地址是 X" / "address is X", or a bare "地址 X" after a word of sending: the address the user
 * means to pay. A bare "地址 X" alone ("被盗了！地址 X") says nothing about whose it is.
 */
const ADDRESS_IS = new RegExp(`(?:地址|address)\\s*(?:是|为|is)${GAP}$`, 'i');
const ADDRESS_AFTER_SENDING = new RegExp(`(?:转|打|发|充|付|汇|\\bsen[dt]\\b|\\bpa(?:y|id)\\b|\\bdeposit)[^。！？!?]*(?:地址|address)${GAP}$`, 'i');

export function findParties(text: string, identifiers: (Identifier & { index?: number })[]): Parties {
  const out: Parties = {};
  let clauseStart = 0;
  for (const id of identifiers) {
    if (id.index === undefined) continue;
    const before = clause(text, clauseStart, id.index);
    clauseStart = id.index + id.value.length;
    if (id.kind !== 'address') continue;
    if (TO_OWN_CUE.test(before)) {
      out.claimedRecipient ??= id.value;
      out.ownAddress ??= id.value;
    } else if (OWN_CUE.test(before)) {
      if (!RECEIVED.test(before)) out.ownAddress ??= id.value;
    }
    else if (TO_CUE.test(before) || ADDRESS_IS.test(before) || ADDRESS_AFTER_SENDING.test(before)) out.claimedRecipient ??= id.value;
  }
  return out;
}

/** The words just before an identifier, back to the previous identifier or sentence end. */
function clause(text: string, from: number, to: number): string {
  const s = text.slice(Math.max(from, to - 40), to);
  const cut = Math.max(s.lastIndexOf('。'), s.lastIndexOf('！'), s.lastIndexOf('？'), s.lastIndexOf('!'), s.lastIndexOf('?'), s.search(/\.\s[^.]*$/));
  return cut >= 0 ? s.slice(cut + 1) : s;
}
