import type { AccountsDatabase } from '../accounts/schema.ts';

/**
 * Tables as Kysely sees them. Portable types only (text, integer), so one query layer
 * runs on SQLite and PostgreSQL: times are ISO-8601 UTC strings with milliseconds (they
 * sort and compare as text), JSON is text, booleans are 0/1.
 */
export interface CasesTable {
  id: string;
  number: string;
  public_token: string;
  external_ref: string | null;
  customer_ref: string | null;
  channel: string | null;
  complaint: string | null;
  /** The complaint's fields besides its text (JSON), so a re-check asks the same question. */
  input: string;
  lang: string;
  priority: string;
  status: string;
  assignee: string | null;
  category: string;
  /** ",CODE_A,CODE_B," so a code filter is a LIKE on both backends. */
  codes: string;
  networks: string;
  tx_ids: string;
  addresses: string;
  reply_draft: string | null;
  reply_sent: string | null;
  reply_sent_at: string | null;
  event_seq: number;
  snapshot_seq: number;
  watched: number;
  created_at: string;
  updated_at: string;
  erased_at: string | null;
}

/** Tx hashes and addresses of a case, lowercased, for search. */
export interface CaseSubjectsTable {
  case_id: string;
  value: string;
}

export interface CaseSnapshotsTable {
  id: string;
  case_id: string;
  seq: number;
  trigger: string;
  created_at: string;
  category: string;
  priority: string;
  codes: string;
  investigation: string;
}

export interface CaseEventsTable {
  id: string;
  case_id: string;
  seq: number;
  type: string;
  at: string;
  actor: string;
  data: string;
}

export interface CaseNotesTable {
  id: string;
  case_id: string;
  at: string;
  author: string;
  text: string;
}

/** One row per watched case; cases on the same transactions share a tx_key and are re-checked together. */
export interface WatchesTable {
  case_id: string;
  tx_key: string;
  reason: string;
  base_ms: number;
  unchanged: number;
  next_at: string;
  started_at: string;
  deadline_at: string;
  lease_until: string | null;
  lease_owner: string | null;
}

export interface WebhookEndpointsTable {
  id: string;
  url: string;
  secret: string;
  /** JSON array of event types, or "*" for all. */
  event_types: string;
  source: string;
  enabled: number;
  created_at: string;
}

/** The outbox: one row per event; its id is the `webhook-id` every attempt carries. */
export interface WebhookEventsTable {
  id: string;
  type: string;
  case_id: string | null;
  payload: string;
  created_at: string;
}

export interface WebhookDeliveriesTable {
  id: string;
  event_id: string;
  endpoint_id: string;
  case_id: string | null;
  state: string;
  attempts: number;
  next_at: string;
  lease_until: string | null;
  last_status: number | null;
  last_error: string | null;
  created_at: string;
  delivered_at: string | null;
}

export interface WebhookAttemptsTable {
  id: string;
  delivery_id: string;
  case_id: string | null;
  at: string;
  status: number | null;
  error: string | null;
  duration_ms: number;
}

/** Unused: made by 0001 before accounts existed. Console sessions live in `agent_sessions` (0002, src/accounts). */
export interface SessionsTable {
  id: string;
  data: string;
  expires_at: string;
}

/** Surges already alerted (trend.surge sent): one per code or network and UTC day. */
export interface TrendSurgesTable {
  dimension: string;
  key: string;
  /** UTC day of the detection, YYYY-MM-DD. */
  day: string;
  /** The detector's window: `day` (last 24 h) or `hour`. */
  time_window: string;
  /** Cases in the window. */
  cases: number;
  /** Cases per day over the trailing 7 days. */
  baseline: number;
  detected_at: string;
  /** The outbox event (`webhook-id`) it raised. */
  event_id: string;
}

export interface Database extends AccountsDatabase {
  cases: CasesTable;
  case_subjects: CaseSubjectsTable;
  case_snapshots: CaseSnapshotsTable;
  case_events: CaseEventsTable;
  case_notes: CaseNotesTable;
  watches: WatchesTable;
  webhook_endpoints: WebhookEndpointsTable;
  webhook_events: WebhookEventsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  webhook_attempts: WebhookAttemptsTable;
  sessions: SessionsTable;
  trend_surges: TrendSurgesTable;
}
