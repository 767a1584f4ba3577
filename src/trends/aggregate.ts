import { DAY_MS, keysOf, type CaseRecord, type Dimension } from './case-record.ts';

/** Start of the UTC day of `t`. */
export const utcDay = (t: Date | number) => Math.floor(+t / DAY_MS) * DAY_MS;
export const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

export interface DailySeries {
  /** UTC days, oldest first (YYYY-MM-DD), the last one is today. */
  days: string[];
  /** Cases per day for each key, aligned with `days`; keys ordered by total, largest first. */
  series: { key: string; counts: number[]; total: number }[];
}

/** Cases per UTC day over the last `days` days (today included), by category, finding code or network. */
export function casesPerDay(records: readonly CaseRecord[], dim: Dimension, days: number, now: Date): DailySeries {
  const last = utcDay(now);
  const first = last - (days - 1) * DAY_MS;
  const byKey = new Map<string, number[]>();
  for (const r of records) {
    const day = utcDay(r.createdAt);
    if (day < first || day > last) continue;
    const i = (day - first) / DAY_MS;
    for (const key of keysOf(r, dim)) {
      let counts = byKey.get(key);
      if (!counts) byKey.set(key, (counts = Array(days).fill(0)));
      counts[i]++;
    }
  }
  const series = [...byKey].map(([key, counts]) => ({ key, counts, total: counts.reduce((a, b) => a + b, 0) })).sort((a, b) => b.total - a.total || a.key.localeCompare(b.key));
  return { days: Array.from({ length: days }, (_, i) => isoDay(first + i * DAY_MS)), series };
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export interface ResponseTimes {
  /** Median ms from complaint to first answer, among cases answered; null: none. */
  firstAnswerMs: number | null;
  resolutionMs: number | null;
  answered: number;
  resolved: number;
  cases: number;
}

/** Median time to first answer and to resolution of the cases created since `since`. */
export function responseTimes(records: readonly CaseRecord[], since: Date): ResponseTimes {
  const recent = records.filter((r) => r.createdAt >= since);
  const first = recent.flatMap((r) => (r.firstAnsweredAt ? [+r.firstAnsweredAt - +r.createdAt] : []));
  const resolved = recent.flatMap((r) => (r.resolvedAt ? [+r.resolvedAt - +r.createdAt] : []));
  return { firstAnswerMs: median(first), resolutionMs: median(resolved), answered: first.length, resolved: resolved.length, cases: recent.length };
}

export interface CodeWeek {
  code: string;
  thisWeek: number;
  lastWeek: number;
}

/** Finding codes of the last 7 days against the 7 days before, most frequent first. */
export function topCodes(records: readonly CaseRecord[], now: Date, limit = 10): CodeWeek[] {
  const thisStart = +now - 7 * DAY_MS;
  const lastStart = thisStart - 7 * DAY_MS;
  const rows = new Map<string, CodeWeek>();
  for (const r of records) {
    const t = +r.createdAt;
    if (t < lastStart || t > +now) continue;
    for (const code of keysOf(r, 'code')) {
      const row = rows.get(code) ?? { code, thisWeek: 0, lastWeek: 0 };
      rows.set(code, row);
      if (t >= thisStart) row.thisWeek++;
      else row.lastWeek++;
    }
  }
  return [...rows.values()].sort((a, b) => b.thisWeek - a.thisWeek || b.lastWeek - a.lastWeek || a.code.localeCompare(b.code)).slice(0, limit);
}
