import type { Child } from 'hono/jsx';
import type { Lang, Network } from '../../chains/types.ts';
import { catalogs } from '../explain/render.ts';
import type { Investigation } from '../investigate.ts';
import { chainText } from './chain-text.ts';
import { evidenceLabel } from './evidence-labels.ts';
import { Layout } from './layout.tsx';
import { TokenFlagBadge } from './token-flag.tsx';
import { safeHref, statusView } from './status-view.ts';
import { strings, type UiStrings } from './strings.ts';
import { ConsoleNav } from './console-nav.tsx';
import type { Principal } from '../accounts/principal.ts';
import { caseConsoleStrings } from './case-console-strings.ts';

interface Common {
  lang: Lang;
  demo: boolean;
  langHref: Record<Lang, string>;
}

export function SignOut({ t }: { t: UiStrings }) {
  return (
    <form method="post" action="/console/logout">
      <button type="submit">{t.signOut}</button>
    </form>
  );
}

const time = (iso: string, lang: Lang) =>
  `${new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'short', timeStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso))} UTC`;

/**
 * Two doors: an agent's user name and password, and (for the first administrator, and
 * scripts' owners) the instance's agent key. Each form says its own error.
 */
export function LoginPage(p: Common & { error?: { form: 'password' | 'key'; message: string }; username?: string; closed: boolean }) {
  const t = strings[p.lang];
  const err = (form: 'password' | 'key') => (p.error?.form === form ? p.error.message : undefined);
  const passwordError = err('password');
  const keyError = err('key');
  return (
    <Layout lang={p.lang} title={`${t.signInHeading} · ${t.consoleTitle}`} demo={p.demo} langHref={p.langHref} brandHref={`/console?lang=${p.lang}`}>
      <h1>{t.consoleTitle}</h1>
      <p class="lead">{t.signInIntro}</p>
      <form class="card" id="login-form" method="post" action={`/console/login?lang=${p.lang}`}>
        <h2>{t.signInHeading}</h2>
        <div class="field">
          <label for="username">{t.usernameLabel}</label>
          <input id="username" name="username" type="text" required autocomplete="username" autocapitalize="none" spellcheck={false} value={p.username ?? ''} maxlength={64} />
        </div>
        <div class="field">
          <label for="password">{t.passwordLabel}</label>
          <input id="password" name="password" type="password" required autocomplete="current-password" maxlength={256} aria-invalid={passwordError ? 'true' : undefined} aria-describedby={passwordError ? 'password-error' : undefined} />
        </div>
        <button type="submit">{t.signIn}</button>
        {passwordError ? (
          <p class="error" id="password-error" role="alert">
            {passwordError}
          </p>
        ) : null}
      </form>
      <section class="card">
        <h2 id="key-heading">{t.keySignInHeading}</h2>
        {p.closed ? (
          <p class="error" role="alert">
            {t.consoleClosed}
          </p>
        ) : (
          <form id="key-form" method="post" action={`/console/login?lang=${p.lang}`}>
            <p class="hint">{t.keySignInIntro}</p>
            <div class="field">
              <label for="key">{t.keyLabel}</label>
              <input id="key" name="key" type="password" required autocomplete="off" aria-invalid={keyError ? 'true' : undefined} aria-describedby={keyError ? 'key-error' : undefined} />
            </div>
            <button type="submit" class="secondary">
              {t.signInWithKey}
            </button>
            {keyError ? (
              <p class="error" id="key-error" role="alert">
                {keyError}
              </p>
            ) : null}
          </form>
        )}
      </section>
    </Layout>
  );
}

export function ComplaintForm({ t, lang, text, error, maxChars }: { t: UiStrings; lang: Lang; text?: string; error?: string; maxChars: number }) {
  return (
    <form class="card" id="complaint-form" method="post" action={`/console?lang=${lang}`}>
      <h2>{t.newInvestigation}</h2>
      <div class="field">
        <label for="text">{t.complaintLabel}</label>
        <p class="hint" id="text-hint">
          {t.complaintHint}
        </p>
        <textarea id="text" name="text" required maxlength={maxChars} aria-describedby={error ? 'text-hint text-error' : 'text-hint'} aria-invalid={error ? 'true' : undefined}>
          {text ?? ''}
        </textarea>
      </div>
      <div class="inline-form">
        <div class="field">
          <label for="reply-lang">{t.replyLanguage}</label>
          <select id="reply-lang" name="lang">
            <option value="">{t.replyAuto}</option>
            <option value="zh">中文</option>
            <option value="en">English</option>
          </select>
        </div>
        <button type="submit">{t.investigate}</button>
      </div>
      {error ? (
        <p class="error" id="text-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}

export function ConsoleHome(p: Common & { recent: Investigation[]; caseOf?: (invId: string) => string | undefined; hasCases?: boolean; principal?: Principal; text?: string; error?: string; maxChars: number; networks?: Child }) {
  const t = strings[p.lang];
  return (
    <Layout lang={p.lang} title={t.consoleTitle} demo={p.demo} langHref={p.langHref} wide headerExtra={<SignOut t={t} />} brandHref={`/console?lang=${p.lang}`}>
      <h1>{t.consoleTitle}</h1>
      <ConsoleNav lang={p.lang} principal={p.principal} hasCases={Boolean(p.hasCases)} />
      <ComplaintForm t={t} lang={p.lang} text={p.text} error={p.error} maxChars={p.maxChars} />
      {p.networks}
      <RecentList t={t} lang={p.lang} recent={p.recent} caseOf={p.caseOf} />
    </Layout>
  );
}

function RecentList({ t, lang, recent, caseOf }: { t: UiStrings; lang: Lang; recent: Investigation[]; caseOf?: (invId: string) => string | undefined }) {
  const phrases = catalogs[lang].phrases;
  const cs = caseConsoleStrings[lang];
  return (
    <section class="card" aria-labelledby="recent-heading">
      <h2 id="recent-heading">{t.recentHeading}</h2>
      {recent.length === 0 ? (
        <p class="meta">{t.recentEmpty}</p>
      ) : (
        <div class="table-scroll">
          <table class="recent">
            <thead>
              <tr>
                <th scope="col">{t.colTime}</th>
                <th scope="col">{t.colCategory}</th>
                <th scope="col">{t.colPriority}</th>
                <th scope="col">{t.colFinding}</th>
                <th scope="col">{t.colTransaction}</th>
                {caseOf ? <th scope="col">{cs.caseLink}</th> : null}
              </tr>
            </thead>
            <tbody>
              {recent.map((inv) => (
                <tr>
                  <td>
                    <a href={`/console/i/${inv.id}?lang=${lang}`}>{time(inv.createdAt, lang)}</a>
                  </td>
                  <td>
                    <span class={`badge cat-${inv.category}`}>{phrases.categories[inv.category]}</span>
                  </td>
                  <td>
                    <span class={`badge prio-${inv.priority}`}>{inv.priority}</span>
                  </td>
                  <td>
                    {inv.findings[0] ? (
                      <>
                        <code>{inv.findings[0].code}</code> {chainText(inv.findings[0].title)}
                      </>
                    ) : null}
                  </td>
                  <td class="mono">{inv.understood.txIds[0] ? `${inv.understood.txIds[0].slice(0, 10)}…${inv.understood.txIds[0].slice(-6)}` : '—'}</td>
                  {caseOf ? <td class="mono">{caseOf(inv.id) ? <a href={`/console/cases/${caseOf(inv.id)}?lang=${lang}`}>{caseOf(inv.id)}</a> : '—'}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function InvestigationPage(p: Common & { inv: Investigation; networks: readonly Network[]; caseNumber?: string }) {
  const t = strings[p.lang];
  const { inv } = p;
  const phrases = catalogs[p.lang].phrases;
  const view = statusView(inv, p.networks);
  return (
    <Layout lang={p.lang} title={`${t.investigationHeading} · ${t.consoleTitle}`} demo={p.demo} langHref={p.langHref} wide headerExtra={<SignOut t={t} />} brandHref={`/console?lang=${p.lang}`}>
      <p>
        <a href={`/console?lang=${p.lang}`}>← {t.consoleTitle}</a>
      </p>
      <h1>{t.investigationHeading}</h1>
      <p class="meta">
        {time(inv.createdAt, p.lang)} · <span class="mono">{inv.id}</span> · <a href={`/v1/investigations/${inv.id}`}>{t.asJson}</a>
        {p.caseNumber ? (
          <>
            {' · '}
            <a id="case-link" href={`/console/cases/${p.caseNumber}?lang=${p.lang}`}>
              {caseConsoleStrings[p.lang].caseLink} {p.caseNumber}
            </a>
          </>
        ) : null}
      </p>
      <p>
        <span class="meta">
          {t.category}
          {t.colon}
        </span>
        <span class={`badge cat-${inv.category}`}>{phrases.categories[inv.category]}</span> <span class="meta">
          {t.priority}
          {t.colon}
        </span>
        <span class={`badge prio-${inv.priority}`}>
          {inv.priority} · {phrases.priorities[inv.priority]}
        </span>
      </p>
      <div class="grid">
        <div>
          <section class="card" aria-labelledby="findings-heading">
            <h2 id="findings-heading">{t.findings}</h2>
            {inv.findings.length === 0 ? <p>{t.noFindings}</p> : null}
            {inv.findings.map((f, i) => (
              <article class="finding" aria-labelledby={`finding-${i}`}>
                <h3 id={`finding-${i}`}>
                  <span class={`badge sev-${f.severity}`}>{t.severity[f.severity]}</span>
                  <span>{chainText(f.title, 200)}</span>
                  <span class="code">{f.code}</span>
                </h3>
                <p>{chainText(f.detail, 1000)}</p>
                {f.evidence.length > 0 ? (
                  <details open={i === 0}>
                    <summary>{t.evidence}</summary>
                    <div class="table-scroll">
                      <table class="evidence">
                        <tbody>
                          {f.evidence.map((e) => (
                            <tr>
                              <th scope="row">{evidenceLabel(e.label, p.lang)}</th>
                              <td class="mono">{safeHref(e.url) ? <a href={e.url} rel="noreferrer noopener">{chainText(e.value, 300)}</a> : chainText(e.value, 300)}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </div>
                  </details>
                ) : null}
              </article>
            ))}
          </section>
          {view.txs.length > 0 ? (
            <section class="card" aria-labelledby="tx-heading">
              <h2 id="tx-heading">{t.transactions}</h2>
              {view.txs.map((tx) => (
                <dl class="facts">
                  <dt>{t.network}</dt>
                  <dd>
                    {tx.network} · <a href={`${tx.path}?lang=${inv.lang}`}>{t.statusPageLink}</a>
                  </dd>
                  <dt>{t.status}</dt>
                  <dd>
                    {t.txStatus[tx.status]}
                    {tx.status === 'success' ? ` · ${tx.final ? t.final : t.notFinal}` : ''}
                  </dd>
                  {tx.amounts.length > 0 ? (
                    <>
                      <dt>{t.amount}</dt>
                      <dd>
                        {tx.amounts.map((a) => (
                          <div>
                            <span class="chain-text">{a.text}</span>
                            <TokenFlagBadge flag={a.flag} t={t} />
                          </div>
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
                </dl>
              ))}
            </section>
          ) : null}
          <section class="card" aria-labelledby="understood-heading">
            <h2 id="understood-heading">{t.understood}</h2>
            <dl class="facts">
              <dt>{t.txIds}</dt>
              <dd>
                <Pills items={inv.understood.txIds} none={t.none} />
              </dd>
              <dt>{t.addresses}</dt>
              <dd>
                <Pills items={inv.understood.addresses} none={t.none} />
              </dd>
              <dt>{t.hintedNetworks}</dt>
              <dd>
                <Pills items={inv.understood.hints.networks.map((id) => p.networks.find((n) => n.id === id)?.name[p.lang] ?? id)} none={t.none} />
              </dd>
              <dt>{t.intents}</dt>
              <dd>
                <Pills items={inv.understood.hints.intents.map((i) => t.intentNames[i] ?? i)} none={t.none} />
              </dd>
            </dl>
          </section>
        </div>
        <div>
          <section class="card reply" aria-labelledby="reply-heading">
            <h2 id="reply-heading">{t.suggestedReply}</h2>
            <label for="reply" class="meta">
              {t.suggestedReply} ({strings[inv.lang].langName})
            </label>
            <textarea id="reply">
              {inv.suggestedReply}
            </textarea>
            <div class="actions">
              <button type="button" data-copy="reply" data-status="copy-status" data-copied={t.copied} data-failed={t.copyFailed} hidden>
                {t.copyReply}
              </button>
              <p id="copy-status" class="status-line" role="status" aria-live="polite"></p>
            </div>
            <div class="langs" role="group" aria-label={t.replyIn}>
              <span class="meta">
                {t.replyIn}
                {t.colon}
              </span>
              {(['zh', 'en'] as const).map((l) => (
                <form method="post" action={`/console/i/${inv.id}/reply?lang=${p.lang}`}>
                  <input type="hidden" name="lang" value={l} />
                  <button type="submit" class="secondary" lang={strings[l].htmlLang} aria-pressed={l === inv.lang ? 'true' : 'false'} disabled={l === inv.lang}>
                    {strings[l].langName}
                  </button>
                </form>
              ))}
            </div>
          </section>
          <section class="card" aria-labelledby="user-heading">
            <h2 id="user-heading">{t.userText}</h2>
            {view.explanation.map((para) => (
              <p>{para}</p>
            ))}
            {view.nextSteps.length > 0 ? (
              <ol class="steps">
                {view.nextSteps.map((s) => (
                  <li>{s}</li>
                ))}
              </ol>
            ) : null}
          </section>
        </div>
      </div>
    </Layout>
  );
}

function Pills({ items, none }: { items: readonly string[]; none: string }) {
  if (items.length === 0) return <span class="meta">{none}</span>;
  return (
    <ul class="pill-list">
      {items.map((i) => (
        <li>{chainText(i, 100)}</li>
      ))}
    </ul>
  );
}
