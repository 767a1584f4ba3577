import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

/** Background work a write made due: one transaction group's re-check, or one webhook delivery. */
export type DueKind = 'recheck' | 'delivery';

/**
 * Told by the stores when a watch or a delivery becomes due at `at` (created, moved,
 * retried), on the connection that wrote it, inside its transaction. On PostgreSQL this
 * queues a pg-boss job in that same transaction, so committed work always has its job and
 * rolled-back work never does (src/jobs/job-queue.ts). SQLite has none: its in-process
 * loop reads the tables.
 */
export interface DueWork {
  due(db: Kysely<Database>, kind: DueKind, key: string, at: string): Promise<void>;
  /** `due` for many items in one statement (group commit writes many cases at once). */
  dueMany(db: Kysely<Database>, kind: DueKind, items: ReadonlyArray<{ key: string; at: string }>): Promise<void>;
}
