import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { tempDataDir } from './instance.ts';

/** Where the PostgreSQL tests create their own databases (CI: trust auth, user postgres). */
export const PG_ADMIN_URL = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestBackend {
  name: 'sqlite' | 'postgres';
  /** Env for an instance on this backend. */
  env: Record<string, string>;
  drop(): Promise<void>;
}

let reachable: Promise<string | null> | undefined;

/** Null when PostgreSQL answers, else why not (printed as the reason for skipping). */
export function postgresUnavailable(): Promise<string | null> {
  reachable ??= (async () => {
    const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.query('select 1');
      return null;
    } catch (err) {
      return `PostgreSQL at ${new URL(PG_ADMIN_URL).host} is not reachable (${(err as Error).message}); set TEST_PG_URL or start it (.ci/run does)`;
    } finally {
      await client.end().catch(() => {});
    }
  })();
  return reachable;
}

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A fresh PostgreSQL database for one test file, dropped afterwards. */
export async function freshPostgres(): Promise<TestBackend> {
  const name = `txtriage_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    name: 'postgres',
    env: { DATABASE_URL: url.toString() },
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}),
  };
}

export function freshSqlite(): TestBackend {
  return { name: 'sqlite', env: { DATA_DIR: tempDataDir() }, drop: async () => {} };
}

/** The backends a contract suite runs against; PostgreSQL is skipped, loudly, only if unreachable. */
export async function contractBackends(): Promise<{ name: 'sqlite' | 'postgres'; skip: string | null; make: () => Promise<TestBackend> }[]> {
  const why = await postgresUnavailable();
  if (why) console.warn(`SKIPPING the PostgreSQL case-store suite: ${why}`);
  return [
    { name: 'sqlite', skip: null, make: async () => freshSqlite() },
    { name: 'postgres', skip: why, make: freshPostgres },
  ];
}
