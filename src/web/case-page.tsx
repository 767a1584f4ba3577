import type { Lang } from '../../chains/types.ts';
import type { CaseStatus } from '../cases/model.ts';
import { caseStrings } from './case-strings.ts';
import { Layout } from './layout.tsx';
import { Result } from './status-page.tsx';
import type { StatusView } from './status-view.ts';
import { strings } from './strings.ts';

export interface CasePageProps {
  lang: Lang;
  demo: boolean;
  langHref: Record<Lang, string>;
  number: string;
  status: CaseStatus;
  receivedAt: string;
  checkedAt: string;
  /** The latest investigation as the public status page shows it (no codes, details or replies). */
  view: StatusView;
  /** While the case is watched: reload this page (its own link, token included). */
  refresh?: { seconds: number; url: string };
}

const when = (iso: string, lang: Lang) =>
  `${new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso))} UTC`;

/**
 * The user's view of their case: plain progress and what the chain says. It never shows
 * notes, the complaint, finding codes or the agent's reply: it renders only the case
 * status, two times and a StatusView.
 */
export function CasePage(p: CasePageProps) {
  const c = caseStrings[p.lang];
  const t = strings[p.lang];
  return (
    <Layout lang={p.lang} title={c.title(p.number)} demo={p.demo} langHref={p.langHref} refresh={p.refresh}>
      <h1>{c.heading(p.number)}</h1>
      <section class="card case-progress" aria-labelledby="progress-heading">
        <h2 id="progress-heading">{c.progress}</h2>
        <p class={`case-status case-${p.status}`}>{c.status[p.status]}</p>
        <dl class="facts">
          <dt>{c.received}</dt>
          <dd>{when(p.receivedAt, p.lang)}</dd>
          <dt>{c.lastChecked}</dt>
          <dd>{when(p.checkedAt, p.lang)}</dd>
        </dl>
        {p.refresh ? (
          <p class="refresh" role="status">
            {c.watching(p.refresh.seconds)}
          </p>
        ) : null}
      </section>
      <Result v={{ ...p.view }} t={t} lang={p.lang} />
    </Layout>
  );
}

export function InvalidCaseLink({ lang, demo, langHref }: { lang: Lang; demo: boolean; langHref: Record<Lang, string> }) {
  const c = caseStrings[lang];
  return (
    <Layout lang={lang} title={c.invalidTitle} demo={demo} langHref={langHref}>
      <h1>{c.invalidTitle}</h1>
      <p>{c.invalid}</p>
    </Layout>
  );
}
