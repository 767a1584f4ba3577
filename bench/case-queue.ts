/**
 * The console's case queue with 10,000 cases: how long its queries take (first page,
 * a deep page through the cursor, searches by tx hash and case number, a priority
 * filter, and one case page's reads). SQLite in a temporary directory; with
 * DATABASE_URL also PostgreSQL (in a database of its own, dropped after).
 *
 *   npx tsx bench/case-queue.ts            # SQLite
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/case-queue.ts
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { newCaseNumber, newPublicToken } from '../src/cases/case-number.ts';
import { CASE_STATUSES, PRIORITIES } from '../src/cases/model.ts';
import { openDatabase } from '../src/store/database.ts';
import { CaseQueuePage } from '../src/web/case-console-page.tsx';
import { page } from '../src/web/layout.tsx';
import { CaseStore, type CaseRow, type Cursor } from '../src/store/case-store.ts';

const N = 10_000;
const RUNS = 30;
const ACTIVE = ['open', 'waiting_on_chain', 'waiting_on_user'];

async function seed(store: CaseStore): Promise<{ hash: string; number: string; id: string }> {
  let probe = { hash: '', number: '', id: '' };
  // Case numbers are drawn at random: 10,000 of them collide about once (the service draws again).
  const numbers = new Set<string>();
  const drawNumber = () => {
    for (;;) {
      const n = newCaseNumber();
      if (!numbers.has(n)) return numbers.add(n), n;
    }
  };
  const t0 = Date.now() - N * 60_000;
  for (let start = 0; start < N; start += 500) {
    await store.transaction(async (s) => {
      for (let i = start; i < Math.min(N, start + 500); i++) {
        const hash = `0x${randomBytes(32).toString('hex')}`;
        const at = new Date(t0 + i * 60_000).toISOString();
        const row: CaseRow = {
          id: randomUUID(), number: drawNumber(), public_token: newPublicToken(), external_ref: `ZD-${i}`, customer_ref: null, channel: 'api',
          complaint: `complaint ${i} ${hash}`, input: '{}', lang: i % 2 ? 'zh' : 'en', priority: PRIORITIES[i % 4], status: CASE_STATUSES[i % 5], assignee: null,
          category: 'delay', codes: ',TX_PENDING,', networks: ',ethereum,', tx_ids: JSON.stringify([hash]), addresses: '[]', reply_draft: null, reply_sent: null,
          reply_sent_at: null, event_seq: 0, snapshot_seq: 1, watched: 0, created_at: at, updated_at: at, erased_at: null,
        };
        await s.insertCase(row, [hash]);
        await s.insertSnapshot({ caseId: row.id, seq: 1, trigger: 'complaint', at, category: 'delay', priority: row.priority, codes: ',TX_PENDING,', investigation: { id: randomUUID(), findings: [], suggestedReply: 'x' } });
        await s.appendEvent(row.id, 'created', 'agent', at, {});
        if (i === Math.floor(N / 2)) probe = { hash, number: row.number, id: row.id };
      }
    });
  }
  return probe;
}

async function time(label: string, fn: () => Promise<unknown>) {
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  console.log(`  ${label.padEnd(44)} median ${ms[RUNS >> 1].toFixed(2)} ms   p90 ${ms[Math.floor(RUNS * 0.9)].toFixed(2)} ms`);
}

async function run(name: string, opened: Awaited<ReturnType<typeof openDatabase>>) {
  const store = new CaseStore(opened.db, opened.backend);
  const t = Date.now();
  const probe = await seed(store);
  console.log(`${name}: ${N} cases seeded in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  await time('queue, first page (open, 51 rows)', () => store.listCases({ status: ACTIVE }, 'queue', 51));
  await time('queue page: query and HTML of 50 rows (zh)', async () => {
    const rows = await store.listCases({ status: ACTIVE }, 'queue', 51);
    return page(CaseQueuePage({ lang: 'zh', demo: false, langHref: { zh: '', en: '' }, filter: { q: '', status: '', priority: '' }, rows: rows.slice(0, 50), nextCursor: 'x', paged: false }));
  });
  let after: Cursor | undefined;
  for (let p = 0; p < 50; p++) {
    const rows = await store.listCases({ status: ACTIVE }, 'queue', 51, after);
    const last = rows[49];
    if (!last) break;
    after = { order: 'queue', key: [last.priority, last.created_at, last.id] };
  }
  await time('queue, a deep page through the cursor', () => store.listCases({ status: ACTIVE }, 'queue', 51, after));
  await time('queue, P1 only', () => store.listCases({ status: ACTIVE, priority: ['P1'] }, 'queue', 51));
  await time('search by tx hash (all statuses)', () => store.listCases({ q: probe.hash }, 'queue', 51));
  await time('search by case number', () => store.listCases({ q: probe.number }, 'queue', 51));
  await time('case page reads (case, snapshot, events, notes)', () =>
    Promise.all([store.getCaseByNumber(probe.number), store.latestSnapshot(probe.id), store.events(probe.id, 0, 500), store.notes(probe.id)]),
  );
}

const dir = mkdtempSync(join(tmpdir(), 'txtriage-bench-'));
try {
  const sqlite = await openDatabase({ dataDir: dir });
  await run('SQLite', sqlite);
  await sqlite.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (process.env.DATABASE_URL) {
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  const name = `txtriage_bench_${randomBytes(4).toString('hex')}`;
  await admin.query(`CREATE DATABASE ${name}`);
  try {
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    const opened = await openDatabase({ databaseUrl: url.toString(), dataDir: dir });
    await run('PostgreSQL', opened);
    await opened.close();
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.end();
  }
}
