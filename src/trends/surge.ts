import { DAY_MS, HOUR_MS, keysOf, type CaseRecord } from './case-record.ts';

export interface SurgeOptions {
  now: Date;
  /** The window compared with its baseline: the last day or the last hour. */
  window: 'day' | 'hour';
  /** Fewest cases in the window that can make a surge (SURGE_MIN_CASES): a jump from 1 to 4 is noise. */
  minCases: number;
  /** How many times its baseline rate the window must exceed (default 3). */
  factor?: number;
  /** Trailing days the baseline averages (default 7). */
  baselineDays?: number;
}

export interface Surge {
  dimension: 'code' | 'network';
  key: string;
  windowStart: Date;
  windowEnd: Date;
  /** Cases in the window. */
  count: number;
  /** Average cases per window-length over the baseline days before the window. */
  baseline: number;
  /** count / baseline (Infinity when the baseline is empty). */
  ratio: number;
}

/**
 * A finding code or network whose rate in the last window (day or hour, ending now) is
 * over `factor`× its average over the `baselineDays` before the window, with at least
 * `minCases` cases in the window. Pure: the same records and `now` give the same surges.
 * E.g. a wave of TRON_OUT_OF_ENERGY after an energy price change, or LOOKUP_INCONCLUSIVE
 * on one network whose endpoint fails.
 */
export function detectSurges(records: readonly CaseRecord[], opts: SurgeOptions): Surge[] {
  const factor = opts.factor ?? 3;
  const baselineDays = opts.baselineDays ?? 7;
  const windowMs = opts.window === 'day' ? DAY_MS : HOUR_MS;
  const end = +opts.now;
  const start = end - windowMs;
  const baseStart = start - baselineDays * DAY_MS;
  const windowsInBaseline = (baselineDays * DAY_MS) / windowMs;
  const surges: Surge[] = [];
  for (const dimension of ['code', 'network'] as const) {
    const inWindow = new Map<string, number>();
    const inBaseline = new Map<string, number>();
    for (const r of records) {
      const t = +r.createdAt;
      if (t < baseStart || t >= end) continue;
      const into = t >= start ? inWindow : inBaseline;
      for (const key of keysOf(r, dimension)) into.set(key, (into.get(key) ?? 0) + 1);
    }
    for (const [key, count] of inWindow) {
      if (count < opts.minCases) continue;
      const baseline = (inBaseline.get(key) ?? 0) / windowsInBaseline;
      if (count > factor * baseline) surges.push({ dimension, key, windowStart: new Date(start), windowEnd: new Date(end), count, baseline, ratio: baseline > 0 ? count / baseline : Infinity });
    }
  }
  return surges.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/**
 * The surges right now over both windows, one per code or network (the day's when both
 * see it): what the page's banner shows and what the surge job alerts.
 */
export function currentSurges(records: readonly CaseRecord[], now: Date, minCases: number): Surge[] {
  const all = [...detectSurges(records, { now, window: 'day', minCases }), ...detectSurges(records, { now, window: 'hour', minCases })];
  return all.filter((s, i) => all.findIndex((o) => o.dimension === s.dimension && o.key === s.key) === i);
}

/** How far back a detection reads: the 7 baseline days and the day window before now. */
export const SURGE_LOOKBACK_MS = 8 * DAY_MS;
