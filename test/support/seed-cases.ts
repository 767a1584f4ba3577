import { randomUUID } from 'node:crypto';
import type { Insertable, Kysely } from 'kysely';
import type { CaseEventsTable, CasesTable, Database } from '../../src/store/schema.ts';
import { iso } from '../../src/store/time.ts';

/** A case as the trends see it, with its history as offsets (ms) from its creation. */
export interface SeedCase {
  createdAt: number;
  codes: string[];
  networks: string[];
  category?: string;
  /** The status it was created with (default open). */
  initialStatus?: string;
  /** Replies marked sent, ms after creation. */
  replies?: number[];
  /** Status changes in order: [ms after creation, to]. The last one is the case's status. */
  statuses?: [number, string][];
}

const csv = (xs: readonly string[]) => (xs.length ? `,${xs.join(',')},` : '');

/**
 * Writes cases and their events straight into the tables, in the shapes CaseService
 * writes them (no investigation behind them: trends read neither snapshots nor texts).
 * Batched in one transaction, so 10,000 cases take a second or two.
 */
export async function seedCases(db: Kysely<Database>, cases: readonly SeedCase[]): Promise<void> {
  const rows: Insertable<CasesTable>[] = [];
  const events: Insertable<CaseEventsTable>[] = [];
  for (const c of cases) {
    const id = randomUUID();
    const created = iso(c.createdAt);
    let status = c.initialStatus ?? 'open';
    const history: { at: number; type: string; data: Record<string, unknown> }[] = [
      { at: 0, type: 'created', data: { status } },
      { at: 0, type: 'investigated', data: { snapshot: 1, codes: c.codes } },
      ...(c.replies ?? []).map((at) => ({ at, type: 'reply_sent', data: { edited: false, snapshot: 1 } })),
    ];
    for (const [at, to] of c.statuses ?? []) {
      history.push({ at, type: 'status_changed', data: { from: status, to } });
      status = to;
    }
    history.sort((a, b) => a.at - b.at);
    history.forEach((e, i) => events.push({ id: randomUUID(), case_id: id, seq: i + 1, type: e.type, at: iso(c.createdAt + e.at), actor: 'agent', data: JSON.stringify(e.data) }));
    const last = iso(c.createdAt + Math.max(0, ...history.map((e) => e.at)));
    rows.push({
      id,
      number: `TX-${id.slice(0, 8).toUpperCase()}`,
      public_token: randomUUID(),
      external_ref: null,
      customer_ref: null,
      channel: 'seed',
      complaint: 'seeded for the trends tests',
      input: '{}',
      lang: 'en',
      priority: 'P3',
      status,
      assignee: null,
      category: c.category ?? 'failure',
      codes: csv(c.codes),
      networks: csv(c.networks),
      tx_ids: '[]',
      addresses: '[]',
      reply_draft: null,
      reply_sent: c.replies?.length ? 'seeded reply' : null,
      reply_sent_at: c.replies?.length ? iso(c.createdAt + Math.max(...c.replies)) : null,
      event_seq: history.length,
      snapshot_seq: 1,
      watched: 0,
      created_at: created,
      updated_at: last,
      erased_at: null,
    });
  }
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += 500) await trx.insertInto('cases').values(rows.slice(i, i + 500)).execute();
    for (let i = 0; i < events.length; i += 1000) await trx.insertInto('case_events').values(events.slice(i, i + 1000)).execute();
  });
}
