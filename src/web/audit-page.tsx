import type { Lang } from '../../chains/types.ts';
import { AUDIT_ACTIONS, type AuditAction, type AuditEntry } from '../accounts/audit.ts';
import type { Principal } from '../accounts/principal.ts';
import { CASE_NUMBER_PATTERN } from '../cases/case-number.ts';
import { accountStrings, actorLabel } from './account-strings.ts';
import { caseConsoleStrings } from './case-console-strings.ts';
import { SignOut } from './console-page.tsx';
import { ConsoleNav } from './console-nav.tsx';
import { consoleTime } from './console-time.ts';
import { Layout } from './layout.tsx';
import { strings } from './strings.ts';

export interface AuditFilter {
  actor: string;
  action: '' | AuditAction;
}

export interface AuditPageProps {
  lang: Lang;
  demo: boolean;
  langHref: Record<Lang, string>;
  principal: Principal | undefined;
  filter: AuditFilter;
  entries: AuditEntry[];
  names: ReadonlyMap<string, string>;
  nextCursor?: string;
  paged: boolean;
}

export function auditHref(lang: Lang, f: AuditFilter, cursor?: string): string {
  const q = new URLSearchParams({ lang });
  if (f.actor) q.set('actor', f.actor);
  if (f.action) q.set('action', f.action);
  if (cursor) q.set('cursor', cursor);
  return `/console/audit?${q}`;
}

/** Details as a person reads them: case states in words, the rest as recorded (never secrets). */
function detailText(e: AuditEntry, lang: Lang): string {
  const statusWords = caseConsoleStrings[lang].status as Record<string, string>;
  return Object.entries(e.details)
    .map(([k, v]) => {
      if (e.action === 'case.status_changed' && (k === 'from' || k === 'to') && typeof v === 'string') return `${k}: ${statusWords[v] ?? v}`;
      return `${k}: ${v === null ? '—' : String(v)}`;
    })
    .join(' · ');
}

/** Leads' and admins' page: who did what, newest first, filtered by actor or action. */
export function AuditPage(p: AuditPageProps) {
  const t = strings[p.lang];
  const a = accountStrings[p.lang];
  const q = `?lang=${p.lang}`;
  return (
    <Layout lang={p.lang} title={`${a.auditTitle} · ${t.consoleTitle}`} demo={p.demo} langHref={p.langHref} wide headerExtra={<SignOut t={t} />} brandHref={`/console${q}`}>
      <p>
        <a href={`/console${q}`}>← {t.consoleTitle}</a>
      </p>
      <h1>{a.auditTitle}</h1>
      <ConsoleNav lang={p.lang} principal={p.principal} hasCases />
      <p class="lead">{a.auditIntro}</p>
      <form class="card inline-form" id="audit-filter" method="get" action="/console/audit">
        <input type="hidden" name="lang" value={p.lang} />
        <div class="field">
          <label for="audit-actor">{a.filterWho}</label>
          <input id="audit-actor" name="actor" type="text" maxlength={120} value={p.filter.actor} autocomplete="off" spellcheck={false} />
        </div>
        <div class="field">
          <label for="audit-action">{a.filterWhat}</label>
          <select id="audit-action" name="action">
            <option value="">{a.anyAction}</option>
            {AUDIT_ACTIONS.map((x) => (
              <option value={x} selected={x === p.filter.action}>
                {a.actions[x]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{a.applyFilter}</button>
        {p.filter.actor || p.filter.action ? (
          <a class="button secondary" href={`/console/audit${q}`}>
            {a.clearFilter}
          </a>
        ) : null}
      </form>
      <section class="card" aria-label={a.auditTitle}>
        {p.entries.length === 0 ? (
          <p class="meta">{a.noEntries}</p>
        ) : (
          <div class="table-scroll">
            <table id="audit">
              <thead>
                <tr>
                  <th scope="col">{a.colWhen}</th>
                  <th scope="col">{a.colWho}</th>
                  <th scope="col">{a.colWhat}</th>
                  <th scope="col">{a.colOn}</th>
                  <th scope="col">{a.colDetails}</th>
                </tr>
              </thead>
              <tbody>
                {p.entries.map((e) => {
                  const caseNumber = e.target && CASE_NUMBER_PATTERN.test(e.target) ? e.target : null;
                  return (
                    <tr data-action={e.action} data-actor={e.actor}>
                      <td>{consoleTime(e.at, p.lang)}</td>
                      <td>
                        <a class="actor-name" href={auditHref(p.lang, { actor: e.actor, action: '' })}>
                          {actorLabel(e.actor, p.names, p.lang)}
                        </a>{' '}
                        <span class="meta mono">{e.actor}</span>
                      </td>
                      <td>{a.actions[e.action] ?? e.action}</td>
                      <td class="mono">{caseNumber ? <a href={`/console/cases/${caseNumber}${q}`}>{caseNumber}</a> : (e.target ?? '—')}</td>
                      <td class="meta">{detailText(e, p.lang)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        <p>
          {p.nextCursor ? (
            <a id="audit-next" href={auditHref(p.lang, p.filter, p.nextCursor)}>
              {a.olderEntries}
            </a>
          ) : null}
          {p.paged ? (
            <>
              {p.nextCursor ? ' · ' : ''}
              <a href={auditHref(p.lang, p.filter)}>{a.newestEntries}</a>
            </>
          ) : null}
        </p>
      </section>
    </Layout>
  );
}
