import type { Family, Network } from '../../chains/types.ts';
import { findAmounts, type TokenAmount } from './amounts.ts';
import { findExchange, type ExchangeHint } from './exchanges.ts';
import type { Identifier } from './identifiers.ts';
import { maskIdentifiers } from './mask.ts';
import { findParties } from './parties.ts';
import { findPlaces } from './places.ts';
import { foldTraditional } from './simplified.ts';
import { reportsTheft } from './theft.ts';

/** What the complaint says, beyond identifiers. Every hint is a claim, not a fact. */
export interface Hints {
  /**
   * Networks the user names (a network or token-standard name: "BEP20", "trc-20", "马蹄链").
   * A claim: only these can produce WRONG_NETWORK. Coins ("ETH", "POL", "USDT") are not networks.
   */
  networks: string[];
  /** Of those, the one it should have gone on ("应该是 ERC20", "should have been BEP20"): with both named, this decides WRONG_NETWORK. */
  expectedNetworks?: string[];
  /** Token symbols mentioned. */
  tokens: string[];
  /** Token amounts of the transfer ("200 USDT", "100U", "5万U", "USDT 320"). */
  amounts: TokenAmount[];
  /** Token amounts the user ties to a fee ("扣了我 1.1 TRX", "cost me 0.0021 ETH"): never the amount sent. */
  fees: TokenAmount[];
  /** Dollar figures ("$200", "200刀", "($11.34)"): values in USD, never token amounts. */
  usd: number[];
  /** The address the user says they sent to (never the address they call their own, unless they sent to it). */
  claimedRecipient?: string;
  /** The address the user calls their own. */
  ownAddress?: string;
  /** Words of theft, hacking or scams. */
  theft: boolean;
  /**
   * The user (or the receiver, "交易所说我转错链了") says it went on the wrong network,
   * whether or not a network is named.
   */
  wrongNetworkSaid?: boolean;
  /** The user says they sent to the wrong address ("转错地址了", "sent it to the wrong address"). */
  wrongAddressSaid?: boolean;
  /** What kind of trouble the user describes. */
  intents: ('pending' | 'missing' | 'failed' | 'fee')[];
  /** The exchange named and the direction (withdrawal from it, deposit into it). */
  exchange?: ExchangeHint;
  /** Explorers of networks this instance does not serve (named network, or none when the explorer serves many). */
  elsewhere: { explorer: string; network?: string }[];
  /**
   * Where to look first — a lookup hint, never a claim: explorer names and links, T…/base58
   * addresses, coins native to one family. Most likely first. Unlike `networks`, this can
   * never produce WRONG_NETWORK; it only orders the lookups and names the networks a
   * "could not check" answer talks about.
   */
  likely: { networks: string[]; families: Family[] };
}

const INTENTS: Record<Hints['intents'][number], RegExp[]> = {
  pending: [/\b(pending|stuck|unconfirmed|not confirmed|processing)\b/i, /卡住|卡了|打包中|等待确认|等待中|未确认|一直在确认|一直转圈|处理中|审核中|pending/],
  missing: [
    /\b(never arrived|not arrived|didn'?t arrive|not received|haven'?t received|didn'?t receive|did not receive|not there|missing|not credited|not reflected|not showing|doesn'?t show|did not arrive|hasn'?t arrived|never received|not in my|never got|didn'?t get|not (yet )?(come|arrive|arrived|receive|show(ing)? up|credited|reflected)|(has|have)n'?t (come|arrived|shown up|been credited)|still nothing|nothing (in|on) (my|the) (wallet|account|balance|address)|nothing (arrived|came|showed up)|where('?s| is) my (money|funds?|usdt|usdc|coins?|tokens?|deposit|withdrawal|transfer))\b/i,
    // Cantonese too: 收唔到, 冇到, 仲未到.
    /没到账|未到账|没收到|未收到|不到账|没有到账|没有收到|还没到|没到|丢失|不显示|看不到|没上账|未上账|没入账|未入账|收唔到|冇收到|冇到|仲未到/,
  ],
  failed: [/\b(fail(ed|s)?|revert(ed)?|error|out of (gas|energy))\b/i, /失败|报错|出错|错误|能量不足|带宽不足/],
  fee: [
    /\b(fee|fees|gas)\b.*\b(taken|charged|deducted|lost|high|expensive|why)\b|\b(charged|deducted|cost me)\b|\bwhy\b.*\b(fee|gas)\b/i,
    /手续费|矿工费|扣了|扣(那么|这么|好|咁)多|多扣|收了我|燃烧|能量|乱收费|收费/,
  ],
};

/** "Wrong network" in the words users write; naming which one is a claim (places.ts), not needed here. */
const WRONG_NETWORK_SAID = [
  /\b(wrong|different|incorrect)\s+(network|chain|blockchain)\b|\bnetwork\s+(was\s+)?wrong\b/i,
  /(转|充|提|发|选|走)错(了)?(链|网络|网|协议)|错(链|网络)|(链|网络|协议)((选|填|搞)错|错了)(?!误)|转到了?别的链/,
];

/** "I sent it to the wrong address", in the words users write. */
const WRONG_ADDRESS_SAID = [
  /\b(wrong|incorrect|mistyped)\s+(wallet\s+|receiving\s+|deposit\s+)?address\b|\b(typo|mistake)\s+in\s+the\s+address\b|\bsent\s+(it\s+)?to\s+the\s+wrong\s+(person|wallet|account)\b/i,
  /(转|打|填|输|复制|粘贴|写|发)错(了)?(地址|钱包|人)|地址(填|输|写|打|复制|粘贴|搞)错|转给了?(陌生人|错的人)/,
];

const STABLE_MENTIONS: Record<string, string> = { usdt: 'USDT', ustd: 'USDT', tether: 'USDT', usdc: 'USDC', 泰达币: 'USDT' };

export function findHints(written: string, identifiers: (Identifier & { index?: number })[], networks: readonly Network[], linkNetworks: string[] = []): Hints {
  const text = foldTraditional(written);
  // Words and numbers are read outside hashes, addresses and links only.
  const masked = maskIdentifiers(text);
  const places = findPlaces(text, masked, networks, linkNetworks);
  const amounts = findAmounts(masked);

  const tokens = new Set([...amounts.transfer, ...amounts.fees].map((a) => a.token));
  for (const m of masked.toLowerCase().matchAll(/(?<![a-z])(usdt|ustd|tether|usdc)(?![a-z])|泰达币/g)) tokens.add(STABLE_MENTIONS[m[1] ?? m[0]]);

  const exchange = findExchange(masked);
  return {
    networks: places.claims,
    expectedNetworks: places.expected,
    tokens: [...tokens],
    amounts: amounts.transfer,
    fees: amounts.fees,
    usd: amounts.usd,
    ...findParties(text, identifiers),
    theft: reportsTheft(masked),
    ...(WRONG_NETWORK_SAID.some((re) => re.test(masked)) ? { wrongNetworkSaid: true } : {}),
    ...(WRONG_ADDRESS_SAID.some((re) => re.test(masked)) ? { wrongAddressSaid: true } : {}),
    intents: (Object.keys(INTENTS) as Hints['intents']).filter((k) => INTENTS[k].some((re) => re.test(masked))),
    ...(exchange ? { exchange } : {}),
    elsewhere: places.elsewhere,
    likely: places.likely,
  };
}
