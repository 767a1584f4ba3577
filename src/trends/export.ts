import { casesPerDay } from './aggregate.ts';
import type { CaseRecord, Dimension } from './case-record.ts';
import { toCsv } from './csv.ts';

/** Cases per day as long-format CSV (day, dimension, key, cases): what a spreadsheet pivots best. */
export function trendsCsv(records: readonly CaseRecord[], dim: Dimension, days: number, now: Date): string {
  const daily = casesPerDay(records, dim, days, now);
  const rows = daily.series.flatMap((s) => s.counts.map((count, i) => [daily.days[i], dim, s.key, count] as const)).sort((a, b) => a[0].localeCompare(b[0]) || a[2].localeCompare(b[2]));
  return toCsv(['day', 'dimension', 'key', 'cases'], rows);
}
