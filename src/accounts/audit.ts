import { rowId } from '../store/row-id.ts';
import type { Kysely } from 'kysely';
import type { AccountsDatabase } from './schema.ts';

/**
 * What the audit log records. Each entry names its actor (`agent:<username>`,
 * `key:<id>`, `bootstrap` for AGENT_API_KEY, `anonymous` for failed sign-ins).
 */
export const AUDIT_ACTIONS = [
  'auth.sign_in',
  'auth.sign_in_failed',
  'auth.sign_out',
  'investigation.run',
  'case.viewed_complaint',
  'case.reply_edited',
  'case.reply_sent',
  'case.status_changed',
  'case.priority_changed',
  'case.assigned',
  'case.note_added',
  'case.erased',
  'cases.exported',
  'trends.exported',
  'agent.created',
  'agent.updated',
  'agent.disabled',
  'key.created',
  'key.revoked',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditDetails = Record<string, string | number | boolean | null>;

export interface AuditEntry {
  id: string;
  at: string;
  actor: string;
  action: AuditAction;
  /** The case number, agent name or key id acted on. */
  target: string | null;
  /** Small, never secrets (no passwords, keys or complaint text). */
  details: AuditDetails;
}

/**
 * Writes one entry. Takes any Kysely over the accounts tables, a transaction's too, so a
 * case change and its audit entry commit together (src/case-service.ts).
 */
export async function appendAudit(db: Kysely<AccountsDatabase>, entry: Omit<AuditEntry, 'id'>): Promise<void> {
  await appendAudits(db, [entry]);
}

/** Many entries in one statement (the account store group-commits concurrent ones). */
export async function appendAudits(db: Kysely<AccountsDatabase>, entries: ReadonlyArray<Omit<AuditEntry, 'id'>>): Promise<void> {
  if (entries.length) await auditInsert(db, entries).execute();
}

/** The insert `appendAudits` runs, for a caller that writes it together with others (a new case). */
export function auditInsert(db: Kysely<AccountsDatabase>, entries: ReadonlyArray<Omit<AuditEntry, 'id'>>) {
  return db.insertInto('audit_log').values(entries.map((entry) => ({ id: rowId(), at: entry.at, actor: entry.actor, action: entry.action, target: entry.target, details: JSON.stringify(entry.details) })));
}

/** The case events that are someone's decision, and the audit action each one is. */
const CASE_EVENT_ACTIONS: Record<string, AuditAction> = {
  reply_edited: 'case.reply_edited',
  reply_sent: 'case.reply_sent',
  status_changed: 'case.status_changed',
  priority_changed: 'case.priority_changed',
  assigned: 'case.assigned',
  note_added: 'case.note_added',
  erased: 'case.erased',
};

export function auditActionOfCaseEvent(type: string): AuditAction | undefined {
  return CASE_EVENT_ACTIONS[type];
}
