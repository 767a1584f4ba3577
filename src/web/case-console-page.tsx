import type { Lang } from '../../chains/types.ts';
import { CASE_STATUSES, PRIORITIES, type CaseStatus } from '../cases/model.ts';
import type { Priority } from '../diagnose/types.ts';
import { catalogs } from '../explain/render.ts';
import type { Investigation } from '../investigate.ts';
import type { CaseRow } from '../store/case-store.ts';
import { caseConsoleStrings, type CaseConsoleStrings } from './case-console-strings.ts';
import { chainText } from './chain-text.ts';
import { SignOut } from './console-page.tsx';
import { Layout } from './layout.tsx';
import { actorLabel } from './account-strings.ts';
import { consoleTime } from './console-time.ts';
import { strings } from './strings.ts';

interface Common {
  lang: Lang;
  demo: boolean;
  langHref: Record<Lang, string>;
}

/** The queue's filters as the URL carries them; '' status means "still open". */
export interface QueueFilter {
  status: '' | 'all' | CaseStatus;
  priority: '' | Priority;
  q: string;
}

export interface CaseEventView {
  seq: number;
  type: string;
  at: string;
  actor: string;
  data: Record<string, unknown>;
}

export interface CaseNoteView {
  at: string;
  author: string;
  text: string;
}

const time = consoleTime;

const statusWord = (c: CaseConsoleStrings, s: string) => (c.status as Record<string, string>)[s] ?? s;
const priorityWord = (lang: Lang, p: string) => `${p} · ${(catalogs[lang].phrases.priorities as Record<string, string>)[p] ?? ''}`;
const categoryWord = (lang: Lang, cat: string) => (catalogs[lang].phrases.categories as Record<string, string>)[cat] ?? cat;

/** Query string of the queue with these filters (and a cursor), the language kept. */
export function queueHref(lang: Lang, f: QueueFilter, cursor?: string): string {
  const q = new URLSearchParams({ lang });
  if (f.q) q.set('q', f.q);
  if (f.status) q.set('status', f.status);
  if (f.priority) q.set('priority', f.priority);
  if (cursor) q.set('cursor', cursor);
  return `/console/cases?${q}`;
}

export function CaseQueuePage(p: Common & { filter: QueueFilter; rows: CaseRow[]; nextCursor?: string; paged: boolean; error?: string }) {
  const t = strings[p.lang];
  const c = caseConsoleStrings[p.lang];
  const f = p.filter;
  return (
    <Layout lang={p.lang} title={`${c.queueTitle} · ${t.consoleTitle}`} demo={p.demo} langHref={p.langHref} wide headerExtra={<SignOut t={t} />} brandHref={`/console?lang=${p.lang}`}>
      <p>
        <a href={`/console?lang=${p.lang}`}>← {t.consoleTitle}</a>
      </p>
      <h1>{c.queueTitle}</h1>
      <p class="lead">{c.queueIntro}</p>
      <form class="card" id="queue-search" method="get" action="/console/cases" role="search">
        <input type="hidden" name="lang" value={p.lang} />
        <div class="field">
          <label for="q">{c.searchLabel}</label>
          <input id="q" name="q" type="search" value={f.q} maxlength={200} autocomplete="off" spellcheck={false} />
        </div>
        <div class="inline-form">
          <div class="field">
            <label for="status">{c.statusFilter}</label>
            <select id="status" name="status">
              <option value="" selected={f.status === ''}>
                {c.statusActive}
              </option>
              <option value="all" selected={f.status === 'all'}>
                {c.statusAll}
              </option>
              {CASE_STATUSES.map((s) => (
                <option value={s} selected={f.status === s}>
                  {c.status[s]}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="priority">{c.priorityFilter}</label>
            <select id="priority" name="priority">
              <option value="" selected={f.priority === ''}>
                {c.priorityAll}
              </option>
              {PRIORITIES.map((pr) => (
                <option value={pr} selected={f.priority === pr}>
                  {priorityWord(p.lang, pr)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit">{c.search}</button>
          <a href={`/console/cases?lang=${p.lang}`}>{c.clear}</a>
        </div>
        {p.error ? (
          <p class="error" role="alert">
            {p.error}
          </p>
        ) : null}
      </form>
      <section class="card" aria-labelledby="queue-heading">
        <h2 id="queue-heading">
          {c.queueTitle}
        </h2>
        {p.rows.length === 0 ? (
          <p class="meta">{c.empty}</p>
        ) : (
          <div class="table-scroll">
            <table id="case-queue">
              <thead>
                <tr>
                  <th scope="col">{c.colCase}</th>
                  <th scope="col">{c.colPriority}</th>
                  <th scope="col">{c.colStatus}</th>
                  <th scope="col">{c.colCategory}</th>
                  <th scope="col">{c.colReceived}</th>
                  <th scope="col">{c.colAssignee}</th>
                  <th scope="col">{c.colTicket}</th>
                </tr>
              </thead>
              <tbody>
                {p.rows.map((r) => (
                  <tr>
                    <td>
                      <a class="mono" href={`/console/cases/${r.number}?lang=${p.lang}`}>
                        {r.number}
                      </a>
                    </td>
                    <td>
                      <span class={`badge prio-${r.priority}`}>{priorityWord(p.lang, r.priority)}</span>
                    </td>
                    <td>{statusWord(c, r.status)}</td>
                    <td>
                      <span class={`badge cat-${r.category}`}>{categoryWord(p.lang, r.category)}</span>
                    </td>
                    <td>{time(r.created_at, p.lang)}</td>
                    <td>{r.assignee ?? <span class="meta">{c.unassigned}</span>}</td>
                    <td class="mono">{r.external_ref ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <nav class="actions" aria-label={c.queueTitle}>
          {p.paged ? <a href={queueHref(p.lang, f)}>{c.firstPage}</a> : null}
          {p.nextCursor ? (
            <a href={queueHref(p.lang, f, p.nextCursor)} rel="next">
              {c.nextPage} →
            </a>
          ) : null}
        </nav>
      </section>
    </Layout>
  );
}

export interface CaseConsoleProps extends Common {
  row: CaseRow;
  inv: Investigation | undefined;
  events: CaseEventView[];
  notes: CaseNoteView[];
  publicPath: string;
  /** Display names of the agents and keys in the timeline and notes. */
  names: ReadonlyMap<string, string>;
  /** Enabled agent accounts, offered as assignees (the field still takes any text). */
  agents?: ReadonlyArray<{ username: string; displayName: string }>;
  error?: string;
}

function eventDetail(e: CaseEventView, lang: Lang, c: CaseConsoleStrings): string {
  const d = e.data;
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  switch (e.type) {
    case 'status_changed':
      return `${statusWord(c, str(d.from))} → ${statusWord(c, str(d.to))}`;
    case 'priority_changed':
      return `${priorityWord(lang, str(d.from))} → ${priorityWord(lang, str(d.to))}`;
    case 'assigned':
      return `${str(d.from) || c.unassigned} → ${str(d.to) || c.unassigned}`;
    case 'investigated':
    case 'rechecked':
      return d.category ? categoryWord(lang, str(d.category)) : '';
    default:
      return '';
  }
}

/** The agents' page of one case: what the chain says, the reply, notes, status and the timeline. */
export function CaseConsolePage(p: CaseConsoleProps) {
  const t = strings[p.lang];
  const c = caseConsoleStrings[p.lang];
  const { row, inv } = p;
  const base = `/console/cases/${row.number}`;
  const q = `?lang=${p.lang}`;
  const draft = row.reply_draft ?? inv?.suggestedReply ?? '';
  const replyLang = row.lang === 'zh' || row.lang === 'en' ? strings[row.lang].langName : row.lang;
  const status = row.status as CaseStatus;
  return (
    <Layout lang={p.lang} title={`${c.caseHeading(row.number)} · ${t.consoleTitle}`} demo={p.demo} langHref={p.langHref} wide headerExtra={<SignOut t={t} />} brandHref={`/console?lang=${p.lang}`}>
      <p>
        <a href={`/console/cases${q}`}>← {c.backToQueue}</a>
      </p>
      <h1>{c.caseHeading(row.number)}</h1>
      <p>
        <span class={`badge prio-${row.priority}`}>{priorityWord(p.lang, row.priority)}</span> <span class={`badge cat-${row.category}`}>{categoryWord(p.lang, row.category)}</span>{' '}
        <strong id="case-status">{statusWord(c, status)}</strong>
      </p>
      {p.error ? (
        <p class="error" role="alert">
          {p.error}
        </p>
      ) : null}
      <div class="grid">
        <div>
          <section class="card" aria-labelledby="facts-heading">
            <h2 id="facts-heading">{c.caseHeading(row.number)}</h2>
            <dl class="facts">
              <dt>{c.received}</dt>
              <dd>{time(row.created_at, p.lang)}</dd>
              <dt>{c.updated}</dt>
              <dd>{time(row.updated_at, p.lang)}</dd>
              <dt>{c.ticket}</dt>
              <dd class="mono">{row.external_ref ?? '—'}</dd>
              <dt>{c.customer}</dt>
              <dd class="mono">{row.customer_ref ?? '—'}</dd>
              <dt>{c.channel}</dt>
              <dd>{row.channel ? (c.channels[row.channel] ?? row.channel) : '—'}</dd>
              <dt>{c.watched}</dt>
              <dd>{row.watched ? c.watchedOn : c.watchedOff}</dd>
              <dt>{c.userLink}</dt>
              <dd>
                <a id="user-link" href={p.publicPath}>
                  /c/{row.number}
                </a>
              </dd>
            </dl>
          </section>
          <section class="card" aria-labelledby="complaint-heading">
            <h2 id="complaint-heading">{c.complaint}</h2>
            {row.complaint === null ? <p class="meta">{c.complaintErased}</p> : <p class="chain-text pre" id="complaint-text">{chainText(row.complaint, 10_000)}</p>}
          </section>
          <section class="card" aria-labelledby="findings-heading">
            <h2 id="findings-heading">{c.latestFindings}</h2>
            {!inv || inv.findings.length === 0 ? <p>{c.noFindings}</p> : null}
            {inv ? (
              <ul>
                {inv.findings.map((f) => (
                  <li class="finding-line">
                    <span class={`badge sev-${f.severity}`}>{t.severity[f.severity]}</span> {chainText(f.title, 200)} <code class="code">{f.code}</code>
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
          <section class="card" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{c.timeline}</h2>
            <ol class="timeline" id="timeline">
              {p.events.map((e) => {
                const detail = eventDetail(e, p.lang, c);
                return (
                  <li data-event={e.type}>
                    <span class="meta">{time(e.at, p.lang)}</span> {(c.event as Record<string, string>)[e.type] ?? e.type}
                    {detail ? ` · ${detail}` : ''} <span class="meta actor">({actorLabel(e.actor, p.names, p.lang)})</span>
                  </li>
                );
              })}
            </ol>
          </section>
        </div>
        <div>
          <section class="card reply" aria-labelledby="reply-heading">
            <h2 id="reply-heading">{c.reply}</h2>
            <form method="post" action={`${base}/reply${q}`}>
              <label for="reply" class="meta">
                {c.replyLabel(replyLang)}
              </label>
              <textarea id="reply" name="reply" maxlength={20_000}>
                {draft}
              </textarea>
              <div class="actions">
                <button type="button" data-copy="reply" data-status="copy-status" data-copied={t.copied} data-failed={t.copyFailed} hidden>
                  {t.copyReply}
                </button>
                <button type="submit" name="action" value="save" class="secondary">
                  {c.saveDraft}
                </button>
                <button type="submit" name="action" value="sent">
                  {c.markSent}
                </button>
                <p id="copy-status" class="status-line" role="status" aria-live="polite"></p>
              </div>
            </form>
            <p class="meta" id="reply-sent-state">
              {row.reply_sent_at ? c.sentAt(time(row.reply_sent_at, p.lang)) : c.notSent}
            </p>
            {row.reply_sent ? (
              <details>
                <summary>{c.sentReply}</summary>
                <p class="chain-text pre" id="reply-sent">{row.reply_sent}</p>
              </details>
            ) : null}
          </section>
          <section class="card" aria-labelledby="manage-heading">
            <h2 id="manage-heading">{c.manage}</h2>
            <form method="post" action={`${base}/update${q}`}>
              <div class="inline-form">
                <div class="field">
                  <label for="case-status-select">{c.statusFilter}</label>
                  <select id="case-status-select" name="status">
                    {CASE_STATUSES.map((s) => (
                      <option value={s} selected={s === status}>
                        {c.status[s]}
                      </option>
                    ))}
                  </select>
                </div>
                <div class="field">
                  <label for="case-priority-select">{c.priorityFilter}</label>
                  <select id="case-priority-select" name="priority">
                    {PRIORITIES.map((pr) => (
                      <option value={pr} selected={pr === row.priority}>
                        {priorityWord(p.lang, pr)}
                      </option>
                    ))}
                  </select>
                </div>
                <div class="field">
                  <label for="assignee">{c.assignee}</label>
                  <input id="assignee" name="assignee" value={row.assignee ?? ''} maxlength={100} autocomplete="off" list={p.agents?.length ? 'agent-usernames' : undefined} />
                  {p.agents?.length ? (
                    <datalist id="agent-usernames">
                      {p.agents.map((a) => (
                        <option value={a.username}>{a.displayName}</option>
                      ))}
                    </datalist>
                  ) : null}
                </div>
                <button type="submit">{c.save}</button>
              </div>
            </form>
            <div class="actions">
              {status !== 'resolved' ? (
                <form method="post" action={`${base}/update${q}`}>
                  <input type="hidden" name="status" value="resolved" />
                  <button type="submit">{c.resolve}</button>
                </form>
              ) : null}
              {status !== 'closed' ? (
                <form method="post" action={`${base}/update${q}`}>
                  <input type="hidden" name="status" value="closed" />
                  <button type="submit" class="secondary">
                    {c.close}
                  </button>
                </form>
              ) : null}
              {status === 'resolved' || status === 'closed' ? (
                <form method="post" action={`${base}/update${q}`}>
                  <input type="hidden" name="status" value="open" />
                  <button type="submit" class="secondary">
                    {c.reopen}
                  </button>
                </form>
              ) : null}
            </div>
          </section>
          <section class="card" aria-labelledby="notes-heading">
            <h2 id="notes-heading">{c.notes}</h2>
            {p.notes.length === 0 ? <p class="meta">{c.noNotes}</p> : null}
            <ol class="notes" id="notes">
              {p.notes.map((n) => (
                <li>
                  <p class="meta">
                    {time(n.at, p.lang)} · {actorLabel(n.author, p.names, p.lang)}
                  </p>
                  <p class="chain-text pre">{n.text}</p>
                </li>
              ))}
            </ol>
            <form method="post" action={`${base}/note${q}`}>
              <div class="field">
                <label for="note">{c.noteLabel}</label>
                <textarea id="note" name="note" required maxlength={10_000}></textarea>
              </div>
              <button type="submit">{c.addNote}</button>
            </form>
          </section>
        </div>
      </div>
    </Layout>
  );
}
