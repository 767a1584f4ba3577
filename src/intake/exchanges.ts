/**
 * Exchanges and the direction of the transfer: a withdrawal is sent by the platform (it
 * holds the transaction id), a deposit is credited by it (it needs the transaction id,
 * and the memo/tag where its deposit address has one). `text` must have its identifiers masked.
 */
export interface ExchangeHint {
  /** The exchange named ("Binance"); absent when the user only says "the exchange" / "交易所". */
  name?: string;
  /** withdrawal: funds came out of the platform; deposit: funds were sent into it. */
  direction?: 'withdrawal' | 'deposit';
}

/** Display name → words users write for it (zh and en, lowercase). */
const EXCHANGES: Record<string, string[]> = {
  Binance: ['binance', '币安(?!链|智能链|网络)(?! ?smart)', 'bn交易所', '币安交易所'],
  OKX: ['okx', 'okex', '欧易', 'ok交易所', 'okex交易所'],
  HTX: ['htx', 'huobi', '火币'],
  KuCoin: ['kucoin', 'ku coin', '库币'],
  Bybit: ['bybit', 'by bit'],
  'Gate.io': ['gate\\.io', 'gateio', 'gate', '芝麻开门'],
  Bitget: ['bitget'],
  MEXC: ['mexc', '抹茶'],
  Coinbase: ['coinbase'],
  Kraken: ['kraken'],
  'Crypto.com': ['crypto\\.com'],
  Bitfinex: ['bitfinex'],
  Upbit: ['upbit'],
  Bithumb: ['bithumb'],
  BingX: ['bingx'],
  CoinEx: ['coinex'],
  Poloniex: ['poloniex'],
};

const GENERIC = /\b(exchanges?|cex|platform)\b|交易所|平台/i;

const WITHDRAWAL = /\bwithdr[ae]w(al|als|n|ing|s)?\b|\bwithdraw\b|提币|提现|提u|提出来|提到(我的)?钱包|提了|从(交易所|平台)/i;
const DEPOSIT = /\bdeposit(ed|ing|s)?\b|\btop ?up\b|充值|充币|充u|充进|充到|充了|入金|转(到|进|入)(了)?(交易所|平台)/i;

export function findExchange(text: string): ExchangeHint | undefined {
  const named = findNamed(text);
  const withdrawal = WITHDRAWAL.test(text);
  const deposit = DEPOSIT.test(text);
  if (!named && !GENERIC.test(text) && !withdrawal && !deposit) return undefined;

  let direction: ExchangeHint['direction'];
  const place = named ?? findGeneric(text);
  if (place) direction = sideOf(text, place.at, place.end);
  direction ??= withdrawal && !deposit ? 'withdrawal' : deposit && !withdrawal ? 'deposit' : undefined;
  // "my exchange says…" alone: nothing to act on.
  if (!named && !direction) return undefined;
  return { ...(named ? { name: named.name } : {}), ...(direction ? { direction } : {}) };
}

function findGeneric(text: string): { at: number; end: number } | undefined {
  const m = GENERIC.exec(text);
  return m ? { at: m.index, end: m.index + m[0].length } : undefined;
}

/** Each exchange word as a pattern, compiled once rather than per complaint. */
const NAMED: { name: string; re: RegExp }[] = Object.entries(EXCHANGES).flatMap(([name, words]) =>
  words.map((word) => ({ name, re: new RegExp(/^[a-z]/.test(word) ? `(?<![a-z0-9])${word}(?![a-z0-9])` : word, 'i') })),
);

function findNamed(text: string): { name: string; at: number; end: number } | undefined {
  let best: { name: string; at: number; end: number } | undefined;
  for (const { name, re } of NAMED) {
    const m = re.exec(text);
    if (m && (!best || m.index < best.at)) best = { name, at: m.index, end: m.index + m[0].length };
  }
  return best;
}

/** Where the exchange stands in the sentence: "from Binance" sent, "to/into my Binance" received. */
function sideOf(text: string, at: number, end: number): ExchangeHint['direction'] {
  const before = text.slice(Math.max(0, at - 16), at);
  const after = text.slice(end, end + 20);
  if (/\b(from|out of|off)\s+(my\s+|the\s+)?$|(从|由)(我的)?\s*$/i.test(before)) return 'withdrawal';
  if (/^\s*(上|里)?的?\s*(提|withdrawal|withdraw)/i.test(after)) return 'withdrawal';
  if (/^[^，。,.!?！？]{0,12}(提|转|发)(到|给|进|入)?(我的)?\s*(钱包|wallet|tp|imtoken|tokenpocket|trust)/i.test(after)) return 'withdrawal';
  if (/^\s*(account\s+)?(to|into)\s+(my\s+)?[a-z ]{0,12}\b(wallet|metamask|trust|tokenpocket|imtoken|phantom|tronlink|address)\b/i.test(after)) return 'withdrawal';
  if (/\b(to|into|in|on|at)\s+(my\s+|the\s+)?$|(到|进|入|给|往)(了)?(我的)?\s*$/i.test(before)) return 'deposit';
  if (/^\s*(上|里)?的?\s*(充值|充币|deposit|account|账户|账号)/i.test(after)) return 'deposit';
  return undefined;
}
