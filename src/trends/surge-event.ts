import { DAY_MS, HOUR_MS } from './case-record.ts';
import type { Surge } from './surge.ts';

/** The `trend.surge` webhook body (docs/cases.md#webhooks): part of the API, fields are only added. */
export interface TrendSurgeEvent {
  type: 'trend.surge';
  timestamp: string;
  data: {
    dimension: 'code' | 'network';
    key: string;
    /** The finding code when the surge is a code's, else null. */
    code: string | null;
    /** The network id when the surge is a network's, else null. */
    network: string | null;
    window: 'day' | 'hour';
    windowStart: string;
    windowEnd: string;
    /** Cases in the window. */
    count: number;
    /** The window's cases per day (an hour's count × 24). */
    rate: number;
    /** Cases per day over the 7 days before the window. */
    baseline: number;
    /** rate / baseline; null when the baseline is empty (a code never seen before). */
    ratio: number | null;
    threshold: { factor: number; minCases: number };
    /** The leads' trends page, when PUBLIC_URL is set. */
    trendsUrl: string | null;
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

export function surgeEvent(s: Surge, at: Date, opts: { factor: number; minCases: number; publicUrl?: string }): TrendSurgeEvent {
  const window = +s.windowEnd - +s.windowStart > HOUR_MS ? 'day' : 'hour';
  const perDay = DAY_MS / (+s.windowEnd - +s.windowStart);
  const rate = s.count * perDay;
  const baseline = s.baseline * perDay;
  return {
    type: 'trend.surge',
    timestamp: at.toISOString(),
    data: {
      dimension: s.dimension,
      key: s.key,
      code: s.dimension === 'code' ? s.key : null,
      network: s.dimension === 'network' ? s.key : null,
      window,
      windowStart: s.windowStart.toISOString(),
      windowEnd: s.windowEnd.toISOString(),
      count: s.count,
      rate: round2(rate),
      baseline: round2(baseline),
      ratio: baseline > 0 ? round2(rate / baseline) : null,
      threshold: { factor: opts.factor, minCases: opts.minCases },
      trendsUrl: opts.publicUrl ? new URL(`/console/trends?days=7`, opts.publicUrl).toString() : null,
    },
  };
}
