import { NUMBER_SOURCE, parseNumber } from './numbers.ts';

/** An amount of a token as the user wrote it. */
export interface TokenAmount {
  value: number;
  token: string;
}

export interface Amounts {
  /** Token amounts the user says were sent or expected. */
  transfer: TokenAmount[];
  /** Token amounts the user ties to a fee ("扣了我 1.1 TRX", "cost me 0.0021 ETH in gas"). */
  fees: TokenAmount[];
  /** Dollar figures ("$200", "200刀", "($11.34)"): a value in USD, never a token amount. */
  usd: number[];
}

/** Words users write for tokens, typos included; value is the ticker. */
const TOKEN_WORDS: Record<string, string> = {
  usdt: 'USDT', ustd: 'USDT', usdt20: 'USDT', tether: 'USDT', thether: 'USDT', u: 'USDT', 泰达币: 'USDT', 泰达: 'USDT', 泰达幣: 'USDT',
  usdc: 'USDC', busd: 'BUSD', dai: 'DAI', fdusd: 'FDUSD',
  eth: 'ETH', ether: 'ETH', ethers: 'ETH', 以太币: 'ETH', 以太: 'ETH', 以太坊: 'ETH', weth: 'WETH',
  bnb: 'BNB', trx: 'TRX', tron: 'TRX', 波场币: 'TRX', 波场: 'TRX', sol: 'SOL', solana: 'SOL', 索拉纳: 'SOL',
  pol: 'POL', matic: 'POL', avax: 'AVAX', arb: 'ARB', op: 'OP', btc: 'BTC', wbtc: 'WBTC', 比特币: 'BTC',
};

/** Capitalised words after a number that are not tickers. */
const NOT_TICKERS = new Set(['USD', 'TX', 'TXID', 'ID', 'AM', 'PM', 'UTC', 'GMT', 'CST', 'HKT', 'OK', 'API', 'KB', 'MB', 'GB', 'AND', 'OR', 'THE', 'TO', 'IN', 'ON', 'AT', 'I', 'A', 'MY', 'NO', 'PS', 'EVM', 'TRC', 'ERC', 'BEP', 'SPL', 'ERC20', 'BEP20', 'TRC20', 'TRC10', 'P1', 'P2', 'GAS']);

const NUM = `(${NUMBER_SOURCE})`;
const WORDS = Object.keys(TOKEN_WORDS).sort((a, b) => b.length - a.length).join('|');
/** Ascii token words must end at a word boundary ("5 users" is not 5 USDT); Chinese words need none. */
const TOKEN = `(${WORDS})(?![a-z0-9])`;
/** Not inside a longer word or number ("v2", "abc9U"). */
const START = '(?<![0-9A-Za-z.,_])';

const NUMBER_THEN_TOKEN = new RegExp(`${START}${NUM}\\s*(?:多|余|来)?\\s*(?:个|枚|块)?\\s*${TOKEN}`, 'gi');
const NUMBER_THEN_TICKER = new RegExp(`${START}${NUM}\\s*\\(?\\s*([A-Z][A-Z0-9]{1,9})\\s*\\)?(?![A-Za-z0-9])`, 'g');
const TOKEN_THEN_NUMBER = new RegExp(`(?<![0-9A-Za-z])${TOKEN}\\s*(?:[(（][^)）]{0,12}[)）])?\\s*[:：=]?\\s*${NUM}(?![0-9A-Za-z.]|\\s*(?:天|小时|分钟|次|笔|个小时|days?|hours?|h\\b|min|minutes?|times?|%))`, 'gi');
const DOLLARS = [
  new RegExp(`(?:US)?\\$\\s*${NUM}`, 'g'),
  new RegExp(`${START}${NUM}\\s*(?:\\$|usd(?![a-z])|dollars?|bucks|美元|美金|刀(?!币))`, 'gi'),
];

const FEE_BEFORE = /(手续费|矿工费|网络费|燃烧了?|扣了?我?|收了?我?|扣除了?|扣费|\bfees?\b|\bgas\b|\bcharged?( me)?\b|\bcost( me)?\b|\bpaid\b.*\bfee|\bburn(ed|t)?\b|\bdeducted\b|\b(it|still|also|but|and|which)\s+took( me| my)?\b|\bate( up)?( my)?\b)[^0-9a-zA-Z\u4e00-\u9fff]{0,3}(了|了我|我|of|me|about|around|约|大概|was|is|were|are|=|:)?\s*(about|around|like|only)?\s*$/i;
// "1.1 TRX 的手续费", "2 TRX fee"; not a fee word that opens the next clause ("转了 0.5 个 ETH 手续费花了 0.003": 0.5 ETH was sent).
const FEE_AFTER = /^\s*(的\s*(手续费|矿工费|gas费?|网络费)|(手续费|矿工费|gas|fees?|as (a |the )?fee|in (gas|fees?)|for (gas|the fee)|作为手续费)(?!\s*(花|扣|收|是|要|居然|竟然|才|就|太|也|为|怎么|咋|又|却|倒|[:：]|\d|was\b|is\b|were\b|cost\b)))/i;

/**
 * Every amount in the complaint, in the orders people write them ("120U", "USDT 320",
 * "355 tether", "3.99 ( STONE)", "$200", "200刀"). `text` must have its identifiers masked.
 */
export function findAmounts(text: string): Amounts {
  const taken: [number, number][] = [];
  const free = (s: number, e: number) => !taken.some(([a, b]) => s < b && e > a);
  const out: Amounts = { transfer: [], fees: [], usd: [] };
  const found: { at: number; end: number; value: number; token?: string }[] = [];

  for (const re of DOLLARS) {
    for (const m of text.matchAll(re)) {
      const value = parseNumber(m[1]);
      if (value === undefined || !free(m.index!, m.index! + m[0].length)) continue;
      taken.push([m.index!, m.index! + m[0].length]);
      found.push({ at: m.index!, end: m.index! + m[0].length, value });
    }
  }
  for (const m of text.matchAll(NUMBER_THEN_TOKEN)) add(m, m[1], m[2]);
  for (const m of text.matchAll(NUMBER_THEN_TICKER)) if (!NOT_TICKERS.has(m[2])) add(m, m[1], m[2]);
  for (const m of text.matchAll(TOKEN_THEN_NUMBER)) add(m, m[2], m[1]);

  function add(m: RegExpMatchArray, num: string, word: string) {
    const start = m.index!;
    const end = start + m[0].length;
    if (!free(start, end)) return;
    const value = parseNumber(num);
    // A single "U"/"u" needs to be glued to its number or follow a Chinese numeral: "100 u" is fine, "100 units" never reaches here.
    if (value === undefined || value === 0) return;
    taken.push([start, end]);
    found.push({ at: start, end, value, token: TOKEN_WORDS[word.toLowerCase()] ?? word.toUpperCase() });
  }

  for (const f of found.sort((a, b) => a.at - b.at)) {
    if (f.token === undefined) {
      out.usd.push(f.value);
      continue;
    }
    const isFee = FEE_BEFORE.test(text.slice(Math.max(0, f.at - 16), f.at)) || FEE_AFTER.test(text.slice(f.end, f.end + 16));
    (isFee ? out.fees : out.transfer).push({ value: f.value, token: f.token });
  }
  return out;
}
