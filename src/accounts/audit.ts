/**
 * What the audit log records. Each entry names its actor (`agent:<username>`,
 * `key:<id>`, `bootstrap` for AGENT_API_KEY, `system` for background work).
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
  'case.assigned',
  'case.note_added',
  'case.erased',
  'cases.exported',
  'agent.created',
  'agent.updated',
  'agent.disabled',
  'key.created',
  'key.revoked',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  id: string;
  at: string;
  actor: string;
  action: AuditAction;
  /** The case number, agent name or key id acted on. */
  target: string | null;
  /** Small, never secrets (no passwords, keys or complaint text). */
  details: Record<string, string | number | boolean | null>;
}
