import type { Lang } from '../../chains/types.ts';
import type { Category, Priority } from '../diagnose/types.ts';
import type { FindingCode } from '../diagnose/codes/index.ts';

/**
 * A case: one user's problem from complaint to archive. Investigations are kept as
 * snapshots; what happened to the case is an append-only list of events.
 */
export const CASE_STATUSES = ['open', 'waiting_on_chain', 'waiting_on_user', 'resolved', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const;

export interface Case {
  id: string;
  number: string;
  externalRef: string | null;
  customerRef: string | null;
  channel: string | null;
  /** The complaint as written (agent-only); null once erased. */
  complaint: string | null;
  lang: Lang;
  priority: Priority;
  status: CaseStatus;
  assignee: string | null;
  /** From the latest snapshot. */
  category: Category;
  codes: FindingCode[];
  networks: string[];
  txIds: string[];
  addresses: string[];
  /** The reply the agent is editing (starts as the latest suggested reply). */
  replyDraft: string | null;
  /** The reply actually sent to the user, and when. */
  replySent: string | null;
  replySentAt: string | null;
  /** Only the public page link carries it; never listed. */
  publicToken: string;
  /** True while re-checks run (the answer can still change). */
  watched: boolean;
  createdAt: string;
  updatedAt: string;
  erasedAt: string | null;
}

/** One investigation kept in a case. */
export interface Snapshot {
  id: string;
  caseId: string;
  seq: number;
  trigger: SnapshotTrigger;
  createdAt: string;
  category: Category;
  priority: Priority;
  codes: FindingCode[];
  /** The whole investigation as the API returned it. */
  investigation: unknown;
}

export type SnapshotTrigger = 'complaint' | 'recheck';

export const CASE_EVENT_TYPES = [
  'created',
  'investigated',
  'rechecked',
  'status_changed',
  'assigned',
  'priority_changed',
  'note_added',
  'reply_edited',
  'reply_sent',
  'watch_started',
  'watch_ended',
  'webhook_delivered',
  'webhook_failed',
  'erased',
] as const;
export type CaseEventType = (typeof CASE_EVENT_TYPES)[number];

export interface CaseEvent {
  id: string;
  caseId: string;
  seq: number;
  type: CaseEventType;
  at: string;
  /** Who did it: "agent", "system" (re-checks, webhooks), or a name once accounts exist. */
  actor: string;
  data: Record<string, unknown>;
}

export interface CaseNote {
  id: string;
  caseId: string;
  at: string;
  author: string;
  text: string;
}
