import { formatUnits } from 'ethers';
import type { Amount } from './types.ts';

/** An on-chain integer amount with its unit, in the form people read ("1.5", not "1.500000"). */
export function toAmount(raw: bigint | string | number, decimals: number, symbol: string): Amount {
  const value = BigInt(raw);
  let formatted = formatUnits(value, decimals);
  if (formatted.includes('.')) formatted = formatted.replace(/\.?0+$/, '');
  return { raw: value.toString(), decimals, symbol, formatted };
}

/** Amount as a float, for comparisons with what a user typed (never for arithmetic on funds). */
export function amountToNumber(amount: Amount): number {
  return Number(amount.formatted);
}

/** "100.5 USDT" */
export function showAmount(amount: Amount): string {
  return `${amount.formatted} ${amount.symbol}`;
}
