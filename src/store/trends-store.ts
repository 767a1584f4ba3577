import { sql, type Kysely } from 'kysely';
import type { Backend } from './database.ts';
import type { Database, TrendSurgesTable } from './schema.ts';
import { WebhookStore } from './webhook-store.ts';

/** What the trends need of a case: no complaint, reply or investigation text is read. */
export interface TrendRow {
  created_at: string;
  status: string;
  category: string;
  /** ",CODE_A,CODE_B," as stored. */
  codes: string;
  networks: string;
  /** The first `reply_sent` event; null: never answered. */
  first_reply_at: string | null;
  /**
   * The latest move from an open status into `resolved` or `closed`; null: none (it was
   * created settled, or never settled). Only meaningful while the case is settled now.
   */
  settled_at: string | null;
}

/** Statuses that end the work on a case: reaching one is its resolution. */
export const SETTLED_STATUSES = ['resolved', 'closed'] as const;

/** A surge to alert, with its webhook payload. */
export interface SurgeClaim {
  row: Omit<TrendSurgesTable, 'event_id'>;
  /** No alert for the same code or network if one went out after this (ISO). */
  quietSince: string;
  payload: unknown;
}

/**
 * The trends' queries over the case tables, the same on SQLite and PostgreSQL. Reads go
 * through `cases_created` (created_at) and `case_events_case_type_at` (migration 0003).
 */
export class TrendsStore {
  constructor(
    readonly db: Kysely<Database>,
    readonly backend: Backend,
    /** The instance's outbox (on PostgreSQL it queues the delivery's job in the same transaction). */
    private readonly outbox?: WebhookStore,
  ) {}

  /** Cases created at or after `since` (ISO), with their first reply and the time they were settled. */
  caseRows(since: string): Promise<TrendRow[]> {
    return this.caseRowsQuery(since).execute() as Promise<TrendRow[]>;
  }

  /** The query behind `caseRows`, unexecuted (its plan is checked in a test). */
  caseRowsQuery(since: string) {
    // status_changed data is {"from":…,"to":…} as JSON text; each backend reads it its own way.
    const fromStatus = this.backend === 'postgres' ? sql<string>`(e.data::json ->> 'from')` : sql<string>`json_extract(e.data, '$.from')`;
    const settled = SETTLED_STATUSES.map((s) => sql.lit(s));
    return this.db
      .selectFrom('cases as c')
      .select(['c.created_at', 'c.status', 'c.category', 'c.codes', 'c.networks'])
      .select((eb) => [
        eb.selectFrom('case_events as e').select((e) => e.fn.min<string>('e.at').as('at')).whereRef('e.case_id', '=', 'c.id').where('e.type', '=', 'reply_sent').as('first_reply_at'),
        // Only a case settled now has a resolution: the others skip reading their events' JSON.
        eb
          .case()
          .when('c.status', 'in', [...SETTLED_STATUSES])
          .then(
            eb
              .selectFrom('case_events as e')
              .select((e) => e.fn.max<string>('e.at').as('at'))
              .whereRef('e.case_id', '=', 'c.id')
              .where('e.type', '=', 'status_changed')
              // The last move out of an open status: for a case settled now it went into resolved or closed.
              .where(sql<boolean>`${fromStatus} not in (${sql.join(settled)})`),
          )
          .end()
          .as('settled_at'),
      ])
      .where('c.created_at', '>=', since);
  }

  /**
   * Records a surge and queues its `trend.surge` webhook in one transaction, unless that
   * code or network was already alerted since `quietSince` or on the same day. On
   * PostgreSQL a transaction-scoped advisory lock makes the check and the insert one step
   * for every instance; SQLite serves one instance per data directory. True: this call
   * alerted it.
   */
  async claimSurge(claim: SurgeClaim): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      if (this.backend === 'postgres') await sql`select pg_advisory_xact_lock(hashtext('txtriage.trend_surges'))`.execute(trx);
      const recent = await trx
        .selectFrom('trend_surges')
        .select('day')
        .where('dimension', '=', claim.row.dimension)
        .where('key', '=', claim.row.key)
        .where((eb) => eb.or([eb('detected_at', '>', claim.quietSince), eb('day', '=', claim.row.day)]))
        .limit(1)
        .executeTakeFirst();
      if (recent) return false;
      const eventId = await (this.outbox?.with(trx) ?? new WebhookStore(trx, this.backend)).enqueue('trend.surge', null, claim.payload, claim.row.detected_at);
      const inserted = await trx
        .insertInto('trend_surges')
        .values({ ...claim.row, event_id: eventId })
        .onConflict((oc) => oc.columns(['dimension', 'key', 'day']).doNothing())
        .returning('day')
        .executeTakeFirst();
      // Lost a race the lock did not cover (cannot happen on one SQLite file): take the event back.
      if (!inserted) throw new SurgeTaken();
      return true;
    }).catch((err) => {
      if (err instanceof SurgeTaken) return false;
      throw err;
    });
  }

  /** Surges alerted since `since` (ISO), newest first. */
  surgesSince(since: string) {
    return this.db.selectFrom('trend_surges').selectAll().where('detected_at', '>=', since).orderBy('detected_at', 'desc').execute();
  }
}

/** Rolls back the transaction whose surge another instance recorded first. */
class SurgeTaken extends Error {}
