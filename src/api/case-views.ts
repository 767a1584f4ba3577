import type { CaseService } from '../case-service.ts';
import type { Investigation } from '../investigate.ts';
import type { CaseRow } from '../store/case-store.ts';

const list = (s: string) => s.split(',').filter(Boolean);

/** A case as lists show it: no complaint, notes or replies. */
export function caseSummary(r: CaseRow) {
  return {
    id: r.id,
    number: r.number,
    externalRef: r.external_ref,
    channel: r.channel,
    lang: r.lang as 'en' | 'zh',
    priority: r.priority as 'P1' | 'P2' | 'P3' | 'P4',
    status: r.status as 'open' | 'waiting_on_chain' | 'waiting_on_user' | 'resolved' | 'closed',
    assignee: r.assignee,
    category: r.category as Investigation['category'],
    codes: list(r.codes),
    networks: list(r.networks),
    txIds: JSON.parse(r.tx_ids) as string[],
    addresses: JSON.parse(r.addresses) as string[],
    watched: Boolean(r.watched),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    erasedAt: r.erased_at,
  };
}

/** The whole case for an agent: complaint, notes, reply, watch, snapshots, latest investigation. */
export async function caseDetail(cases: CaseService, r: CaseRow, actorNames?: (actors: string[]) => Promise<Map<string, string>>) {
  const s = cases.store;
  const [latest, snapshots, notes, watch] = await Promise.all([s.latestSnapshot(r.id), s.snapshots(r.id), s.notes(r.id), s.getWatch(r.id)]);
  const names = notes.length && actorNames ? await actorNames(notes.map((n) => n.author)) : new Map<string, string>();
  const investigation = latest ? (JSON.parse(latest.investigation) as Investigation) : null;
  return {
    ...caseSummary(r),
    customerRef: r.customer_ref,
    complaint: r.complaint,
    reply: { suggested: investigation?.suggestedReply ?? null, draft: r.reply_draft, sent: r.reply_sent, sentAt: r.reply_sent_at },
    publicUrl: cases.publicUrl(r),
    watch: watch ? { reason: watch.reason, nextCheckAt: watch.next_at, until: watch.deadline_at } : null,
    notes: notes.map((n) => ({ id: n.id, at: n.at, author: n.author, authorName: names.get(n.author) ?? null, text: n.text })),
    snapshots: snapshots.map((x) => ({ seq: x.seq, trigger: x.trigger, createdAt: x.created_at, category: x.category, priority: x.priority, codes: list(x.codes) })),
    investigation,
  };
}

const CSV_COLUMNS = ['number', 'id', 'createdAt', 'updatedAt', 'status', 'priority', 'category', 'codes', 'networks', 'txIds', 'addresses', 'externalRef', 'channel', 'assignee', 'erasedAt'] as const;

/** RFC 4180 fields; a leading = + - @ is defused so a spreadsheet never runs it as a formula. */
function csvField(v: unknown): string {
  let s = v === null || v === undefined ? '' : Array.isArray(v) ? v.join(' ') : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function casesCsv(rows: CaseRow[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of rows) {
    const c = caseSummary(r) as Record<string, unknown>;
    lines.push(CSV_COLUMNS.map((k) => csvField(c[k])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
