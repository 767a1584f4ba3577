import type { Lang } from '../../chains/types.ts';
import { Layout } from './layout.tsx';
import { MAX_AUTO_REFRESHES, NetworkBanner } from './networks-page.tsx';
import { TokenFlagBadge } from './token-flag.tsx';
import type { AmountView, StatusView, TxView } from './status-view.ts';
import { strings, type UiStrings } from './strings.ts';
import { helpPath } from '../explain/help/index.ts';
import { helpStrings } from './help-strings.ts';

export interface StatusPageProps {
  lang: Lang;
  demo: boolean;
  langHref: Record<Lang, string>;
  /** What the user typed, put back in the field. */
  q?: string;
  error?: string;
  view?: StatusView;
  /** This answer's own address, for the share link and the check-again controls. */
  selfPath?: string;
  /** The user turned automatic checking off (?refresh=off). */
  refreshOff?: boolean;
  /** How many times the page has reloaded itself (?n=); it stops after MAX_AUTO_REFRESHES, honestly saying so. */
  refreshRound?: number;
}

const withQuery = (path: string, params: Record<string, string | undefined>) => {
  const url = new URL(path, 'http://x');
  for (const [k, v] of Object.entries(params)) v === undefined ? url.searchParams.delete(k) : url.searchParams.set(k, v);
  return url.pathname + url.search;
};

/** The public page: one question in, plain words out. Never a finding's detail, evidence or reply. */
export function StatusPage(p: StatusPageProps) {
  const t = strings[p.lang];
  const v = p.view;
  const round = p.refreshRound ?? 0;
  const exhausted = round >= MAX_AUTO_REFRESHES;
  const refresh = v?.refreshSeconds && p.selfPath && !p.refreshOff && !exhausted ? { seconds: v.refreshSeconds, url: withQuery(p.selfPath, { lang: p.lang, n: String(round + 1) }) } : undefined;
  return (
    <Layout lang={p.lang} title={v ? `${v.categoryLabel} · ${t.statusTitle}` : t.statusTitle} demo={p.demo} langHref={p.langHref} refresh={refresh}>
      <h1>{t.statusHeading}</h1>
      <p class="lead">{t.statusIntro}</p>
      <form class="card" method="get" action="/" role="search">
        <label for="q">{t.inputLabel}</label>
        <p class="hint" id="q-hint">
          {t.inputHint}
        </p>
        <div class="row">
          <input
            id="q"
            name="q"
            type="text"
            value={p.q ?? ''}
            required
            maxlength={300}
            autocomplete="off"
            autocapitalize="off"
            spellcheck={false}
            aria-describedby={p.error ? 'q-hint q-error' : 'q-hint'}
            aria-invalid={p.error ? 'true' : undefined}
          />
          <input type="hidden" name="lang" value={p.lang} />
          <button type="submit">{t.check}</button>
        </div>
        {p.error ? (
          <p class="error" id="q-error" role="alert">
            {p.error}
          </p>
        ) : null}
      </form>
      {v ? <Result v={v} t={t} selfPath={p.selfPath} refreshOff={p.refreshOff || exhausted} lang={p.lang} /> : null}
    </Layout>
  );
}

export function Result({ v, t, selfPath, refreshOff, lang }: { v: StatusView; t: UiStrings; selfPath?: string; refreshOff?: boolean; lang: Lang }) {
  return (
    <section class="result" aria-labelledby="result-heading">
      <h2 id="result-heading">
        <span>{t.resultHeading}</span>
        <span class={`badge cat-${v.category}`}>{v.categoryLabel}</span>
      </h2>
      <NetworkBanner lang={lang} items={v.networkBanner} />
      <h3>{t.whatHappened}</h3>
      {v.explanation.map((para) => (
        <p>{para}</p>
      ))}
      <h3>{t.actionHeading}</h3>
      <p class={`action action-${v.action}`}>{t.action[v.action]}</p>
      {v.nextSteps.length > 0 ? (
        <>
          <h3>{t.whatToDo}</h3>
          <ol class="steps">
            {v.nextSteps.map((s) => (
              <li>{s}</li>
            ))}
          </ol>
        </>
      ) : null}
      {v.helpCode ? (
        <p class="help-link">
          <a href={helpPath(v.helpCode, lang)}>{helpStrings[lang].readMore}</a>
        </p>
      ) : null}
      {v.txs.map((tx) => (
        <Tx tx={tx} t={t} />
      ))}
      {selfPath && v.refreshSeconds ? (
        <p class="refresh" role="status">
          {refreshOff ? (
            <>
              <span>{t.refreshStopped}</span>
              <a href={`${selfPath}?lang=${lang}`}>{t.resumeRefreshing}</a>
            </>
          ) : (
            <>
              <span>{t.refreshing(v.refreshSeconds)}</span>
              <a href={`${selfPath}?lang=${lang}&refresh=off`}>{t.stopRefreshing}</a>
            </>
          )}
        </p>
      ) : null}
      {selfPath ? (
        <p class="share">
          {t.shareLink}
          {t.colon}
          <a href={`${selfPath}?lang=${lang}`}>{selfPath}</a>
        </p>
      ) : null}
    </section>
  );
}

function Tx({ tx, t }: { tx: TxView; t: UiStrings }) {
  const flagged = tx.amounts.some((a) => a.flag);
  return (
    <section class="tx" aria-label={t.transaction}>
      <h3>{t.transaction}</h3>
      <dl class="facts">
        <dt>{t.network}</dt>
        <dd>{tx.network}</dd>
        <dt>{t.status}</dt>
        <dd>
          {t.txStatus[tx.status]}
          {tx.status === 'success' ? <span class="note"> · {tx.final ? t.final : t.notFinal}</span> : null}
        </dd>
        {tx.amounts.length > 0 ? (
          <>
            <dt>{t.amount}</dt>
            <dd>
              {tx.amounts.map((a) => (
                <Amount a={a} t={t} />
              ))}
            </dd>
          </>
        ) : null}
        {tx.recipient ? (
          <>
            <dt>{t.recipient}</dt>
            <dd class="mono">{tx.recipient}</dd>
          </>
        ) : null}
        {tx.time ? (
          <>
            <dt>{t.time}</dt>
            <dd>{tx.time}</dd>
          </>
        ) : null}
        {tx.confirmations && !tx.final ? (
          <>
            <dt>{t.confirmations}</dt>
            <dd>{t.confirmationsOf(tx.confirmations.n, tx.confirmations.of)}</dd>
          </>
        ) : null}
      </dl>
      {flagged ? <p class="note">{t.untrustedNote}</p> : null}
      {tx.explorerUrl ? (
        <p>
          <a href={tx.explorerUrl} rel="noreferrer noopener">
            {tx.demoNetwork ? t.explorerLinkDemo : t.explorerLink}
          </a>
        </p>
      ) : null}
    </section>
  );
}

function Amount({ a, t }: { a: AmountView; t: UiStrings }) {
  return (
    <div class="amount">
      {a.flag ? <span class="chain-text">{a.text}</span> : <span>{a.text}</span>}
      {a.note ? <span class="note"> ({a.note === 'not-moved' ? t.amountNotMoved : t.amountNotMovedYet})</span> : null}
      <TokenFlagBadge flag={a.flag} t={t} />
    </div>
  );
}
