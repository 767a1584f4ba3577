import type { Amount } from './types.ts';

/** An on-chain integer amount with its unit, in the form people read ("1.5", not "1.500000"). */
export function toAmount(raw: bigint | string | number, decimals: number, symbol: string): Amount {
  const value = BigInt(raw);
  return { raw: value.toString(), decimals, symbol, formatted: formatRaw(value, decimals) };
}

/**
 * The integer scaled down by 10^decimals, without trailing zeros: what ethers' formatUnits
 * gives with its ".0" dropped, done on the digits (formatUnits built a FixedNumber per
 * call; amounts are formatted dozens of times per investigation).
 */
export function formatRaw(value: bigint, decimals: number): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString();
  if (decimals <= 0) return `${negative ? '-' : ''}${digits}`;
  const padded = digits.padStart(decimals + 1, '0');
  const whole = padded.slice(0, padded.length - decimals);
  const fraction = padded.slice(padded.length - decimals).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** Amount as a float, for comparisons with what a user typed (never for arithmetic on funds). */
export function amountToNumber(amount: Amount): number {
  return Number(amount.formatted);
}

/**
 * "100.5 USDT". Dust-level fractions (fees in wei) are cut to 4 significant digits so
 * people can read them; exact values stay in `raw` and `formatted` for agents.
 */
export function showAmount(amount: Amount): string {
  const [whole, fraction = ''] = amount.formatted.split('.');
  if (fraction.length <= 6) return `${amount.formatted} ${amount.symbol}`;
  const rounded = whole === '0' ? Number(amount.formatted).toPrecision(4) : Number(amount.formatted).toFixed(6);
  const shown = String(Number(rounded));
  // Below 1e-6 JavaScript switches to exponent notation, which nobody reads: keep it exact.
  return shown.includes('e') ? `${amount.formatted} ${amount.symbol}` : `${shown} ${amount.symbol}`;
}
