import { iso } from '../store/time.ts';
import type { TrendsStore } from '../store/trends-store.ts';
import { DAY_MS } from '../trends/case-record.ts';
import { isoDay } from '../trends/aggregate.ts';
import type { TrendsSource } from '../trends/source.ts';
import { currentSurges, SURGE_LOOKBACK_MS } from '../trends/surge.ts';
import { surgeEvent } from '../trends/surge-event.ts';

export interface SurgeAlertsOptions {
  /** SURGE_MIN_CASES: the same threshold as the page's banner. */
  minCases: number;
  publicUrl?: string;
  /** Tests move the clock. */
  now?: () => number;
  log?: { info(msg: string, fields?: Record<string, unknown>): void };
}

/** The detector's factor: a rate over 3× its trailing baseline (src/trends/surge.ts). */
const FACTOR = 3;

/**
 * Looks for surges in the case archive and raises a `trend.surge` webhook for each new
 * one, through the outbox. Run by the job loop every SURGE_CHECK_MINUTES, not by page
 * views. A code or network is alerted at most once per UTC day and never twice within
 * 24 hours (a wave late in the evening is still in the rolling window after midnight);
 * the store decides, so instances running the job together send it once.
 */
export class SurgeAlerts {
  /** Surges this instance alerted, for tests. */
  alerted = 0;

  constructor(
    private readonly source: TrendsSource,
    private readonly store: TrendsStore,
    private readonly opts: SurgeAlertsOptions,
  ) {}

  async tick(): Promise<boolean> {
    const now = new Date(this.opts.now?.() ?? Date.now());
    const records = await this.source.records(new Date(+now - SURGE_LOOKBACK_MS));
    for (const s of currentSurges(records, now, this.opts.minCases)) {
      const payload = surgeEvent(s, now, { factor: FACTOR, minCases: this.opts.minCases, publicUrl: this.opts.publicUrl });
      const claimed = await this.store.claimSurge({
        row: { dimension: s.dimension, key: s.key, day: isoDay(+now), time_window: payload.data.window, cases: s.count, baseline: payload.data.baseline, detected_at: iso(+now) },
        quietSince: iso(+now - DAY_MS),
        payload,
      });
      if (!claimed) continue;
      this.alerted++;
      this.opts.log?.info('trend surge alerted', { dimension: s.dimension, key: s.key, window: payload.data.window, count: s.count, baselinePerDay: payload.data.baseline });
    }
    return false;
  }
}
