import type { Family, Network } from '../../chains/types.ts';
import type { Identifier } from './identifiers.ts';

/** What the complaint says, beyond identifiers. Every hint is a claim, not a fact. */
export interface Hints {
  /** Networks the user names (strong: a network or token-standard name). */
  networks: string[];
  /** Token symbols mentioned. */
  tokens: string[];
  /** Amounts with their token ("200 USDT", "100U"). */
  amounts: { value: number; token: string }[];
  /** The address the user says they sent to. */
  claimedRecipient?: string;
  /** The address the user calls their own. */
  ownAddress?: string;
  /** Words of theft, hacking or scams. */
  theft: boolean;
  /** What kind of trouble the user describes. */
  intents: ('pending' | 'missing' | 'failed' | 'fee')[];
  /**
   * Where to look first — a lookup hint, never a claim: explorer names and links, T…/base58
   * addresses, coins native to one family. Most likely first. Unlike `networks`, this can
   * never produce WRONG_NETWORK; it only orders the lookups.
   */
  likely: { networks: string[]; families: Family[] };
}

const THEFT = [
  /\b(hack(ed)?|stolen|steal|drain(ed|er)?|emptied|scam(med)?|phish(ing|ed)?|unauthori[sz]ed|compromised)\b/i,
  /被盗|盗走|被偷|偷走|黑客|诈骗|被骗|骗子|清空|被转走|钓鱼|资产没了|币没了|莫名其妙.*转出/,
];

const INTENTS: Record<Hints['intents'][number], RegExp[]> = {
  pending: [/\b(pending|stuck|unconfirmed|not confirmed)\b/i, /卡住|卡了|打包中|等待确认|未确认|一直在确认|一直转圈|pending/],
  missing: [/\b(never arrived|not arrived|didn'?t arrive|not received|haven'?t received|not there|missing|not credited)\b/i, /没到账|未到账|没收到|未收到|不到账|没有到账|没有收到|丢失/],
  failed: [/\b(fail(ed|s)?|revert(ed)?|error)\b/i, /失败|报错|出错|错误/],
  fee: [/\b(fee|gas)\b.*\b(taken|charged|deducted|lost)\b|\b(charged|deducted)\b.*\bfee\b/i, /手续费.*(扣|收|没了)|扣了.*手续费|燃烧|能量/],
};

const TOKEN_WORDS: Record<string, string> = {
  usdt: 'USDT', usdc: 'USDC', eth: 'ETH', bnb: 'BNB', trx: 'TRX', sol: 'SOL', pol: 'POL', matic: 'POL', avax: 'AVAX', u: 'USDT',
  泰达币: 'USDT', 泰达: 'USDT', 波场币: 'TRX', 以太币: 'ETH',
};

const RECIPIENT_CUES = /(\bto\b|\brecipient\b|\bdeposit address\b|\baddress is\b|\bsent it to\b|转到|转给|转入|打到|打给|发到|发给|充到|充值到|充值地址|收款|地址是|对方地址|交易所地址)[^0-9A-Za-z]{0,12}$/i;
const OWN_CUES = /(\bmy (wallet|address)\b|\bfrom\b|我的地址|我的钱包|我钱包|本人地址)[^0-9A-Za-z]{0,12}$/i;

function isAscii(s: string): boolean {
  return /^[\x00-\x7F]+$/.test(s);
}

/**
 * A native token symbol doubles as a network name ("ETH" may be on Arbitrum): those
 * words name tokens, not networks, so they never count as a network claim.
 */
function networkWords(networks: readonly Network[]): { network: string; word: string }[] {
  const tokenSymbols = new Set(networks.map((n) => n.nativeToken.symbol.toLowerCase()));
  return networks.flatMap((n) => n.aliases.filter((a) => !tokenSymbols.has(a)).map((word) => ({ network: n.id, word })));
}

export function findHints(text: string, identifiers: (Identifier & { index?: number })[], networks: readonly Network[]): Hints {
  const lower = text.toLowerCase();
  const mentioned = new Set<string>();
  for (const { network, word } of networkWords(networks)) {
    const hit = isAscii(word) ? new RegExp(`(^|[^a-z0-9])${escape(word)}([^a-z0-9]|$)`, 'i').test(lower) : lower.includes(word);
    if (hit) mentioned.add(network);
  }

  const amounts: Hints['amounts'] = [];
  const amountRe = /(\d[\d,]*(?:\.\d+)?)\s*(?:个|枚)?\s*(usdt|usdc|eth|bnb|trx|sol|pol|matic|avax|u|泰达币|以太币|波场币)(?![a-z])/gi;
  for (const m of text.matchAll(amountRe)) {
    amounts.push({ value: Number(m[1].replace(/,/g, '')), token: TOKEN_WORDS[m[2].toLowerCase()] ?? m[2].toUpperCase() });
  }
  const tokens = new Set(amounts.map((a) => a.token));
  for (const m of lower.matchAll(/(^|[^a-z])(usdt|usdc)(?![a-z])/g)) tokens.add(m[2].toUpperCase());

  let claimedRecipient: string | undefined;
  let ownAddress: string | undefined;
  for (const id of identifiers) {
    if (id.kind !== 'address' || id.index === undefined) continue;
    const before = text.slice(Math.max(0, id.index - 30), id.index);
    if (!claimedRecipient && RECIPIENT_CUES.test(before)) claimedRecipient = id.value;
    else if (!ownAddress && OWN_CUES.test(before)) ownAddress = id.value;
  }

  return {
    networks: [...mentioned],
    tokens: [...tokens],
    amounts,
    claimedRecipient,
    ownAddress,
    theft: THEFT.some((re) => re.test(text)),
    intents: (Object.keys(INTENTS) as Hints['intents']).filter((k) => INTENTS[k].some((re) => re.test(text))),
    likely: likelyPlaces([...mentioned], networks),
  };
}

/** The networks the user names are the first place to look; richer lookup hints come from the text itself. */
function likelyPlaces(named: string[], networks: readonly Network[]): Hints['likely'] {
  const families = [...new Set(named.map((id) => networks.find((n) => n.id === id)?.family).filter((f): f is Family => Boolean(f)))];
  return { networks: named, families };
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
