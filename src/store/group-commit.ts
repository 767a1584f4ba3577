/**
 * Group commit: writes that arrive while one is being committed wait and go together in
 * the next transaction. A quiet moment's first write waits only for the end of the current
 * turn of the event loop (setImmediate, well under a millisecond), so that the other
 * investigations whose last answer came in the same turn join it: on SQLite a transaction
 * runs to its end without yielding, so nothing could join it while it ran, and what a
 * commit costs (WAL frames for the same hot pages, the page-1 update, its share of the
 * checkpoints) is paid per transaction, not per case. Under load, fifty concurrent case
 * creations cost a handful of transactions of a few multi-row statements each instead of
 * fifty transactions of fifteen statements — the store's CPU and round trips per case
 * fall with the load, where they matter.
 *
 * A batch that fails is retried one item at a time, so one bad item (a case number drawn
 * twice) fails alone and every caller gets its own answer. Nothing is acknowledged before
 * its transaction commits: a caller's promise resolves only after the commit.
 */
export class GroupCommit<T> {
  private readonly waiting: Array<{ item: T; resolve: () => void; reject: (err: unknown) => void }> = [];
  private flushing = false;

  constructor(
    private readonly write: (items: T[]) => Promise<void>,
    private readonly maxBatch = 64,
  ) {}

  add(item: T): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      if (!this.flushing) {
        this.flushing = true;
        setImmediate(() => void this.drain());
      }
    });
  }

  private async drain(): Promise<void> {
    try {
      while (this.waiting.length) {
        const batch = this.waiting.splice(0, this.maxBatch);
        try {
          await this.write(batch.map((w) => w.item));
          for (const w of batch) w.resolve();
        } catch (err) {
          if (batch.length === 1) {
            batch[0].reject(err);
            continue;
          }
          for (const w of batch) {
            await this.write([w.item]).then(w.resolve, w.reject);
          }
        }
      }
    } finally {
      this.flushing = false;
    }
  }
}
