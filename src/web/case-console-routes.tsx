import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Lang } from '../../chains/types.ts';
import { CaseConflictError, type CaseService } from '../case-service.ts';
import { CASE_STATUSES, PRIORITIES, type CaseStatus } from '../cases/model.ts';
import type { Priority } from '../diagnose/types.ts';
import type { Investigation } from '../investigate.ts';
import { decodeCursor, encodeCursor, type CaseRow } from '../store/case-store.ts';
import { CaseConsolePage, CaseQueuePage, type QueueFilter } from './case-console-page.tsx';
import { caseConsoleStrings } from './case-console-strings.ts';
import { readForm } from './form.ts';
import { Layout } from './layout.tsx';
import type { AccountStore } from '../accounts/account-store.ts';
import { actorOf, principalOf } from '../api/middleware/identity.ts';

/** Rows per queue page: a screenful an agent can scan. */
const PAGE_SIZE = 50;
/** The timeline shows this many events (a case gathers a few dozen; re-checks that change nothing add none). */
const TIMELINE_MAX = 500;
const ACTIVE: CaseStatus[] = ['open', 'waiting_on_chain', 'waiting_on_user'];
const MAX_NOTE = 10_000;
const MAX_REPLY = 20_000;
const MAX_ASSIGNEE = 100;
const MAX_SEARCH = 200;

export interface WebDeps {
  pageLang: (c: Context) => Lang;
  demo: boolean;
  langHref: (c: Context) => Record<Lang, string>;
  html: (c: Context, node: unknown, status?: ContentfulStatusCode) => Response | Promise<Response>;
  /** Display names for timelines, and the audit log. */
  accounts: AccountStore;
}

const isStatus = (s: string | undefined): s is CaseStatus => (CASE_STATUSES as readonly string[]).includes(s ?? '');
const isPriority = (s: string | undefined): s is Priority => (PRIORITIES as readonly string[]).includes(s ?? '');

type Patch = Parameters<CaseService['update']>[1];

/** A mistake in a form: shown on the page it came from, never a 500. */
class FormError extends Error {}

/**
 * The agents' case desk: the queue (`/console/cases`) and one case (`/console/cases/{number}`).
 * Every change goes through CaseService.update, so the console, the API and the
 * webhooks see the same events. The caller mounts these behind the agents-only guard,
 * whose same-origin check protects the POST forms from cross-site requests.
 */
export function caseConsoleRoutes(cases: CaseService, deps: WebDeps) {
  const web = new Hono();
  const pageLang = deps.pageLang;
  const common = (c: Context) => ({ lang: pageLang(c), demo: deps.demo, langHref: deps.langHref(c) });

  web.get('/console/cases', async (c) => {
    const lang = pageLang(c);
    const status = c.req.query('status') ?? '';
    const priority = c.req.query('priority') ?? '';
    const filter: QueueFilter = {
      q: (c.req.query('q') ?? '').trim().slice(0, MAX_SEARCH),
      status: status === 'all' || isStatus(status) ? status : '',
      priority: isPriority(priority) ? priority : '',
    };
    // Still open by default; a search looks at every case unless a status is chosen.
    const statuses = filter.status === 'all' ? undefined : filter.status ? [filter.status] : filter.q ? undefined : ACTIVE;
    const rawCursor = c.req.query('cursor');
    const decoded = rawCursor ? decodeCursor(rawCursor) : undefined;
    const after = decoded && decoded.order === 'queue' ? decoded : undefined;
    const rows = await cases.store.listCases({ status: statuses, priority: filter.priority ? [filter.priority] : undefined, q: filter.q || undefined }, 'queue', PAGE_SIZE + 1, after);
    const page = rows.slice(0, PAGE_SIZE);
    const last = page.at(-1);
    const nextCursor = rows.length > PAGE_SIZE && last ? encodeCursor({ order: 'queue', key: [last.priority, last.created_at, last.id] }) : undefined;
    return deps.html(c, <CaseQueuePage {...common(c)} lang={lang} filter={filter} rows={page} nextCursor={nextCursor} paged={Boolean(after)} />);
  });

  const showCase = async (c: Context, row: CaseRow, error?: string, status: ContentfulStatusCode = 200) => {
    const [latest, events, notes] = await Promise.all([cases.store.latestSnapshot(row.id), cases.store.events(row.id, 0, TIMELINE_MAX), cases.store.notes(row.id)]);
    const inv = latest ? (JSON.parse(latest.investigation) as Investigation) : undefined;
    const [names, agents] = await Promise.all([deps.accounts.actorNames([...events.map((e) => e.actor), ...notes.map((n) => n.author)]), deps.accounts.listAgents()]);
    // The page shows the complaint: reading it is on the record (once per sitting, not per reload).
    if (row.complaint !== null) await deps.accounts.auditOnce(principalOf(c)!, 'case.viewed_complaint', row.number, { via: 'console' });
    return deps.html(
      c,
      <CaseConsolePage
        {...common(c)}
        row={row}
        inv={inv}
        events={events.map((e) => ({ seq: e.seq, type: e.type, at: e.at, actor: e.actor, data: JSON.parse(e.data) as Record<string, unknown> }))}
        notes={notes.map((n) => ({ at: n.at, author: n.author, text: n.text }))}
        publicPath={`${cases.publicPath(row)}&lang=${row.lang}`}
        names={names}
        agents={agents.filter((a) => a.enabled).map((a) => ({ username: a.username, displayName: a.displayName }))}
        error={error}
      />,
      status,
    );
  };

  const missing = (c: Context) => {
    const lang = pageLang(c);
    const s = caseConsoleStrings[lang];
    return deps.html(
      c,
      <Layout lang={lang} title={s.caseMissing} demo={deps.demo} langHref={deps.langHref(c)} brandHref={`/console?lang=${lang}`}>
        <h1>{s.caseMissing}</h1>
        <p>
          <a href={`/console/cases?lang=${lang}`}>{s.backToQueue}</a>
        </p>
      </Layout>,
      404,
    );
  };

  web.get('/console/cases/:id', async (c) => {
    const row = await cases.find(c.req.param('id'));
    return row ? showCase(c, row) : missing(c);
  });

  /** Applies one form's change and shows the case again at its own address (POST-redirect-GET). */
  const change = (read: (form: Record<string, string>, lang: Lang, row: CaseRow) => Patch | Promise<Patch>, anchor: string) => async (c: Context) => {
    const lang = pageLang(c);
    const row = await cases.find(c.req.param('id') ?? '');
    if (!row) return missing(c);
    const form = await readForm(c);
    try {
      await cases.update(row.id, await read(form, lang, row), actorOf(c));
    } catch (err) {
      if (err instanceof FormError) return showCase(c, row, err.message, 400);
      if (err instanceof CaseConflictError) return showCase(c, row, caseConsoleStrings[lang].errErased, 409);
      throw err;
    }
    return c.redirect(`/console/cases/${row.number}?lang=${lang}#${anchor}`, 303);
  };

  web.post(
    '/console/cases/:id/note',
    change((form, lang) => {
      const s = caseConsoleStrings[lang];
      const note = (form.note ?? '').trim();
      if (!note) throw new FormError(s.errNoteEmpty);
      if (note.length > MAX_NOTE) throw new FormError(s.errTooLong(MAX_NOTE));
      return { note };
    }, 'notes-heading'),
  );

  web.post(
    '/console/cases/:id/reply',
    change(async (form, lang, row) => {
      const reply = (form.reply ?? '').replace(/\r\n/g, '\n');
      if (reply.length > MAX_REPLY) throw new FormError(caseConsoleStrings[lang].errTooLong(MAX_REPLY));
      const markReplySent = form.action === 'sent';
      // The suggested reply sent as it was is no edit: the history says "sent", not "edited".
      if (!row.reply_draft) {
        const latest = await cases.store.latestSnapshot(row.id);
        const suggested = latest ? (JSON.parse(latest.investigation) as Investigation).suggestedReply.replace(/\r\n/g, '\n') : undefined;
        if (reply === suggested) return { markReplySent };
      }
      return { replyDraft: reply.trim() ? reply : null, markReplySent };
    }, 'reply-heading'),
  );

  web.post(
    '/console/cases/:id/update',
    change((form, lang) => {
      const patch: Patch = {};
      if (isStatus(form.status)) patch.status = form.status;
      if (isPriority(form.priority)) patch.priority = form.priority;
      if (form.assignee !== undefined) {
        const a = form.assignee.trim();
        if (a.length > MAX_ASSIGNEE) throw new FormError(caseConsoleStrings[lang].errAssignee);
        patch.assignee = a || null;
      }
      return patch;
    }, 'manage-heading'),
  );

  return web;
}
