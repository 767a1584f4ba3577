import { timingSafeEqual } from 'node:crypto';
import type { Lang, Network } from '../chains/types.ts';
import { newCaseNumber, newPublicToken, parseCaseNumber } from './cases/case-number.ts';
import type { CaseStatus } from './cases/model.ts';
import { outcomeOf, whatChanged, type Change, type Outcome } from './cases/outcome.ts';
import { nextStatus } from './cases/status.ts';
import { baseIntervalMs, nextInterval, txGroupKey, watchReason, type WatchReason } from './cases/watch-policy.ts';
import type { Category, Priority } from './diagnose/types.ts';
import { appendAudit, appendAudits, auditActionOfCaseEvent, auditInsert, type AuditEntry } from './accounts/audit.ts';
import { accountTables } from './accounts/schema.ts';
import { AppError, NotFoundError } from './errors/app-error.ts';
import type { ComplaintInput } from './intake/complaint.ts';
import type { Investigation, Investigator } from './investigate.ts';
import { isUniqueViolation, type CaseRow, type CaseStore, type NewCaseRows, type WatchRow } from './store/case-store.ts';
import { GroupCommit } from './store/group-commit.ts';
import { rowId } from './store/row-id.ts';
import { iso } from './store/time.ts';
import { wantsEvent, type EndpointRow, type WebhookStore } from './store/webhook-store.ts';

/** Where an investigation goes: a given case, the case of a helpdesk ticket, or a new one. */
export interface CaseMeta {
  caseId?: string;
  externalRef?: string;
  customerRef?: string;
  channel?: string;
  /**
   * Who asked, as case events record it: the caller's principal (`agent:<username>`,
   * `key:<id>`, `bootstrap`) or `integration:<channel>` for signed inbound tickets.
   */
  actor: string;
  /**
   * Where an agent or key asked from: the audit log's `investigation.run` entry is then
   * written in the case's own transaction (one commit for both, and never one without the other).
   */
  auditVia?: 'api' | 'console';
}

export interface CaseServiceOptions {
  store: CaseStore;
  webhooks: WebhookStore;
  investigator: Investigator;
  /** Served networks (block times for the re-check schedule). */
  networks: () => readonly Network[];
  watchMaxHours: number;
  /** Fixed first re-check interval instead of the network's block time. */
  recheckIntervalMs?: number;
  /** Base of public case links. */
  publicUrl?: string;
  now?: () => number;
  /**
   * Told after a re-check changed a case's answer (outside the transaction): where a
   * linked helpdesk ticket gets its follow-up note. Failures are the listener's to log.
   */
  onRecheckChanged?: (change: { row: CaseRow; previous: { category: Category; codes: string[] }; current: Investigation }) => Promise<unknown>;
}

export class CaseConflictError extends AppError {
  constructor(message: string) {
    super('CASE_CONFLICT', message, { status: 409 });
  }
}

/** A case's event types that go out as webhooks. */
export type CaseWebhookType = 'case.created' | 'case.updated' | 'case.resolved';

/** A case about to be filed, waiting for its group commit. */
interface NewCase {
  row: CaseRow;
  inv: Investigation;
  outcome: Outcome;
  reason: WatchReason | null;
  actor: string;
  auditVia?: CaseMeta['auditVia'];
  subjects: string[];
}

const csv = (xs: readonly string[]) => (xs.length ? `,${xs.join(',')},` : '');
const fromCsv = (s: string) => s.split(',').filter(Boolean);

/**
 * The case desk: every investigation made for the helpdesk lands in a case; re-checks
 * add to it; every change is an event, and the ones the helpdesk must hear about go to
 * the outbox in the same transaction.
 */
export class CaseService {
  constructor(private readonly opts: CaseServiceOptions) {}

  get store(): CaseStore {
    return this.opts.store;
  }

  private now(): number {
    return this.opts.now?.() ?? Date.now();
  }

  publicPath(row: Pick<CaseRow, 'number' | 'public_token'>): string {
    return `/c/${row.number}?t=${row.public_token}`;
  }

  publicUrl(row: Pick<CaseRow, 'number' | 'public_token'>): string {
    return `${this.opts.publicUrl ?? ''}${this.publicPath(row)}`;
  }

  /** Investigates a complaint and files it: into the given case, the ticket's case, or a new one. */
  async investigate(input: ComplaintInput, meta: CaseMeta): Promise<{ investigation: Investigation; caseRow: CaseRow; created: boolean }> {
    const { store } = this.opts;
    let existing: CaseRow | undefined;
    if (meta.caseId) {
      existing = await this.find(meta.caseId);
      if (!existing) throw new NotFoundError('Case');
    } else if (meta.externalRef) {
      existing = await store.findByExternalRef(meta.externalRef);
    }
    const sinceMs = existing ? this.now() - Date.parse(existing.created_at) : 0;
    const investigation = await this.opts.investigator.investigate(input, { followUp: (d) => watchReason(outcomeOf(d), sinceMs) !== null });
    if (existing) {
      const caseRow = await this.addInvestigation(existing.id, investigation, 'complaint', meta.actor, input, meta.auditVia);
      return { investigation, caseRow, created: false };
    }
    const caseRow = await this.create(input, investigation, meta);
    return { investigation, caseRow, created: true };
  }

  /** By id or by case number. */
  async find(idOrNumber: string): Promise<CaseRow | undefined> {
    const number = parseCaseNumber(idOrNumber);
    if (number) return this.opts.store.getCaseByNumber(number);
    if (!/^[0-9a-f-]{36}$/i.test(idOrNumber)) return undefined;
    return this.opts.store.getCase(idOrNumber.toLowerCase());
  }

  async get(idOrNumber: string): Promise<CaseRow> {
    const row = await this.find(idOrNumber);
    if (!row) throw new NotFoundError('Case');
    return row;
  }

  /** The public page's lookup: the number and the token must both match, else nothing (no hint which). */
  async findPublic(number: string, token: string): Promise<CaseRow | undefined> {
    const n = parseCaseNumber(number);
    if (!n || !token) return undefined;
    const row = await this.opts.store.getCaseByNumber(n);
    if (!row) return undefined;
    const a = Buffer.from(row.public_token);
    const b = Buffer.from(token);
    return a.length === b.length && timingSafeEqual(a, b) ? row : undefined;
  }

  private async create(input: ComplaintInput, inv: Investigation, meta: CaseMeta): Promise<CaseRow> {
    const o = outcomeOf(inv);
    const reason = watchReason(o, 0);
    const status = nextStatus(null, o, reason, 'complaint');
    const at = iso(this.now());
    const { text, ...fields } = input;
    for (let attempt = 0; ; attempt++) {
      const row: CaseRow = {
        id: rowId(),
        number: newCaseNumber(),
        public_token: newPublicToken(),
        external_ref: meta.externalRef ?? null,
        customer_ref: meta.customerRef ?? null,
        channel: meta.channel ?? null,
        complaint: text ?? null,
        input: JSON.stringify(fields),
        lang: inv.lang,
        priority: inv.priority,
        status,
        assignee: null,
        category: inv.category,
        codes: csv(o.codes),
        networks: csv(networksOf(inv)),
        tx_ids: JSON.stringify(o.txIds),
        addresses: JSON.stringify(o.addresses),
        reply_draft: null,
        reply_sent: null,
        reply_sent_at: null,
        event_seq: 0,
        snapshot_seq: 1,
        watched: reason ? 1 : 0,
        created_at: at,
        updated_at: at,
        erased_at: null,
      };
      try {
        await this.newCases.add({ row, inv, outcome: o, reason, actor: meta.actor, auditVia: meta.auditVia, subjects: [...o.txIds, ...o.addresses, ...inv.transactions.map((t) => t.hash)] });
        return row;
      } catch (err) {
        // A case number drawn twice (1 in ~33 million per existing case): draw again.
        if (isUniqueViolation(err) && attempt < 5) continue;
        throw err;
      }
    }
  }

  /** Cases filed together commit together (see GroupCommit): one transaction, a few multi-row statements (on PostgreSQL often one statement). */
  private readonly newCases = new GroupCommit<NewCase>((cases) => this.writeNewCases(cases));

  private async writeNewCases(cases: NewCase[]): Promise<void> {
    const { store, webhooks } = this.opts;
    // On PostgreSQL a batch with nothing to schedule (no watch, no endpoint that wants its
    // events) is one statement (insertTogether), atomic by itself: sent without BEGIN and
    // COMMIT it takes two round trips instead of four (in profiles, the socket writes of
    // those round trips were most of what PostgreSQL added per case). SQLite runs its
    // inserts one by one and keeps the transaction.
    if (store.backend === 'postgres' && cases.every((c) => !c.reason)) {
      const endpoints = await webhooks.endpoints();
      if (!cases.some((c) => webhookTypesOf(c.row).some((type) => endpoints.some((e) => wantsEvent(e, type))))) return this.writeNewCasesOn(store, webhooks, cases, endpoints);
    }
    await store.transaction((s) => this.writeNewCasesOn(s, webhooks.with(s.db), cases));
  }

  private async writeNewCasesOn(s: CaseStore, webhooks: WebhookStore, cases: NewCase[], endpoints?: EndpointRow[]): Promise<void> {
    const schedules = new Map(cases.filter((c) => c.reason).map((c) => [c, this.watchSchedule(c.outcome, c.reason!, c.row.created_at)]));
    // Join the schedule other cases on the same transaction already have (earlier ones in this batch too).
    const shared = await s.nextAtForTxs([...schedules.values()].map((w) => w.txKey));
    const rows: NewCaseRows[] = cases.map((c) => {
      const { row, inv, outcome: o, actor } = c;
      const at = row.created_at;
      const events: NewCaseRows['events'] = [
        { type: 'created', actor, at, data: { number: row.number, status: row.status, externalRef: row.external_ref, channel: row.channel } },
        { type: 'investigated', actor, at, data: { snapshot: 1, category: inv.category, priority: inv.priority, codes: o.codes } },
      ];
      let watch: WatchRow | null = null;
      const schedule = schedules.get(c);
      if (schedule) {
        const joined = shared.get(schedule.txKey);
        const nextAt = joined && joined > at ? joined : schedule.ownNextAt;
        shared.set(schedule.txKey, nextAt);
        watch = { case_id: row.id, tx_key: schedule.txKey, reason: c.reason!, base_ms: schedule.baseMs, unchanged: 0, next_at: nextAt, started_at: at, deadline_at: schedule.deadlineAt, lease_until: null, lease_owner: null };
        events.push({ type: 'watch_started', actor: 'system', at, data: { reason: c.reason, nextCheckAt: nextAt, until: schedule.deadlineAt } });
      }
      row.event_seq = events.length;
      return { row, subjects: c.subjects, snapshot: { trigger: 'complaint', at, category: inv.category, priority: inv.priority, codes: csv(o.codes), investigation: inv }, events, watch };
    });
    const audits = cases.filter((c) => c.auditVia).map((c) => investigationAudit(c.row, c.inv, c.actor, c.row.created_at, c.auditVia!));
    const outbox = await webhooks.outboxWrites(
      cases.flatMap(({ row, inv }) => webhookTypesOf(row).map((type) => this.webhookMessage(type, row, inv, row.created_at, {}))),
      endpoints,
    );
    await s.insertNewCases(rows, [...(audits.length ? [auditInsert(accountTables(s.db), audits)] : []), ...outbox.inserts]);
    await outbox.markDue();
  }

  /**
   * A new investigation for an existing case: a complaint added by an agent, or a
   * re-check. A re-check that saw nothing new only moves the watch's clock.
   */
  async addInvestigation(caseId: string, inv: Investigation, trigger: 'complaint' | 'recheck', actor: string, input?: ComplaintInput, auditVia?: CaseMeta['auditVia']): Promise<CaseRow> {
    let previous: { category: Category; codes: string[] } | null = null;
    const updated = await this.fileInvestigation(caseId, inv, trigger, actor, input, (p) => (previous = p), auditVia);
    if (previous && trigger === 'recheck' && this.opts.onRecheckChanged) await this.opts.onRecheckChanged({ row: updated, previous, current: inv }).catch(() => {});
    return updated;
  }

  private async fileInvestigation(
    caseId: string,
    inv: Investigation,
    trigger: 'complaint' | 'recheck',
    actor: string,
    input: ComplaintInput | undefined,
    changed: (previous: { category: Category; codes: string[] }) => void,
    auditVia?: CaseMeta['auditVia'],
  ): Promise<CaseRow> {
    const at = this.now();
    const atIso = iso(at);
    return this.opts.store.transaction(async (s) => {
      const row = await s.getCase(caseId);
      if (!row) throw new NotFoundError('Case');
      if (auditVia) await appendAudits(accountTables(s.db), [investigationAudit(row, inv, actor, atIso, auditVia)]);
      const prev = await s.latestSnapshot(caseId);
      const before: Outcome = prev ? outcomeOf(JSON.parse(prev.investigation)) : outcomeOf(inv);
      const after = outcomeOf(inv);
      const change = whatChanged(before, after);
      const watch = await s.getWatch(caseId);
      const deadlinePassed = watch ? Date.parse(watch.deadline_at) <= at : false;
      const reason = row.status === 'closed' && trigger === 'recheck' ? null : deadlinePassed ? null : watchReason(after, at - Date.parse(row.created_at));

      if (trigger === 'recheck' && !change.changed && reason && watch) {
        const unchanged = watch.unchanged + 1;
        await s.updateWatch(caseId, { unchanged, reason, next_at: iso(at + nextInterval(reason, watch.base_ms, unchanged)), lease_until: null, lease_owner: null });
        return row;
      }

      const seq = row.snapshot_seq + 1;
      const status = nextStatus(row.status as CaseStatus, after, reason, trigger);
      await s.insertSnapshot({ caseId, seq, trigger, at: atIso, category: inv.category, priority: inv.priority, codes: csv(after.codes), investigation: inv });
      await s.appendEvent(caseId, trigger === 'recheck' ? 'rechecked' : 'investigated', actor, atIso, { snapshot: seq, category: inv.category, priority: inv.priority, codes: after.codes, changes: change });
      const patch: Partial<CaseRow> = {
        snapshot_seq: seq,
        category: inv.category,
        codes: csv(after.codes),
        networks: csv([...new Set([...fromCsv(row.networks), ...networksOf(inv)])]),
        status,
        watched: reason ? 1 : 0,
        updated_at: atIso,
      };
      if (change.priority) patch.priority = inv.priority;
      if (trigger === 'complaint') {
        patch.lang = inv.lang;
        if (input?.text) patch.complaint = row.complaint ? `${row.complaint}\n\n${input.text}` : input.text;
        patch.tx_ids = JSON.stringify([...new Set([...JSON.parse(row.tx_ids), ...after.txIds])]);
        patch.addresses = JSON.stringify([...new Set([...JSON.parse(row.addresses), ...after.addresses])]);
        await s.addSubjects(caseId, [...after.txIds, ...after.addresses, ...inv.transactions.map((t) => t.hash)]);
      }
      await s.updateCase(caseId, patch);
      if (status !== row.status) await s.appendEvent(caseId, 'status_changed', trigger === 'recheck' ? 'system' : actor, atIso, { from: row.status, to: status });
      const updated = { ...row, ...patch } as CaseRow;

      if (reason) {
        if (!watch) await this.startWatch(s, updated, after, reason, atIso);
        else {
          const unchanged = change.changed ? 0 : watch.unchanged + 1;
          await s.updateWatch(caseId, { reason, unchanged, tx_key: txGroupKey(JSON.parse(updated.tx_ids)), next_at: iso(at + nextInterval(reason, watch.base_ms, unchanged)), lease_until: null, lease_owner: null });
        }
      } else if (watch) {
        await s.deleteWatch(caseId);
        await s.appendEvent(caseId, 'watch_ended', 'system', atIso, { reason: deadlinePassed ? 'deadline' : row.status === 'closed' ? 'closed' : 'final' });
      }

      if (change.changed) changed({ category: before.category as Category, codes: [...before.codes] });
      if (change.changed || status !== row.status) {
        await this.enqueue(s, 'case.updated', updated, inv, atIso, { ...changeForWebhook(change), ...(status !== row.status ? { status: { from: row.status, to: status } } : {}) });
      }
      if (status === 'resolved' && row.status !== 'resolved') await this.enqueue(s, 'case.resolved', updated, inv, atIso, {});
      return updated;
    });
  }

  /** When a new watch on this outcome is first due by itself, how often after, and until when. */
  private watchSchedule(o: Outcome, reason: WatchReason, at: string): { txKey: string; baseMs: number; ownNextAt: string; deadlineAt: string } {
    const now = Date.parse(at);
    const served = this.opts.networks();
    const txNetworks = o.txs.length ? o.txs.map((t) => t.network) : o.lookups.map((l) => l.network);
    const blockTimes = [...new Set(txNetworks)].map((id) => served.find((n) => n.id === id)?.blockTimeSeconds).filter((x): x is number => typeof x === 'number');
    const baseMs = baseIntervalMs(blockTimes, this.opts.recheckIntervalMs);
    return { txKey: txGroupKey(o.txIds), baseMs, ownNextAt: iso(now + nextInterval(reason, baseMs, 0)), deadlineAt: iso(now + this.opts.watchMaxHours * 3_600_000) };
  }

  private async startWatch(s: CaseStore, row: CaseRow, o: Outcome, reason: WatchReason, at: string): Promise<void> {
    const schedule = this.watchSchedule(o, reason, at);
    // Join the schedule other cases on this transaction already have: one lookup serves all.
    const shared = await s.nextAtForTx(schedule.txKey);
    const nextAt = shared && shared > at ? shared : schedule.ownNextAt;
    const watch: WatchRow = { case_id: row.id, tx_key: schedule.txKey, reason, base_ms: schedule.baseMs, unchanged: 0, next_at: nextAt, started_at: at, deadline_at: schedule.deadlineAt, lease_until: null, lease_owner: null };
    await s.upsertWatch(watch);
    await s.appendEvent(row.id, 'watch_started', 'system', at, { reason, nextCheckAt: nextAt, until: watch.deadline_at });
  }

  /** Outbox message for a case change; arbitrary types (network.state_changed…) go through `WebhookStore.enqueue` directly. */
  private async enqueue(s: CaseStore, type: CaseWebhookType, row: CaseRow, inv: Investigation, at: string, changes: Record<string, unknown>): Promise<void> {
    const m = this.webhookMessage(type, row, inv, at, changes);
    await this.opts.webhooks.with(s.db).enqueue(m.type, m.caseId, m.payload, m.at);
  }

  private webhookMessage(type: CaseWebhookType, row: CaseRow, inv: Investigation, at: string, changes: Record<string, unknown>) {
    return { type, caseId: row.id, at, payload: { type, timestamp: at, data: { ...this.webhookCase(row, inv), ...(type === 'case.updated' ? { changes } : {}) } } };
  }

  /** What the helpdesk gets: the verdict, the reply to send, the user's link; never the complaint or notes. */
  private webhookCase(row: CaseRow, inv: Investigation) {
    return {
      caseId: row.id,
      caseNumber: row.number,
      externalRef: row.external_ref,
      customerRef: row.customer_ref,
      status: row.status,
      priority: row.priority,
      category: inv.category,
      codes: inv.findings.map((f) => f.code),
      lang: inv.lang,
      suggestedReply: inv.suggestedReply,
      publicUrl: this.publicUrl(row),
    };
  }

  // ---- agents' changes ------------------------------------------------------------------

  async update(
    idOrNumber: string,
    p: { status?: CaseStatus; priority?: Priority; assignee?: string | null; replyDraft?: string | null; markReplySent?: boolean; note?: string },
    actor: string,
  ): Promise<CaseRow> {
    const target = await this.get(idOrNumber);
    const at = iso(this.now());
    return this.opts.store.transaction(async (s) => {
      const row = (await s.getCase(target.id))!;
      const decided = (type: string, data: Record<string, unknown>) => this.decision(s, row, type, actor, at, data);
      if (row.erased_at && (p.note || p.replyDraft)) throw new CaseConflictError('This case was erased; it takes no new text.');
      const patch: Partial<CaseRow> = { updated_at: at };
      if (p.priority && p.priority !== row.priority) {
        patch.priority = p.priority;
        await decided('priority_changed', { from: row.priority, to: p.priority });
      }
      if (p.assignee !== undefined && p.assignee !== row.assignee) {
        patch.assignee = p.assignee;
        await decided('assigned', { from: row.assignee, to: p.assignee });
      }
      if (p.replyDraft !== undefined && p.replyDraft !== row.reply_draft) {
        patch.reply_draft = p.replyDraft;
        await decided('reply_edited', { chars: p.replyDraft?.length ?? 0 });
      }
      if (p.markReplySent) {
        const latest = await s.latestSnapshot(row.id);
        const suggested = latest ? (JSON.parse(latest.investigation) as Investigation).suggestedReply : null;
        patch.reply_sent = patch.reply_draft ?? row.reply_draft ?? suggested;
        patch.reply_sent_at = at;
        await decided('reply_sent', { edited: Boolean(patch.reply_draft ?? row.reply_draft), snapshot: latest?.seq ?? null });
      }
      if (p.note) {
        const noteId = await s.addNote(row.id, actor, p.note, at);
        await decided('note_added', { noteId });
      }
      if (p.status && p.status !== row.status) {
        patch.status = p.status;
        await decided('status_changed', { from: row.status, to: p.status });
        if (p.status === 'closed' || p.status === 'resolved') {
          if (await s.getWatch(row.id)) {
            await s.deleteWatch(row.id);
            patch.watched = 0;
            await s.appendEvent(row.id, 'watch_ended', actor, at, { reason: p.status });
          }
        }
      }
      await s.updateCase(row.id, patch);
      const updated = { ...row, ...patch } as CaseRow;
      if (patch.status) {
        const latest = await s.latestSnapshot(row.id);
        const inv = JSON.parse(latest!.investigation) as Investigation;
        await this.enqueue(s, 'case.updated', updated, inv, at, { status: { from: row.status, to: patch.status } });
        if (patch.status === 'resolved') await this.enqueue(s, 'case.resolved', updated, inv, at, {});
      }
      return updated;
    });
  }

  /**
   * A change someone decided: the case event, and its audit log entry in the same
   * transaction (both or neither). Numbers and states only: never the reply or note text.
   */
  private async decision(s: CaseStore, row: CaseRow, type: string, actor: string, at: string, data: Record<string, unknown>): Promise<void> {
    await s.appendEvent(row.id, type, actor, at, data);
    const action = auditActionOfCaseEvent(type);
    if (!action) return;
    const details = Object.fromEntries(Object.entries(data).filter((e): e is [string, string | number | boolean | null] => e[1] === null || ['string', 'number', 'boolean'].includes(typeof e[1])));
    await appendAudit(accountTables(s.db), { at, actor, action, target: row.number, details });
  }

  /**
   * Privacy erasure: the complaint, notes, replies and the customer reference go; the
   * chain facts (snapshots), the verdict and the event history stay.
   */
  async erase(idOrNumber: string, actor: string): Promise<CaseRow> {
    const target = await this.get(idOrNumber);
    const at = iso(this.now());
    return this.opts.store.transaction(async (s) => {
      const notes = await s.deleteNotes(target.id);
      const patch = { complaint: null, customer_ref: null, reply_draft: null, reply_sent: null, erased_at: at, updated_at: at };
      await s.updateCase(target.id, patch);
      await this.decision(s, target, 'erased', actor, at, { notesDeleted: notes });
      return { ...target, ...patch };
    });
  }

  /** Deletes cases untouched for `days` (CASE_RETENTION_DAYS); returns how many. */
  async purgeOlderThan(days: number): Promise<number> {
    if (days <= 0) return 0;
    const before = iso(this.now() - days * 86_400_000);
    let total = 0;
    for (;;) {
      const ids = await this.opts.store.staleCaseIds(before, 200);
      for (const id of ids) await this.opts.store.transaction((s) => s.deleteCase(id));
      total += ids.length;
      if (ids.length < 200) return total;
    }
  }

  /** Re-investigates a case from what it was asked (the complaint text too, unless erased). */
  async recheck(watch: WatchRow): Promise<CaseRow | undefined> {
    const row = await this.opts.store.getCase(watch.case_id);
    if (!row) return undefined;
    const input: ComplaintInput = { ...(JSON.parse(row.input) as ComplaintInput), lang: row.lang as Lang };
    if (row.complaint) input.text = row.complaint;
    else if (!input.txHash && !input.address) input.text = [...(JSON.parse(row.tx_ids) as string[]), ...(JSON.parse(row.addresses) as string[])].join(' ');
    const at = this.now();
    const deadlinePassed = Date.parse(watch.deadline_at) <= at;
    const since = at - Date.parse(row.created_at);
    const inv = await this.opts.investigator.investigate(input, { followUp: (d) => !deadlinePassed && watchReason(outcomeOf(d), since) !== null });
    return this.addInvestigation(row.id, inv, 'recheck', 'system');
  }
}

/** The webhook events a new case raises: created, and resolved when the chain already settled it. */
function webhookTypesOf(row: Pick<CaseRow, 'status'>): CaseWebhookType[] {
  return row.status === 'resolved' ? ['case.created', 'case.resolved'] : ['case.created'];
}

function networksOf(inv: Investigation): string[] {
  return [...new Set([...inv.transactions.map((t) => t.network), ...inv.addresses.map((a) => a.network), ...inv.findings.map((f) => f.network).filter((n): n is string => Boolean(n))])];
}

function changeForWebhook(c: Change) {
  return {
    ...(c.category ? { category: c.category } : {}),
    ...(c.priority ? { priority: c.priority } : {}),
    codes: { added: c.codesAdded, removed: c.codesRemoved },
    transactions: c.txs,
  };
}

/** The audit log's record of an investigation filed into a case. */
function investigationAudit(row: Pick<CaseRow, 'number'>, inv: Investigation, actor: string, at: string, via: 'api' | 'console'): Omit<AuditEntry, 'id'> {
  return { at, actor, action: 'investigation.run', target: row.number, details: { category: inv.category, priority: inv.priority, via } };
}
