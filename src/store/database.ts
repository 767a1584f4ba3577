import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { migrate } from './migrations.ts';
import { withStatementCache } from './statement-cache.ts';
import type { Database } from './schema.ts';

export type Backend = 'sqlite' | 'postgres';

/** The SQLite case store is open in another process: one process per data directory. */
export class StoreInUseError extends Error {
  constructor(readonly file: string) {
    super(`The case store ${file} is in use by another running txtriage process. Stop that one, or give this one its own DATA_DIR; several instances share one PostgreSQL database (DATABASE_URL, see docs/cases.md).`);
    this.name = 'StoreInUseError';
  }
}

export interface OpenedDatabase {
  db: Kysely<Database>;
  backend: Backend;
  /** Where it lives, for the start-up banner (no password). */
  where: string;
  close(): Promise<void>;
}

/**
 * The case store's database: PostgreSQL when `databaseUrl` is set (instances share it),
 * else SQLite in `dataDir` (zero configuration). Migrations are applied before use.
 */
export async function openDatabase(opts: { databaseUrl?: string; dataDir: string }): Promise<OpenedDatabase> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 10 });
    // An idle connection cut by the server (a restart, a terminated backend) is dropped from the
    // pool and replaced; unheard, the pool's 'error' event would end the process.
    pool.on('error', () => {});
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    await migrate(db);
    const url = new URL(opts.databaseUrl);
    return { db, backend: 'postgres', where: `postgres://${url.host}${url.pathname}`, close: () => db.destroy() };
  }
  const file = opts.dataDir === ':memory:' ? ':memory:' : join(opts.dataDir, 'txtriage.sqlite');
  if (file !== ':memory:') mkdirSync(opts.dataDir, { recursive: true });
  const sqlite = new SQLite(file);
  // One process owns the file: its lock is taken here and kept until close. A second
  // instance on the same DATA_DIR would run its own re-checks and send every webhook
  // twice (several instances share PostgreSQL). Owning it also keeps WAL's index in this
  // process's memory, without the shared-memory file and the file locks each
  // transaction would take (0.03–0.1 ms less CPU per new case here).
  sqlite.pragma('locking_mode = EXCLUSIVE');
  // A previous process that is still shutting down gets a few seconds to let go.
  sqlite.pragma('busy_timeout = 5000');
  try {
    // WAL: a commit appends to one file. synchronous=NORMAL in WAL mode loses nothing
    // when the process dies (kill -9); only an OS crash may lose the last commits.
    sqlite.pragma('journal_mode = WAL');
    sqlite.exec('BEGIN EXCLUSIVE; COMMIT');
  } catch (err) {
    sqlite.close();
    if ((err as { code?: string }).code === 'SQLITE_BUSY') throw new StoreInUseError(file);
    throw err;
  }
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  await migrate(db);
  return { db, backend: 'sqlite', where: file, close: () => db.destroy() };
}
