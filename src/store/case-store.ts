import { sql, type Insertable, type Kysely, type Selectable, type Updateable } from 'kysely';
import type { Backend } from './database.ts';
import type { DueWork } from './due-work.ts';
import { insertTogether, type AnyInsert } from './insert-together.ts';
import { rowId } from './row-id.ts';
import type { CasesTable, Database, WatchesTable } from './schema.ts';

export type CaseRow = Selectable<CasesTable>;
export type WatchRow = Selectable<WatchesTable>;

export interface CaseFilter {
  status?: string[];
  priority?: string[];
  network?: string;
  code?: string;
  assignee?: string;
  /** ISO bounds on created_at, inclusive from, exclusive to. */
  from?: string;
  to?: string;
  /** Case number, tx hash, address or externalRef. */
  q?: string;
}

export type CaseOrder = 'newest' | 'queue';

/** An opaque position in a list: the sort key of the last row returned. */
export interface Cursor {
  order: CaseOrder;
  key: string[];
}

export const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url');
export function decodeCursor(s: string): Cursor | null {
  try {
    const c = JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
    if ((c.order === 'newest' || c.order === 'queue') && Array.isArray(c.key) && c.key.every((k: unknown) => typeof k === 'string')) return c;
  } catch {
    /* not ours */
  }
  return null;
}

/** A unique-constraint violation on either backend (a case number drawn twice). */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || /UNIQUE constraint failed/.test(e?.message ?? '');
}

/** A new case as `insertNewCases` writes it. */
export interface NewCaseRows {
  row: Insertable<CasesTable>;
  subjects: string[];
  snapshot: { trigger: string; at: string; category: string; priority: string; codes: string; investigation: unknown };
  events: Array<{ type: string; actor: string; at: string; data: Record<string, unknown> }>;
  watch: WatchRow | null;
}

/**
 * The case tables' queries, the same on SQLite and PostgreSQL. No rules here: the
 * service (src/case-service.ts) decides, this reads and writes. `transaction` hands out a
 * store bound to one database transaction, so a case, its first snapshot, its events,
 * its watch and its outbox messages are written together or not at all.
 */
export class CaseStore {
  constructor(
    readonly db: Kysely<Database>,
    readonly backend: Backend,
    /** Told when a watch becomes due (PostgreSQL: a pg-boss job in the same transaction). */
    readonly dueWork?: DueWork,
  ) {}

  transaction<T>(fn: (store: CaseStore) => Promise<T>): Promise<T> {
    return this.db.transaction().execute((trx) => fn(new CaseStore(trx, this.backend, this.dueWork)));
  }

  // ---- cases --------------------------------------------------------------------------

  /**
   * New cases with their first snapshot, events (numbered 1…n; the row's `event_seq` says n)
   * and watches, and whatever else commits with them (`alsoInsert`: audit entries, the
   * outbox), in a few multi-row statements whatever their number (group commit) — one
   * statement on PostgreSQL (see insertTogether).
   */
  async insertNewCases(cases: readonly NewCaseRows[], alsoInsert: readonly AnyInsert[] = []): Promise<void> {
    if (!cases.length) return;
    const inserts: AnyInsert[] = [this.db.insertInto('cases').values(cases.map((c) => c.row))];
    const subjects = cases.flatMap((c) => [...new Set(c.subjects.map((v) => v.toLowerCase()))].map((value) => ({ case_id: c.row.id, value })));
    if (subjects.length) inserts.push(this.db.insertInto('case_subjects').values(subjects).onConflict((oc) => oc.doNothing()));
    inserts.push(
      this.db
        .insertInto('case_snapshots')
        .values(cases.map(({ row, snapshot: s }) => ({ id: rowId(), case_id: row.id, seq: 1, trigger: s.trigger, created_at: s.at, category: s.category, priority: s.priority, codes: s.codes, investigation: JSON.stringify(s.investigation) }))),
    );
    const events = cases.flatMap(({ row, events }) => events.map((e, i) => ({ id: rowId(), case_id: row.id, seq: i + 1, type: e.type, at: e.at, actor: e.actor, data: JSON.stringify(e.data) })));
    if (events.length) inserts.push(this.db.insertInto('case_events').values(events));
    const watches = cases.flatMap((c) => (c.watch ? [c.watch] : []));
    if (watches.length) inserts.push(this.db.insertInto('watches').values(watches));
    await insertTogether(this.db, this.backend, [...inserts, ...alsoInsert]);
    if (watches.length) await this.dueWork?.dueMany(this.db, 'recheck', watches.map((w) => ({ key: w.tx_key, at: w.next_at })));
  }

  /** The next re-check already planned for each of these transactions (see `nextAtForTx`). */
  async nextAtForTxs(txKeys: readonly string[]): Promise<Map<string, string>> {
    const keys = [...new Set(txKeys)];
    if (!keys.length) return new Map();
    // One min() per key, each answered from the end of its (tx_key, next_at) index range
    // whatever the number of watches on that transaction; a GROUP BY over an IN list
    // reads every one of them (0.3 ms at 5,000 watches on one transaction, against 1 µs).
    const row = await this.db
      .selectNoFrom((eb) => keys.map((key, i) => eb.selectFrom('watches').select((w) => w.fn.min('next_at').as('next_at')).where('tx_key', '=', key).as(`k${i}`)))
      .executeTakeFirstOrThrow();
    const found = row as Record<string, string | null>;
    return new Map(keys.flatMap((key, i) => (found[`k${i}`] == null ? [] : [[key, String(found[`k${i}`])] as const])));
  }

  async insertCase(row: Insertable<CasesTable>, subjects: string[]): Promise<void> {
    await this.db.insertInto('cases').values(row).execute();
    await this.addSubjects(row.id, subjects);
  }

  async addSubjects(caseId: string, subjects: string[]): Promise<void> {
    const values = [...new Set(subjects.map((s) => s.toLowerCase()))].map((value) => ({ case_id: caseId, value }));
    if (values.length) await this.db.insertInto('case_subjects').values(values).onConflict((oc) => oc.doNothing()).execute();
  }

  getCase(id: string): Promise<CaseRow | undefined> {
    return this.db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
  }

  getCaseByNumber(number: string): Promise<CaseRow | undefined> {
    return this.db.selectFrom('cases').selectAll().where('number', '=', number).executeTakeFirst();
  }

  /** The newest case for a helpdesk ticket, so a second investigation of a ticket joins it. */
  findByExternalRef(ref: string): Promise<CaseRow | undefined> {
    return this.db.selectFrom('cases').selectAll().where('external_ref', '=', ref).orderBy('created_at', 'desc').limit(1).executeTakeFirst();
  }

  async updateCase(id: string, patch: Updateable<CasesTable>): Promise<void> {
    await this.db.updateTable('cases').set(patch).where('id', '=', id).execute();
  }

  async listCases(filter: CaseFilter, order: CaseOrder, limit: number, after?: Cursor): Promise<CaseRow[]> {
    let q = this.db.selectFrom('cases').selectAll();
    if (filter.status?.length) q = q.where('status', 'in', filter.status);
    if (filter.priority?.length) q = q.where('priority', 'in', filter.priority);
    if (filter.network) q = q.where('networks', 'like', `%,${escapeLike(filter.network)},%`);
    if (filter.code) q = q.where('codes', 'like', `%,${escapeLike(filter.code)},%`);
    if (filter.assignee) q = q.where('assignee', '=', filter.assignee);
    if (filter.from) q = q.where('created_at', '>=', filter.from);
    if (filter.to) q = q.where('created_at', '<', filter.to);
    if (filter.q) {
      const term = filter.q.trim();
      q = q.where((eb) =>
        eb.or([
          eb('number', '=', term.toUpperCase()),
          eb('external_ref', '=', term),
          eb('id', 'in', eb.selectFrom('case_subjects').select('case_id').where('value', '=', term.toLowerCase())),
        ]),
      );
    }
    if (order === 'newest') {
      if (after) q = q.where((eb) => eb.or([eb('created_at', '<', after.key[0]), eb.and([eb('created_at', '=', after.key[0]), eb('id', '<', after.key[1])])]));
      q = q.orderBy('created_at', 'desc').orderBy('id', 'desc');
    } else {
      if (after) {
        const [p, t, id] = after.key;
        q = q.where((eb) =>
          eb.or([eb('priority', '>', p), eb.and([eb('priority', '=', p), eb('created_at', '>', t)]), eb.and([eb('priority', '=', p), eb('created_at', '=', t), eb('id', '>', id)])]),
        );
      }
      q = q.orderBy('priority', 'asc').orderBy('created_at', 'asc').orderBy('id', 'asc');
    }
    return q.limit(limit).execute();
  }

  /** Cases not touched since `before` (retention). */
  async staleCaseIds(before: string, limit: number): Promise<string[]> {
    const rows = await this.db.selectFrom('cases').select('id').where('updated_at', '<', before).limit(limit).execute();
    return rows.map((r) => r.id);
  }

  /** Removes a case and everything attached to it (retention ran out). */
  async deleteCase(id: string): Promise<void> {
    await this.db.deleteFrom('case_subjects').where('case_id', '=', id).execute();
    await this.db.deleteFrom('case_snapshots').where('case_id', '=', id).execute();
    await this.db.deleteFrom('case_events').where('case_id', '=', id).execute();
    await this.db.deleteFrom('case_notes').where('case_id', '=', id).execute();
    await this.db.deleteFrom('watches').where('case_id', '=', id).execute();
    await this.db.deleteFrom('webhook_attempts').where('case_id', '=', id).execute();
    await this.db.deleteFrom('webhook_deliveries').where('case_id', '=', id).execute();
    await this.db.deleteFrom('webhook_events').where('case_id', '=', id).execute();
    await this.db.deleteFrom('cases').where('id', '=', id).execute();
  }

  // ---- snapshots, events, notes ---------------------------------------------------------

  async insertSnapshot(s: { caseId: string; seq: number; trigger: string; at: string; category: string; priority: string; codes: string; investigation: unknown }): Promise<string> {
    const id = rowId();
    await this.db
      .insertInto('case_snapshots')
      .values({ id, case_id: s.caseId, seq: s.seq, trigger: s.trigger, created_at: s.at, category: s.category, priority: s.priority, codes: s.codes, investigation: JSON.stringify(s.investigation) })
      .execute();
    return id;
  }

  latestSnapshot(caseId: string) {
    return this.db.selectFrom('case_snapshots').selectAll().where('case_id', '=', caseId).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  }

  snapshots(caseId: string) {
    return this.db.selectFrom('case_snapshots').select(['id', 'seq', 'trigger', 'created_at', 'category', 'priority', 'codes']).where('case_id', '=', caseId).orderBy('seq', 'asc').execute();
  }

  /** Appends an event; the per-case sequence comes from the case row (locked by the update on PostgreSQL). */
  async appendEvent(caseId: string, type: string, actor: string, at: string, data: Record<string, unknown>): Promise<{ id: string; seq: number }> {
    const row = await this.db.updateTable('cases').set({ event_seq: sql`event_seq + 1` }).where('id', '=', caseId).returning('event_seq').executeTakeFirstOrThrow();
    const id = rowId();
    await this.db.insertInto('case_events').values({ id, case_id: caseId, seq: row.event_seq, type, at, actor, data: JSON.stringify(data) }).execute();
    return { id, seq: row.event_seq };
  }

  events(caseId: string, afterSeq: number, limit: number) {
    return this.db.selectFrom('case_events').selectAll().where('case_id', '=', caseId).where('seq', '>', afterSeq).orderBy('seq', 'asc').limit(limit).execute();
  }

  async addNote(caseId: string, author: string, text: string, at: string): Promise<string> {
    const id = rowId();
    await this.db.insertInto('case_notes').values({ id, case_id: caseId, author, text, at }).execute();
    return id;
  }

  notes(caseId: string) {
    return this.db.selectFrom('case_notes').selectAll().where('case_id', '=', caseId).orderBy('at', 'asc').execute();
  }

  async deleteNotes(caseId: string): Promise<number> {
    const r = await this.db.deleteFrom('case_notes').where('case_id', '=', caseId).executeTakeFirst();
    return Number(r.numDeletedRows);
  }

  // ---- watches --------------------------------------------------------------------------

  async upsertWatch(w: Selectable<WatchesTable>): Promise<void> {
    await this.db
      .insertInto('watches')
      .values(w)
      .onConflict((oc) => oc.column('case_id').doUpdateSet({ tx_key: w.tx_key, reason: w.reason, base_ms: w.base_ms, unchanged: w.unchanged, next_at: w.next_at, deadline_at: w.deadline_at, lease_until: null, lease_owner: null }))
      .execute();
    await this.dueWork?.due(this.db, 'recheck', w.tx_key, w.next_at);
  }

  getWatch(caseId: string): Promise<WatchRow | undefined> {
    return this.db.selectFrom('watches').selectAll().where('case_id', '=', caseId).executeTakeFirst();
  }

  /** The next re-check already planned for a transaction, so a new case on it joins that schedule. */
  async nextAtForTx(txKey: string): Promise<string | undefined> {
    return (await this.nextAtForTxs([txKey])).get(txKey);
  }

  async deleteWatch(caseId: string): Promise<void> {
    await this.db.deleteFrom('watches').where('case_id', '=', caseId).execute();
  }

  async updateWatch(caseId: string, patch: Updateable<WatchesTable>): Promise<void> {
    const nextAt = patch.next_at;
    if (typeof nextAt === 'string' && this.dueWork) {
      const row = await this.db.updateTable('watches').set(patch).where('case_id', '=', caseId).returning('tx_key').executeTakeFirst();
      if (row) await this.dueWork.due(this.db, 'recheck', row.tx_key, nextAt);
      return;
    }
    await this.db.updateTable('watches').set(patch).where('case_id', '=', caseId).execute();
  }

  /**
   * Leases the watches due now, whole transaction groups at a time: every watch sharing a
   * due tx_key comes along, so cases on one transaction cost one lookup. A lease that
   * runs out (its instance died) makes the watch due again. `txKey`: only that group (a
   * pg-boss job names its transaction group).
   */
  async claimDueWatches(owner: string, now: string, leaseUntil: string, maxGroups: number, txKey?: string): Promise<WatchRow[]> {
    const free = (eb: any) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]);
    const due = await this.db
      .selectFrom('watches')
      .select('tx_key')
      .where('next_at', '<=', now)
      .where(free)
      .$if(txKey !== undefined, (qb) => qb.where('tx_key', '=', txKey!))
      .groupBy('tx_key')
      .orderBy(sql`min(next_at)`)
      .limit(maxGroups)
      .execute();
    if (due.length === 0) return [];
    return this.db
      .updateTable('watches')
      .set({ lease_until: leaseUntil, lease_owner: owner })
      .where(
        'case_id',
        'in',
        this.db
          .selectFrom('watches')
          .select('case_id')
          .where('tx_key', 'in', due.map((d) => d.tx_key))
          .where(free)
          .$if(this.backend === 'postgres', (qb) => qb.forUpdate().skipLocked()),
      )
      .where(free)
      .returningAll()
      .execute();
  }

  async countWatches(): Promise<number> {
    const r = await this.db.selectFrom('watches').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(r.n);
  }
}

/** Codes and network ids hold letters, digits, "_" and "-": "_" matching any one character can only match itself among them. */
function escapeLike(s: string): string {
  return s.replace(/[%,\\]/g, '');
}
