/**
 * Numbers as people type them: "1,200.5", "5万", "1.2万", "3千", "3k", and Chinese
 * numerals ("八十", "两百", "一万五"). Full-width digits are folded by normalizeText.
 */
const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 俩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1_000, 万: 10_000, 亿: 100_000_000 };

/** Arabic number with an optional multiplier word; or a Chinese numeral. */
export const NUMBER_SOURCE = '(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?:\\s?(?:万|千|百|[kK](?![a-zA-Z])|[wW](?![a-zA-Z])))?|[零〇一二两俩三四五六七八九十百千万亿]+';

export function parseNumber(s: string): number | undefined {
  const t = s.replace(/\s/g, '');
  const arabic = t.match(/^([\d,]+(?:\.\d+)?)(万|千|百|k|K|w|W)?$/);
  if (arabic) {
    const n = Number(arabic[1].replace(/,/g, ''));
    const mult = { 万: 10_000, w: 10_000, W: 10_000, 千: 1_000, k: 1_000, K: 1_000, 百: 100 }[arabic[2] ?? ''] ?? 1;
    return Number.isFinite(n) ? round(n * mult) : undefined;
  }
  return chineseNumeral(t);
}

/** "八十" 80, "两百" 200, "一万五" 15000, "三千五百" 3500, "十二" 12. */
function chineseNumeral(s: string): number | undefined {
  if (!/^[零〇一二两俩三四五六七八九十百千万亿]+$/.test(s)) return undefined;
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let lastUnit = 0;
  for (const ch of s) {
    if (ch in DIGITS) {
      digit = DIGITS[ch];
      continue;
    }
    const unit = UNITS[ch];
    if (unit >= 10_000) {
      section = (section + (digit ?? 0)) * unit;
      total += section;
      section = 0;
      lastUnit = unit;
    } else {
      section += (digit ?? 1) * unit;
      lastUnit = unit;
    }
    digit = undefined;
  }
  // "一万五" = 15000: a trailing digit after a unit counts one step down.
  if (digit !== undefined) section += lastUnit >= 10 && s.length > 1 && !/[零〇]/.test(s.at(-2)!) ? (digit * lastUnit) / 10 : digit;
  const value = total + section;
  return value > 0 ? value : undefined;
}

function round(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}
