import { accountsMigration, auditIndexesMigration } from '../accounts/migration.ts';
import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';

/**
 * Migrations live in code, in order, and are applied at start (Kysely's migrator takes a
 * lock, so instances starting together on one PostgreSQL apply each once). Never edit
 * one that has shipped: add the next. Later tables (agents, audit log, Zendesk links)
 * come as new entries.
 */
const migrations: Record<string, Migration> = {
  '0001_cases': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('cases')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('number', 'text', (c) => c.notNull().unique())
        .addColumn('public_token', 'text', (c) => c.notNull())
        .addColumn('external_ref', 'text')
        .addColumn('customer_ref', 'text')
        .addColumn('channel', 'text')
        .addColumn('complaint', 'text')
        .addColumn('input', 'text', (c) => c.notNull())
        .addColumn('lang', 'text', (c) => c.notNull())
        .addColumn('priority', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('assignee', 'text')
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('codes', 'text', (c) => c.notNull())
        .addColumn('networks', 'text', (c) => c.notNull())
        .addColumn('tx_ids', 'text', (c) => c.notNull())
        .addColumn('addresses', 'text', (c) => c.notNull())
        .addColumn('reply_draft', 'text')
        .addColumn('reply_sent', 'text')
        .addColumn('reply_sent_at', 'text')
        .addColumn('event_seq', 'integer', (c) => c.notNull())
        .addColumn('snapshot_seq', 'integer', (c) => c.notNull())
        .addColumn('watched', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('erased_at', 'text')
        .execute();
      await db.schema.createIndex('cases_created').on('cases').columns(['created_at', 'id']).execute();
      await db.schema.createIndex('cases_queue').on('cases').columns(['status', 'priority', 'created_at']).execute();
      await db.schema.createIndex('cases_external_ref').on('cases').column('external_ref').execute();
      await db.schema.createIndex('cases_updated').on('cases').column('updated_at').execute();

      await db.schema
        .createTable('case_subjects')
        .addColumn('case_id', 'text', (c) => c.notNull())
        .addColumn('value', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('case_subjects_pk', ['case_id', 'value'])
        .execute();
      await db.schema.createIndex('case_subjects_value').on('case_subjects').column('value').execute();

      await db.schema
        .createTable('case_snapshots')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('case_id', 'text', (c) => c.notNull())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('trigger', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('priority', 'text', (c) => c.notNull())
        .addColumn('codes', 'text', (c) => c.notNull())
        .addColumn('investigation', 'text', (c) => c.notNull())
        .addUniqueConstraint('case_snapshots_seq', ['case_id', 'seq'])
        .execute();

      await db.schema
        .createTable('case_events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('case_id', 'text', (c) => c.notNull())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addUniqueConstraint('case_events_seq', ['case_id', 'seq'])
        .execute();

      await db.schema
        .createTable('case_notes')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('case_id', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('author', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('case_notes_case').on('case_notes').column('case_id').execute();

      await db.schema
        .createTable('watches')
        .addColumn('case_id', 'text', (c) => c.primaryKey())
        .addColumn('tx_key', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('base_ms', 'integer', (c) => c.notNull())
        .addColumn('unchanged', 'integer', (c) => c.notNull())
        .addColumn('next_at', 'text', (c) => c.notNull())
        .addColumn('started_at', 'text', (c) => c.notNull())
        .addColumn('deadline_at', 'text', (c) => c.notNull())
        .addColumn('lease_until', 'text')
        .addColumn('lease_owner', 'text')
        .execute();
      await db.schema.createIndex('watches_due').on('watches').column('next_at').execute();
      await db.schema.createIndex('watches_tx').on('watches').column('tx_key').execute();

      await db.schema
        .createTable('webhook_endpoints')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('url', 'text', (c) => c.notNull().unique())
        .addColumn('secret', 'text', (c) => c.notNull())
        .addColumn('event_types', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('enabled', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('webhook_events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('case_id', 'text')
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('webhook_events_case').on('webhook_events').column('case_id').execute();

      await db.schema
        .createTable('webhook_deliveries')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('event_id', 'text', (c) => c.notNull())
        .addColumn('endpoint_id', 'text', (c) => c.notNull())
        .addColumn('case_id', 'text')
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('next_at', 'text', (c) => c.notNull())
        .addColumn('lease_until', 'text')
        .addColumn('last_status', 'integer')
        .addColumn('last_error', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('delivered_at', 'text')
        .addUniqueConstraint('webhook_deliveries_once', ['event_id', 'endpoint_id'])
        .execute();
      await db.schema.createIndex('webhook_deliveries_due').on('webhook_deliveries').columns(['state', 'next_at']).execute();
      await db.schema.createIndex('webhook_deliveries_case').on('webhook_deliveries').column('case_id').execute();

      await db.schema
        .createTable('webhook_attempts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('delivery_id', 'text', (c) => c.notNull())
        .addColumn('case_id', 'text')
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('status', 'integer')
        .addColumn('error', 'text')
        .addColumn('duration_ms', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('webhook_attempts_case').on('webhook_attempts').column('case_id').execute();

      await db.schema
        .createTable('sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
    },
  },
  '0002_accounts': accountsMigration,
  '0003_trends': {
    async up(db: Kysely<any>) {
      // The trends page asks each case for its first reply and its last status change:
      // with this index both are one index-only probe per case, not a scan of its events.
      await db.schema.createIndex('case_events_case_type_at').on('case_events').columns(['case_id', 'type', 'at']).execute();

      // One row per surge alerted, so a trend.surge goes out once per code or network and
      // day however many instances run the job. Kept as the history of alerts.
      await db.schema
        .createTable('trend_surges')
        .addColumn('dimension', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('time_window', 'text', (c) => c.notNull())
        .addColumn('cases', 'integer', (c) => c.notNull())
        .addColumn('baseline', 'double precision', (c) => c.notNull())
        .addColumn('detected_at', 'text', (c) => c.notNull())
        .addColumn('event_id', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('trend_surges_pk', ['dimension', 'key', 'day'])
        .execute();
    },
  },
  '0004_audit_indexes': auditIndexesMigration,
  '0005_watches_tx_next': {
    async up(db: Kysely<any>) {
      // A new watch joins the earliest re-check already planned for its transaction
      // (min(next_at) per tx_key). On tx_key alone that read every watch of the
      // transaction and then its row: a transaction many users complain about made each
      // new complaint about it slower. (tx_key, next_at) answers from the index, and it
      // serves every query the old index did.
      await db.schema.createIndex('watches_tx_next').on('watches').columns(['tx_key', 'next_at']).execute();
      await db.schema.dropIndex('watches_tx').execute();
    },
  },
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

export async function migrate(db: Kysely<any>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`database migration ${failed ?? ''} failed: ${(error as Error).message ?? error}`, { cause: error });
  }
}
