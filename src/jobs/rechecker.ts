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
  /** Re-checks done by this instance (cases), for tests and the benchmark. */
  done = 0;

  constructor(
    private readonly cases: CaseService,
    private readonly opts: RecheckerOptions,
  ) {}

  /** One batch; true when the batch was full (more may be due). */
  async tick(): Promise<boolean> {
    const maxGroups = this.opts.maxGroups ?? 50;
    const now = Date.now();
    const claimed = await this.cases.store.claimDueWatches(this.opts.owner, iso(now), iso(now + (this.opts.leaseMs ?? 120_000)), maxGroups);
    if (claimed.length === 0) return false;
    const groups = new Map<string, WatchRow[]>();
    for (const w of claimed) groups.set(w.tx_key, [...(groups.get(w.tx_key) ?? []), w]);
    await Promise.all([...groups.values()].map((group) => Promise.all(group.map((w) => this.one(w)))));
    return groups.size >= maxGroups;
  }

  private async one(w: WatchRow): Promise<void> {
    try {
      await this.cases.recheck(w);
      this.done++;
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
