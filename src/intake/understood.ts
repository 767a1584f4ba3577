import type { Complaint } from './complaint.ts';
import type { ExchangeHint } from './exchanges.ts';
import type { Hints } from './hints.ts';

/** One amount the complaint states, with its unit: a token ("USDT") or a currency ("USD"). */
export interface UnderstoodAmount {
  value: number;
  unit: string;
  kind: 'token' | 'currency';
  /** transfer: what was sent or expected; fee: what the user says a fee cost. */
  role: 'transfer' | 'fee';
}

/** What intake understood, as the API and the console show it. */
export interface Understood {
  txIds: string[];
  addresses: string[];
  amounts: UnderstoodAmount[];
  exchange: ExchangeHint | null;
  hints: Hints;
}

export function understood(complaint: Complaint): Understood {
  const { hints } = complaint;
  return {
    txIds: complaint.txIds.map((t) => t.value),
    addresses: complaint.addresses.map((a) => a.value),
    amounts: [
      ...hints.amounts.map((a) => ({ value: a.value, unit: a.token, kind: 'token' as const, role: 'transfer' as const })),
      ...hints.usd.map((value) => ({ value, unit: 'USD', kind: 'currency' as const, role: 'transfer' as const })),
      ...hints.fees.map((a) => ({ value: a.value, unit: a.token, kind: 'token' as const, role: 'fee' as const })),
    ],
    exchange: hints.exchange ?? null,
    hints,
  };
}
