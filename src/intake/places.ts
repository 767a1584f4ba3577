import { evmNetworks } from '../../chains/evm/networks.ts';
import { solanaNetworks } from '../../chains/solana/networks.ts';
import { tronNetworks } from '../../chains/tron/networks.ts';
import type { Family, Network } from '../../chains/types.ts';
import { base58Length, LINK, multiChainLink } from './identifiers.ts';

/** Real explorers by network id, also in demo mode (where the served copies link to the app). */
const REAL_NETWORKS: readonly Network[] = [...evmNetworks, ...tronNetworks, ...solanaNetworks];

/**
 * Where the complaint points. Two kinds, kept apart:
 * - `claims`: networks the user *names* (a network or a token standard: "BEP20", "trc-20",
 *   "Ecr20", "马蹄链"). Only these can make a WRONG_NETWORK finding.
 * - `likely`: where to look first — explorers named or linked, T… / base58 addresses, coins
 *   that live on one family only (TRX, SOL), wallet apps of one family. Never a claim.
 * `elsewhere`: explorers of networks this instance does not serve.
 */
export interface Places {
  claims: string[];
  /** Claims named as the network it should have gone on ("应该是 ERC20", "should have been BEP20"). */
  expected: string[];
  likely: { networks: string[]; families: Family[] };
  elsewhere: { explorer: string; network?: string }[];
}

/**
 * Coins that share a network's name ("ETH" exists on Arbitrum, "POL" as an ERC-20 on
 * Ethereum, USDT everywhere): a word that is a coin is never a network claim.
 */
const COIN_WORDS = new Set(['eth', 'bnb', 'matic', 'pol', 'avax', 'arb', 'op', 'sol', 'trx', 'usdt', 'usdc']);

/** Words every family uses ("solana mainnet", "tron mainnet"): they name no network. */
const VAGUE_WORDS = new Set(['mainnet']);

/** "base" is an everyday word ("base fee"): a claim only where it reads as the network. */
const BASE_NETWORK = /(?<![a-z0-9])(on|via|over|using|used|to|from|bridged to)\s+base(?![a-z0-9])(?!\s+fee)|(?<![a-z0-9])base\s+(chain|network|mainnet|l2)(?![a-z0-9])/i;

/** Token standards however they are typed: "Ecr20", "erc 20", "BeP20", "bep-20", "trc-20", "TRC_20". */
const STANDARD = /(?<![a-z0-9])(erc|ecr|bep|trc)\s?[-_]?\s?(20|10)(?![0-9])/gi;
const STANDARD_NETWORK: Record<string, string | undefined> = { erc20: 'ethereum', bep20: 'bsc', trc20: 'tron', trc10: 'tron' };

/**
 * Words that make the network named next the one it *should* have gone on, not the one
 * used: "用 BEP20 转的，应该是 ERC20", "it should have been ERC20", "交易所只支持 TRC20", "the
 * exchange only supports ERC20". With both named, only
 * this one can say the transaction went the wrong way. ("Instead of" and "而不是" are not
 * here: "TRC20 instead of ERC20 to save fees" is a choice, not a mistake.)
 */
const EXPECTED_BEFORE = /(?<!不)(应该|应当|本应|本该|本来要|本来应该|要求|正确的|只支持|仅支持|只收|只能用|只能走|should have (been|used|gone (on|via|over))|should be|supposed to (be|use)|meant to (be|use)|only (supports?|accepts?|takes?|allows?))\s*(是|用|走|选|转|的|on|via|over|the|an?)?\s*$/i;
const expectedAt = (text: string, index: number) => EXPECTED_BEFORE.test(text.slice(Math.max(0, index - 24), index));

/** Coins and apps that live on one family only. */
const FAMILY_WORDS: { re: RegExp; family: Family }[] = [
  { re: /(?<![a-z0-9])(trx|tronlink|tron ?link|波场|能量|带宽|energy|bandwidth)(?![a-z0-9])/i, family: 'tron' },
  { re: /(?<![a-z0-9])(sol|phantom|solflare|lamports?)(?![a-z0-9])/i, family: 'solana' },
  { re: /(?<![a-z0-9])(metamask|gwei|nonce)(?![a-z0-9])/i, family: 'evm' },
];

/** Explorers of networks txtriage does not serve: name the network, or ask when one explorer serves many. */
const OTHER_EXPLORERS: { re: RegExp; explorer: string; network?: string }[] = [
  { re: /ftmscan|fantom ?scan/i, explorer: 'FTMScan', network: 'Fantom' },
  { re: /lineascan/i, explorer: 'LineaScan', network: 'Linea' },
  { re: /celoscan/i, explorer: 'CeloScan', network: 'Celo' },
  { re: /gnosisscan/i, explorer: 'GnosisScan', network: 'Gnosis' },
  { re: /cronoscan/i, explorer: 'CronoScan', network: 'Cronos' },
  { re: /scrollscan/i, explorer: 'ScrollScan', network: 'Scroll' },
  { re: /blastscan/i, explorer: 'BlastScan', network: 'Blast' },
  { re: /mantlescan/i, explorer: 'MantleScan', network: 'Mantle' },
  { re: /opbnb ?scan/i, explorer: 'opBNBScan', network: 'opBNB' },
  { re: /era\.zksync|zksync ?explorer|explorer\.zksync/i, explorer: 'zkSync Explorer', network: 'zkSync Era' },
  { re: /tonscan|tonviewer/i, explorer: 'Tonscan', network: 'TON' },
  { re: /xrpscan|bithomp/i, explorer: 'XRPScan', network: 'XRP Ledger' },
  { re: /mempool\.space/i, explorer: 'mempool.space', network: 'Bitcoin' },
  { re: /blockstream\.info/i, explorer: 'Blockstream', network: 'Bitcoin' },
  { re: /(?<![a-z])btc\.com/i, explorer: 'BTC.com', network: 'Bitcoin' },
  { re: /blockchain\.com\/(btc|explorer)/i, explorer: 'Blockchain.com', network: 'Bitcoin' },
  { re: /suiscan|suivision/i, explorer: 'SuiScan', network: 'Sui' },
  { re: /aptoscan|explorer\.aptoslabs/i, explorer: 'Aptos Explorer', network: 'Aptos' },
  { re: /oklink/i, explorer: 'OKLink' },
  { re: /blockchair/i, explorer: 'Blockchair' },
  { re: /debank/i, explorer: 'DeBank' },
  { re: /blockscout/i, explorer: 'Blockscout' },
];

/** Words that name an explorer we serve, from the networks' own explorer data. */
const EXPLORER_WORDS = explorerWords(REAL_NETWORKS);

function explorerWords(networks: readonly Network[]): { word: string; network: string }[] {
  const out: { word: string; network: string }[] = [
    { word: 'bsc scan', network: 'bsc' },
    { word: 'ether scan', network: 'ethereum' },
    { word: 'tron scan', network: 'tron' },
    { word: 'sol scan', network: 'solana' },
    { word: 'polygon scan', network: 'polygon' },
  ];
  // Mainnets first: a testnet explorer word only wins when it is more specific ("nile.tronscan").
  for (const n of [...networks].sort((a, b) => Number(Boolean(a.testnet)) - Number(Boolean(b.testnet)))) {
    for (const e of n.explorers) {
      const host = e.tx.replace(/^https?:\/\/(www\.)?/, '').split('/')[0].toLowerCase();
      if (n.demo || /localhost|127\.0\.0\.1|demo/.test(host)) continue;
      const label = host.replace(/\.(io|org|com|net|app)$/, '');
      for (const word of [host, label, e.name.toLowerCase(), e.name.toLowerCase().replace(/\s+/g, '')]) {
        if (word.length >= 5 && !out.some((o) => o.word === word)) out.push({ word, network: n.id });
      }
    }
  }
  return out.sort((a, b) => b.word.length - a.word.length);
}

export function findPlaces(raw: string, masked: string, networks: readonly Network[], linkNetworks: string[]): Places {
  const lower = masked.toLowerCase();
  const claims = new Set<string>();
  const expected = new Set<string>();

  // Token standards first ("trc-20" must not also read as the word "trc").
  let rest = lower;
  for (const m of lower.matchAll(STANDARD)) {
    const key = `${m[1].toLowerCase().replace('ecr', 'erc')}${m[2]}`;
    const network = STANDARD_NETWORK[key];
    if (network && networks.some((n) => n.id === network)) {
      claims.add(network);
      if (expectedAt(lower, m.index!)) expected.add(network);
    }
    rest = rest.slice(0, m.index) + ' '.repeat(m[0].length) + rest.slice(m.index! + m[0].length);
  }
  // Explorer names are lookup hints, so take them out before reading network names ("etherscan" is not "ethereum").
  const explorerHits: string[] = [];
  const rawLower = raw.toLowerCase();
  for (const { word, network } of EXPLORER_WORDS) {
    // Most words appear nowhere in a complaint: a substring search rules them out for a fraction of a regex scan.
    if (!rawLower.includes(word) && !rest.includes(word)) continue;
    const re = wholeWord(word, 'g');
    for (const m of [...rawLower.matchAll(re), ...rest.matchAll(re)]) {
      explorerHits.push(network);
      if (m.input === rest) rest = rest.slice(0, m.index) + ' '.repeat(m[0].length) + rest.slice(m.index! + m[0].length);
    }
  }
  for (const n of networks) {
    for (const word of n.aliases) {
      if (COIN_WORDS.has(word) || VAGUE_WORDS.has(word) || STANDARD_NETWORK[word.replace(/[-_ ]/g, '')]) continue;
      if (word === 'base' && !BASE_NETWORK.test(rest)) continue;
      if (!rest.includes(word)) continue;
      const at = /^[\x00-\x7F]+$/.test(word) ? [...rest.matchAll(wholeWord(word, 'g'))].map((m) => m.index!) : indexesOf(rest, word);
      if (at.length) claims.add(n.id);
      if (at.some((i) => expectedAt(rest, i))) expected.add(n.id);
    }
  }

  const families: Family[] = [];
  for (const { re, family } of FAMILY_WORDS) if (re.test(lower)) families.push(family);
  for (const m of raw.matchAll(/(?<![0-9A-Za-z])T[1-9A-HJ-NP-Za-km-z]{33}(?![0-9A-Za-z])/g)) if (base58Length(m[0]) === 25) families.unshift('tron');
  for (const m of raw.matchAll(/(?<![0-9A-Za-z])[1-9A-HJ-NP-Za-km-z]{32,88}(?![0-9A-Za-z])/g)) {
    const len = base58Length(m[0]);
    if ((len === 32 || len === 64) && !m[0].startsWith('T')) families.push('solana');
  }

  const likelyNetworks = unique([...linkNetworks, ...explorerHits, ...claims]).filter((id) => networks.some((n) => n.id === id));
  const familyOf = (id: string) => networks.find((n) => n.id === id)?.family;
  const likelyFamilies = unique([...likelyNetworks.map(familyOf).filter((f): f is Family => Boolean(f)), ...families]);

  // An explorer that appears only in links naming a network we serve (a multi-chain one's,
  // identifiers.ts) is a lookup hint there, not a network elsewhere.
  const links = [...raw.matchAll(LINK)].map((m) => m[0]);
  const words = raw.replace(LINK, ' ');
  const pointsElsewhere = (re: RegExp) => re.test(words) || links.some((l) => re.test(l) && !multiChainLink(l, networks));
  const elsewhere = OTHER_EXPLORERS.filter((e) => pointsElsewhere(e.re)).map(({ explorer, network }) => ({ explorer, ...(network ? { network } : {}) }));
  return { claims: [...claims], expected: [...expected].filter((id) => claims.has(id)), likely: { networks: likelyNetworks, families: likelyFamilies }, elsewhere };
}

function indexesOf(text: string, word: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) out.push(i);
  return out;
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/**
 * `word` as a whole word, compiled once: every complaint is read against a hundred-odd
 * explorer words and network names, and compiling them per complaint was the intake's
 * largest CPU cost. (`matchAll` copies a global regex, so sharing one is safe; the
 * non-global one is only used with `test`, which keeps no state.)
 */
const wordRegexes = new Map<string, RegExp>();
function wholeWord(word: string, flags: '' | 'g'): RegExp {
  const key = `${flags}:${word}`;
  let re = wordRegexes.get(key);
  if (!re) wordRegexes.set(key, (re = new RegExp(`(?<![a-z0-9])${escape(word)}(?![a-z0-9])`, flags)));
  return re;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
