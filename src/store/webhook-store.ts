import { randomBytes, randomUUID } from 'node:crypto';
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Backend } from './database.ts';
import type { DueWork } from './due-work.ts';
import { rowId } from './row-id.ts';
import { insertTogether, type AnyInsert } from './insert-together.ts';
import type { Database, WebhookDeliveriesTable, WebhookEndpointsTable, WebhookEventsTable } from './schema.ts';

export type EndpointRow = Selectable<WebhookEndpointsTable>;
export type DeliveryRow = Selectable<WebhookDeliveriesTable>;

/** An event for the outbox: its type, the case it is about (none for network and trend events), the body. */
export interface OutboxEvent {
  type: string;
  caseId: string | null;
  payload: unknown;
  at: string;
}

/** A Standard Webhooks message id: stable for the event, the same on every retry. */
export const newWebhookId = () => `msg_${randomBytes(16).toString('base64url')}`;

/**
 * The webhook outbox's tables: endpoints, events (one per thing that happened, with its
 * `webhook-id`), deliveries (one per event and endpoint, the retry state) and attempts
 * (the delivery log). Events are written in the same transaction as the case change
 * that caused them, so nothing that happened can miss its webhook.
 */
export class WebhookStore {
  constructor(
    readonly db: Kysely<Database>,
    readonly backend: Backend,
    /** Told when a delivery becomes due (PostgreSQL: a pg-boss job in the same transaction). */
    readonly dueWork?: DueWork,
  ) {}

  /** The same store on another connection: a transaction's, so the outbox commits with the change. */
  with(db: Kysely<Database>): WebhookStore {
    return new WebhookStore(db, this.backend, this.dueWork);
  }

  /** Records an event and a pending delivery for every enabled endpoint that wants its type. */
  async enqueue(type: string, caseId: string | null, payload: unknown, at: string): Promise<string> {
    const [id] = await this.enqueueMany([{ type, caseId, payload, at }]);
    return id;
  }

  /**
   * `enqueue` for many events at once: one endpoint read and the two inserts of
   * `outboxWrites` (one statement on PostgreSQL), whatever their number.
   */
  async enqueueMany(events: readonly OutboxEvent[]): Promise<string[]> {
    const outbox = await this.outboxWrites(events);
    await insertTogether(this.db, this.backend, outbox.inserts);
    await outbox.markDue();
    return outbox.ids;
  }

  /**
   * What `enqueueMany` writes, for a caller that writes it together with its own rows (a
   * new case): the inserts, and `markDue` to call once they ran. An event no endpoint wants
   * is not written: events are read only through their deliveries, and an instance without
   * endpoints (the default) would otherwise write a row, its JSON and two index entries per
   * case for nobody.
   */
  async outboxWrites(events: readonly OutboxEvent[], known?: readonly EndpointRow[]): Promise<{ ids: string[]; inserts: AnyInsert[]; markDue: () => Promise<void> }> {
    const ids = events.map(() => newWebhookId());
    const endpoints = events.length ? (known ?? (await this.endpoints())) : [];
    const rows: Insertable<WebhookEventsTable>[] = [];
    const deliveries: Insertable<WebhookDeliveriesTable>[] = [];
    for (const [i, e] of events.entries()) {
      const wanting = endpoints.filter((endpoint) => wantsEvent(endpoint, e.type));
      if (!wanting.length) continue;
      rows.push({ id: ids[i], type: e.type, case_id: e.caseId, payload: JSON.stringify(e.payload), created_at: e.at });
      for (const endpoint of wanting) {
        deliveries.push({ id: rowId(), event_id: ids[i], endpoint_id: endpoint.id, case_id: e.caseId, state: 'pending', attempts: 0, next_at: e.at, lease_until: null, last_status: null, last_error: null, created_at: e.at, delivered_at: null });
      }
    }
    if (!rows.length) return { ids, inserts: [], markDue: async () => {} };
    return {
      ids,
      inserts: [this.db.insertInto('webhook_events').values(rows), this.db.insertInto('webhook_deliveries').values(deliveries)],
      markDue: async () => this.dueWork?.dueMany(this.db, 'delivery', deliveries.map((d) => ({ key: d.id, at: d.next_at }))),
    };
  }

  endpoints(): Promise<EndpointRow[]> {
    return this.db.selectFrom('webhook_endpoints').selectAll().orderBy('created_at', 'asc').execute();
  }

  getEndpoint(id: string) {
    return this.db.selectFrom('webhook_endpoints').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async addEndpoint(e: { url: string; secret: string; eventTypes: string[] | '*'; source: 'env' | 'api'; at: string }): Promise<EndpointRow> {
    const row: EndpointRow = { id: randomUUID(), url: e.url, secret: e.secret, event_types: e.eventTypes === '*' ? '*' : JSON.stringify(e.eventTypes), source: e.source, enabled: 1, created_at: e.at };
    await this.db
      .insertInto('webhook_endpoints')
      .values(row)
      .onConflict((oc) => oc.column('url').doUpdateSet({ secret: row.secret, event_types: row.event_types, source: row.source, enabled: 1 }))
      .execute();
    return (await this.db.selectFrom('webhook_endpoints').selectAll().where('url', '=', e.url).executeTakeFirstOrThrow()) as EndpointRow;
  }

  async disableEndpoint(id: string): Promise<boolean> {
    const r = await this.db.updateTable('webhook_endpoints').set({ enabled: 0 }).where('id', '=', id).executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  /** Env endpoints no longer in WEBHOOK_URLS stop receiving (kept for their delivery log). */
  async disableEnvEndpointsExcept(urls: string[]): Promise<void> {
    let q = this.db.updateTable('webhook_endpoints').set({ enabled: 0 }).where('source', '=', 'env');
    if (urls.length) q = q.where('url', 'not in', urls);
    await q.execute();
  }

  /**
   * Leases deliveries due now; an instance that dies mid-send leaves them due again when
   * the lease runs out. `id`: only that delivery (a pg-boss job names it).
   */
  async claimDue(now: string, leaseUntil: string, limit: number, id?: string): Promise<DeliveryRow[]> {
    const free = (eb: any) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]);
    return this.db
      .updateTable('webhook_deliveries')
      .set({ lease_until: leaseUntil })
      .where(
        'id',
        'in',
        this.db
          .selectFrom('webhook_deliveries')
          .select('id')
          .where('state', '=', 'pending')
          .where('next_at', '<=', now)
          .where(free)
          .$if(id !== undefined, (qb) => qb.where('id', '=', id!))
          .orderBy('next_at')
          .limit(limit)
          .$if(this.backend === 'postgres', (qb) => qb.forUpdate().skipLocked()),
      )
      .where('state', '=', 'pending')
      .where(free)
      .returningAll()
      .execute();
  }

  getEvent(id: string) {
    return this.db.selectFrom('webhook_events').selectAll().where('id', '=', id).executeTakeFirst();
  }

  getDelivery(id: string): Promise<DeliveryRow | undefined> {
    return this.db.selectFrom('webhook_deliveries').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async updateDelivery(id: string, patch: Updateable<WebhookDeliveriesTable>): Promise<void> {
    await this.db.updateTable('webhook_deliveries').set(patch).where('id', '=', id).execute();
    if (patch.state === 'pending' && typeof patch.next_at === 'string') await this.dueWork?.due(this.db, 'delivery', id, patch.next_at);
  }

  async logAttempt(a: { deliveryId: string; caseId: string | null; at: string; status: number | null; error: string | null; durationMs: number }): Promise<void> {
    await this.db.insertInto('webhook_attempts').values({ id: rowId(), delivery_id: a.deliveryId, case_id: a.caseId, at: a.at, status: a.status, error: a.error, duration_ms: a.durationMs }).execute();
  }

  /** A case's deliveries with their events and attempts: the delivery log. */
  async caseLog(caseId: string) {
    const deliveries = await this.db
      .selectFrom('webhook_deliveries as d')
      .innerJoin('webhook_events as e', 'e.id', 'd.event_id')
      .innerJoin('webhook_endpoints as p', 'p.id', 'd.endpoint_id')
      .select(['d.id', 'd.event_id', 'e.type', 'p.url', 'd.state', 'd.attempts', 'd.next_at', 'd.last_status', 'd.last_error', 'd.created_at', 'd.delivered_at'])
      .where('d.case_id', '=', caseId)
      .orderBy('d.created_at', 'asc')
      .execute();
    const attempts = await this.db.selectFrom('webhook_attempts').selectAll().where('case_id', '=', caseId).orderBy('at', 'asc').execute();
    return deliveries.map((d) => ({ ...d, attempts_log: attempts.filter((a) => a.delivery_id === d.id) }));
  }

  async pendingCount(): Promise<number> {
    const r = await this.db.selectFrom('webhook_deliveries').select((eb) => eb.fn.countAll<number>().as('n')).where('state', '=', 'pending').executeTakeFirstOrThrow();
    return Number(r.n);
  }
}

/** An enabled endpoint subscribed to this event type (or to all). */
export function wantsEvent(e: EndpointRow, type: string): boolean {
  if (!e.enabled) return false;
  if (e.event_types === '*') return true;
  try {
    const types = JSON.parse(e.event_types) as string[];
    return types.includes(type) || types.includes('*');
  } catch {
    return false;
  }
}
