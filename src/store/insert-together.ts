import { sql, type InsertQueryBuilder, type Kysely, type QueryCreator } from 'kysely';
import type { Backend } from './database.ts';

/** Any table's insert, built on the connection it is to run on (a transaction's). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyInsert = InsertQueryBuilder<any, any, any>;

/**
 * Runs inserts into several tables as one write. On PostgreSQL they go as a single
 * statement of data-modifying CTEs — PostgreSQL runs each to completion whether or not
 * the statement reads it — so a new case costs one round trip and one parse instead of one
 * per table; over TCP those round trips were most of its cost. SQLite has no round trips:
 * there they run one after another, inside the caller's transaction. On PostgreSQL the
 * statement is atomic by itself: a caller with nothing else to write needs no transaction.
 */
export async function insertTogether(db: Kysely<any>, backend: Backend, inserts: readonly AnyInsert[]): Promise<void> {
  if (backend === 'sqlite' || inserts.length === 1) {
    for (const insert of inserts) await insert.execute();
    return;
  }
  if (!inserts.length) return;
  let statement: QueryCreator<any> = db.with('w0', () => inserts[0]);
  for (let i = 1; i < inserts.length; i++) statement = statement.with(`w${i}`, () => inserts[i]);
  await statement.selectNoFrom(sql<number>`1`.as('done')).execute();
}
