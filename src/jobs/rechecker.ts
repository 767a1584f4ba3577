import type { CaseService } from '../case-service.ts';
import { nextInterval, type WatchReason } from '../cases/watch-policy.ts';
import type { WatchRow } from '../store/case-store.ts';
import { iso } from '../store/time.ts';

export interface RecheckerOptions {
  /** Who holds a lease (instance id), for diagnosis. */
  owner: string;
  /** A lease longer than any re-check; an instance killed mid-run frees its watches after this. */
  leaseMs?: number;
  /** Transactions re-checked per batch. */
  maxGroups?: number;
  onError?: (err: unknown, watch: WatchRow) => void;
}

/**
 * Re-checks due watches. Cases on the same transactions are claimed and re-checked
 * together, at once, so the lookup layer's single-flight makes them one upstream lookup.
 */
export class Rechecker {
  /** Re-checks done by this instance (cases), for tests and the benchmark; `byJob` of them for a pg-boss job. */
  done = 0;
  byJob = 0;

  constructor(
    private readonly cases: CaseService,
    private readonly opts: RecheckerOptions,
  ) {}

  /** One batch of whatever is due; true when the batch was full (more may be due). */
  async tick(): Promise<boolean> {
    const maxGroups = this.opts.maxGroups ?? 50;
    const claimed = await this.claim(maxGroups);
    const groups = new Map<string, WatchRow[]>();
    for (const w of claimed) groups.set(w.tx_key, [...(groups.get(w.tx_key) ?? []), w]);
    await Promise.all([...groups.values()].map((group) => Promise.all(group.map((w) => this.one(w, false)))));
    return groups.size >= maxGroups;
  }

  /**
   * A pg-boss job's work: the group's watches, if due and not held by another instance.
   * A job that finds its group not due yet (its time moved later while this job waited, and
   * the later job was folded into this one) asks again for the group's next time.
   */
  async tickGroup(txKey: string): Promise<void> {
    const claimed = await this.claim(1, txKey);
    if (claimed.length) {
      await Promise.all(claimed.map((w) => this.one(w, true)));
      return;
    }
    const next = await this.cases.store.nextAtForTx(txKey);
    if (next && next > iso(Date.now())) await this.cases.store.dueWork?.due(this.cases.store.db, 'recheck', txKey, next);
  }

  private claim(maxGroups: number, txKey?: string): Promise<WatchRow[]> {
    const now = Date.now();
    return this.cases.store.claimDueWatches(this.opts.owner, iso(now), iso(now + (this.opts.leaseMs ?? 120_000)), maxGroups, txKey);
  }

  private async one(w: WatchRow, byJob: boolean): Promise<void> {
    try {
      await this.cases.recheck(w);
      this.done++;
      if (byJob) this.byJob++;
    } catch (err) {
      this.opts.onError?.(err, w);
      // A failed re-check is retried later, with backoff; the lease is released.
      const unchanged = w.unchanged + 1;
      await this.cases.store
        .updateWatch(w.case_id, { unchanged, next_at: iso(Date.now() + nextInterval(w.reason as WatchReason, w.base_ms, unchanged)), lease_until: null, lease_owner: null })
        .catch(() => {});
    }
  }
}
