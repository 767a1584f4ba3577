import { Hono, type Context, type MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Lang } from '../../chains/types.ts';
import { SignInRefusedError } from '../accounts/account-store.ts';
import { can } from '../accounts/principal.ts';
import type { Permission } from '../accounts/roles.ts';
import { actorOf, principalOf, type Identity } from '../api/middleware/identity.ts';
import { bucketKey, clientAddress } from '../api/middleware/rate-limit.ts';
import { sameOrigin } from '../api/middleware/same-origin.ts';
import { problem } from '../api/problem.ts';
import { defaultLogger } from '../log.ts';
import type { Runtime } from '../api/runtime.ts';
import { AppError } from '../errors/app-error.ts';
import type { ComplaintInput } from '../intake/complaint.ts';
import { findExplorerLinks, findIdentifiers } from '../intake/identifiers.ts';
import { languageFromHeader } from '../intake/language.ts';
import { normalizeIdentifier } from '../intake/normalize.ts';
import type { Investigation } from '../investigate.ts';
import { ConsoleHome, InvestigationPage, LoginPage } from './console-page.tsx';
import { readForm } from './form.ts';
import { CasePage, InvalidCaseLink } from './case-page.tsx';
import { caseConsoleRoutes } from './case-console-routes.tsx';
import { accountConsoleRoutes } from './account-console-routes.tsx';
import type { CaseStatus } from '../cases/model.ts';
import { Layout, page } from './layout.tsx';
import { StatusPage } from './status-page.tsx';
import { HelpArticlePage, HelpIndexPage } from './help-page.tsx';
import { helpStrings } from './help-strings.ts';
import { isUserFacing } from '../explain/help/index.ts';
import { NetworkGlance, NetworksPage } from './networks-page.tsx';
import { networkStatuses } from '../api/routes/networks.ts';
import { DAY_MS } from '../trends/case-record.ts';
import { trendsCsv } from '../trends/export.ts';
import { RecentInvestigationsSource } from '../trends/source.ts';
import { CaseStoreTrendsSource } from '../trends/case-store-source.ts';
import { TrendsStore } from '../store/trends-store.ts';
import { currentSurges } from '../trends/surge.ts';
import { TREND_PERIODS, TrendsPage, type TrendPeriod } from './trends-page.tsx';
import { statusView } from './status-view.ts';
import { strings, type UiStrings } from './strings.ts';

/** A status lookup is an identifier or a link, not an essay. */
const MAX_LOOKUP_CHARS = 300;

/** ?lang= first (the switch), then the browser's Accept-Language, else English. */
export function pageLang(c: Context): Lang {
  const q = c.req.query('lang');
  if (q === 'en' || q === 'zh') return q;
  return languageFromHeader(c.req.header('accept-language')) ?? 'en';
}

/** The same page in each language. */
function langHref(c: Context): Record<Lang, string> {
  const url = new URL(c.req.url);
  const to = (l: Lang) => {
    url.searchParams.set('lang', l);
    return url.pathname + url.search;
  };
  return { zh: to('zh'), en: to('en') };
}

/** Browsers asking for a page (not API clients) get HTML answers, errors included. */
export function wantsHtml(c: Context): boolean {
  return !c.req.path.startsWith('/v1/') && (c.req.header('accept') ?? '').includes('text/html');
}

function html(c: Context, node: unknown, status: ContentfulStatusCode = 200) {
  c.header('vary', 'Accept-Language');
  return c.html(page(node), status);
}

function MessagePage({ c, title, message, back }: { c: Context; title: string; message: string; back?: { href: string; text: string } }) {
  const lang = pageLang(c);
  const t = strings[lang];
  return (
    <Layout lang={lang} title={title} demo={false} langHref={langHref(c)}>
      <h1>{title}</h1>
      <p>{message}</p>
      <p>
        <a href={back?.href ?? `/?lang=${lang}`}>{back?.text ?? t.backHome}</a>
      </p>
    </Layout>
  );
}

/** HTML 404 for browsers (the API keeps its problem JSON). */
export function notFoundPage(c: Context) {
  const t = strings[pageLang(c)];
  return html(c, <MessagePage c={c} title={t.notFoundTitle} message={t.notFound} />, 404);
}

/** HTML 429 for browsers; Retry-After is already set by the rate limiter. */
export function rateLimitedPage(c: Context, retryAfterSeconds: number) {
  if (!wantsHtml(c)) return undefined;
  const t = strings[pageLang(c)];
  return html(c, <MessagePage c={c} title={t.rateLimitedTitle} message={t.errRateLimited(retryAfterSeconds)} />, 429);
}

/** Words for a lookup that could not be made; anything that is not ours to explain is a 500. */
function lookupError(err: unknown, t: UiStrings): { message: string; status: ContentfulStatusCode } {
  if (err instanceof AppError && err.code === 'UNKNOWN_NETWORK') return { message: t.errUnknownNetwork, status: 404 };
  if (err instanceof AppError && err.status < 500) return { message: t.errNotAnId, status: 400 };
  defaultLogger.error('status page lookup failed', { error: String((err as Error)?.stack ?? err) });
  return { message: t.errServer, status: 500 };
}


/**
 * The pages: the public status page (`/`, `/s/{network}/{hashOrAddress}`) and the
 * agents' console (`/console…`). Both are server-rendered and work without script.
 */
export function webRoutes(rt: Runtime, identity: Identity) {
  const web = new Hono();
  const networks = () => rt.registry.networks;
  const demo = rt.config.mode === 'demo';
  const support = { url: rt.config.SUPPORT_URL, text: rt.config.SUPPORT_TEXT };
  /** An answer's address as a person can paste it anywhere: absolute, on PUBLIC_URL when set. */
  const absolute = (c: Context, path: string) => `${(rt.config.PUBLIC_URL ?? new URL(c.req.url).origin).replace(/\/+$/, '')}${path}`;
  const round = (c: Context) => Math.max(0, Math.min(1000, Number.parseInt(c.req.query('r') ?? '0', 10) || 0));

  // ---- Public status page -------------------------------------------------------------

  web.get('/', async (c) => {
    const lang = pageLang(c);
    const t = strings[lang];
    const common = { lang, demo, langHref: langHref(c), support };
    const raw = c.req.query('q');
    if (raw === undefined) return html(c, <StatusPage {...common} />);
    const q = raw.trim();
    if (!q) return html(c, <StatusPage {...common} q={raw} error={t.errEmpty} />, 400);
    if (q.length > MAX_LOOKUP_CHARS) return html(c, <StatusPage {...common} q={q.slice(0, MAX_LOOKUP_CHARS)} error={t.errTooLong} />, 400);
    // The public page checks transactions only: an address's history (theft analysis) is for agents.
    const ids = [...findExplorerLinks(q, rt.registry.networks), ...findIdentifiers(q)];
    const txIds = ids.filter((i, n) => i.kind === 'tx' && ids.findIndex((j) => j.kind === 'tx' && j.value.toLowerCase() === i.value.toLowerCase()) === n);
    if (txIds.length === 0 && ids.some((i) => i.kind === 'address')) return html(c, <StatusPage {...common} q={q} addressAsked />);
    let inv: Investigation;
    try {
      // The transactions only (a link names its network), never the addresses beside them.
      const one = txIds.length === 1 ? txIds[0] : undefined;
      inv = await rt.investigator.investigate(one?.network ? { txHash: one.value, network: one.network, lang } : { text: txIds.map((i) => i.value).join(' ') || q, lang }, { addressHistory: false });
    } catch (err) {
      const e = lookupError(err, t);
      return html(c, <StatusPage {...common} q={q} error={e.message} />, e.status);
    }
    if (inv.understood.txIds.length === 0 && inv.understood.addresses.length === 0) {
      return html(c, <StatusPage {...common} q={q} error={t.errNotAnId} />, 400);
    }
    // One transaction found: its own page is the address to share and to check again.
    const selfPath = inv.transactions.length === 1 ? `/s/${encodeURIComponent(inv.transactions[0].network)}/${encodeURIComponent(inv.transactions[0].hash)}` : undefined;
    return html(c, <StatusPage {...common} q={q} view={statusView(inv, networks())} selfPath={selfPath} shareUrl={selfPath && absolute(c, selfPath)} />);
  });

  web.get('/s/:network/:id', async (c) => {
    const lang = pageLang(c);
    const t = strings[lang];
    const common = { lang, demo, langHref: langHref(c), support };
    const network = rt.registry.network(c.req.param('network'));
    const id = normalizeIdentifier(c.req.param('id'));
    if (!network) return html(c, <StatusPage {...common} q={id} error={t.errUnknownNetwork} />, 404);
    const found = findIdentifiers(id);
    const ident = found.length === 1 && found[0].value === id ? found[0] : undefined;
    if (!ident) return html(c, <StatusPage {...common} q={id} error={t.errNotAnId} />, 400);
    if (ident.kind === 'address') return html(c, <StatusPage {...common} q={id} addressAsked />);
    let inv: Investigation;
    try {
      inv = await rt.investigator.investigate({ txHash: id, network: network.id, lang }, { addressHistory: false });
    } catch (err) {
      const e = lookupError(err, t);
      return html(c, <StatusPage {...common} q={id} error={e.message} />, e.status);
    }
    const selfPath = `/s/${encodeURIComponent(network.id)}/${encodeURIComponent(inv.transactions[0]?.hash ?? id)}`;
    return html(c, <StatusPage {...common} q={id} view={statusView(inv, networks())} selfPath={selfPath} shareUrl={absolute(c, selfPath)} refreshOff={c.req.query('refresh') === 'off'} refreshRound={round(c)} />);
  });

  web.get('/networks', async (c) => {
    return html(c, <NetworksPage lang={pageLang(c)} demo={demo} langHref={langHref(c)} rows={await networkStatuses(rt)} round={round(c)} />);
  });

  // ---- Self-help articles (public) ----------------------------------------------------

  web.get('/help', (c) => html(c, <HelpIndexPage lang={pageLang(c)} demo={demo} langHref={langHref(c)} />));

  web.get('/help/:code', (c) => {
    const raw = c.req.param('code');
    const code = raw.toUpperCase();
    if (!isUserFacing(code)) {
      const h = helpStrings[pageLang(c)];
      return html(c, <MessagePage c={c} title={h.indexHeading} message={h.articleMissing} />, 404);
    }
    // One address per article: tx_pending → TX_PENDING.
    if (raw !== code) return c.redirect(`/help/${code}?lang=${pageLang(c)}`, 301);
    return html(c, <HelpArticlePage lang={pageLang(c)} demo={demo} langHref={langHref(c)} code={code} />);
  });

  // ---- A user's case page (the link the helpdesk shares; the token makes it unguessable) ----

  web.get('/c/:number', async (c) => {
    c.header('cache-control', 'no-store');
    const row = rt.cases ? await rt.cases.findPublic(c.req.param('number'), c.req.query('t') ?? '') : undefined;
    const latest = row ? await rt.cases!.store.latestSnapshot(row.id) : undefined;
    if (!row || !latest) {
      // Wrong number and wrong token look the same: nothing to learn by guessing.
      return html(c, <InvalidCaseLink lang={pageLang(c)} demo={demo} langHref={{ zh: '/?lang=zh', en: '/?lang=en' }} />, 404);
    }
    const q = c.req.query('lang');
    const lang: Lang = q === 'en' || q === 'zh' ? q : (row.lang as Lang);
    const view = statusView(JSON.parse(latest.investigation) as Investigation, networks());
    const seconds = row.watched ? Math.max(5, view.refreshSeconds ?? 15) : undefined;
    const self = `${rt.cases!.publicPath(row)}&lang=${lang}`;
    return html(
      c,
      <CasePage lang={lang} demo={demo} langHref={langHref(c)} number={row.number} status={row.status as CaseStatus} receivedAt={row.created_at} checkedAt={latest.created_at} view={view} refresh={seconds ? { seconds, url: self } : undefined} />,
    );
  });

  // ---- Agents' console ----------------------------------------------------------------

  /**
   * A console page's guard: without a session, the sign-in page; signed in without the
   * permission, a 403 page that says so. (A cross-site form carries no session: see Identity.)
   */
  const consolePage =
    (permission: Permission | ((c: Context) => Permission)): MiddlewareHandler =>
    async (c, next) => {
      const p = principalOf(c);
      if (!p) return c.redirect(`/console/login?lang=${pageLang(c)}`, 303);
      c.header('cache-control', 'no-store');
      if (!can(p, typeof permission === 'function' ? permission(c) : permission)) {
        const t = strings[pageLang(c)];
        return html(c, <MessagePage c={c} title={t.forbiddenTitle} message={t.forbidden} back={{ href: `/console?lang=${pageLang(c)}`, text: t.consoleTitle }} />, 403);
      }
      await next();
    };
  const closed = rt.agentKey === null;
  const login = (c: Context, extra: { error?: { form: 'password' | 'key'; message: string }; username?: string } = {}, status: ContentfulStatusCode = 200) =>
    html(c, <LoginPage lang={pageLang(c)} demo={demo} langHref={langHref(c)} closed={closed} {...extra} />, status);

  web.get('/console/login', (c) => {
    if (principalOf(c)) return c.redirect(`/console?lang=${pageLang(c)}`, 303);
    return login(c);
  });

  /** Sign-in and sign-out change who the browser is: only from our own pages (login CSRF, forced logout). */
  const ownPagesOnly: MiddlewareHandler = async (c, next) => {
    if (!sameOrigin(c)) return problem(c, new AppError('FORBIDDEN_ORIGIN', 'This form must be sent from this site.', { status: 403 }));
    await next();
  };
  web.post('/console/login', ownPagesOnly);
  web.post('/console/logout', ownPagesOnly);

  web.post('/console/login', async (c) => {
    const lang = pageLang(c);
    const t = strings[lang];
    const form = await readForm(c);
    const client = bucketKey(clientAddress(c, rt.config.TRUST_PROXY));
    const viaKey = form.key !== undefined;
    if (viaKey && closed) return login(c, {}, 503);
    try {
      const { sessionId } = viaKey
        ? await rt.accounts.signInWithBootstrapKey(form.key.trim(), rt.agentKey!, client)
        : await rt.accounts.signIn(form.username ?? '', form.password ?? '', client);
      identity.startSession(c, sessionId);
    } catch (err) {
      if (!(err instanceof SignInRefusedError)) throw err;
      const wait = err.retryAfterSeconds;
      if (wait > 0) c.header('retry-after', String(wait));
      const message = wait > 0 ? t.signInLocked(wait) : viaKey ? t.wrongKey : t.wrongPassword;
      return login(c, { error: { form: viaKey ? 'key' : 'password', message }, username: viaKey ? undefined : (form.username ?? '').slice(0, 64) }, err.status as ContentfulStatusCode);
    }
    return c.redirect(`/console?lang=${lang}`, 303);
  });

  web.post('/console/logout', async (c) => {
    await identity.endSession(c);
    return c.redirect(`/console/login?lang=${pageLang(c)}`, 303);
  });

  web.use('/console', consolePage('investigate'));
  web.use('/console/i/*', consolePage('investigate'));

  const home = async (c: Context, extra: { text?: string; error?: string } = {}, status: ContentfulStatusCode = 200) =>
    html(c, <ConsoleHome lang={pageLang(c)} demo={demo} langHref={langHref(c)} recent={rt.recent.list().slice(0, 50)} caseOf={(id) => rt.recent.caseNumber(id)} hasCases={Boolean(rt.cases)} principal={principalOf(c)} maxChars={rt.config.MAX_TEXT_CHARS} networks={<NetworkGlance lang={pageLang(c)} rows={await networkStatuses(rt)} />} {...extra} />, status);

  web.get('/console', (c) => home(c));

  // ---- Complaint trends (leads) ---------------------------------------------------------

  web.use('/console/trends', consolePage('trends:read'));
  web.use('/console/trends.csv', consolePage('trends:read'));
  // The case archive when there is one (Runtime.trends); without it, this instance's recent investigations.
  const trends = rt.trends ?? (rt.cases ? new CaseStoreTrendsSource(new TrendsStore(rt.cases.store.db, rt.cases.store.backend)) : new RecentInvestigationsSource(() => rt.recent.list()));
  const period = (c: Context): TrendPeriod => (TREND_PERIODS as readonly number[]).includes(Number(c.req.query('days'))) ? (Number(c.req.query('days')) as TrendPeriod) : 30;

  web.get('/console/trends', async (c) => {
    const days = period(c);
    const now = new Date();
    // The surge baseline needs the 7 days before the window even on the 7-day view.
    const records = await trends.records(new Date(+now - (Math.max(days, 14) + 1) * DAY_MS));
    const surges = currentSurges(records, now, rt.config.SURGE_MIN_CASES);
    return html(c, <TrendsPage lang={pageLang(c)} demo={demo} langHref={langHref(c)} days={days} now={now} records={records} surges={surges} coverage={trends.coverage} networks={networks()} />);
  });

  web.get('/console/trends.csv', async (c) => {
    const days = period(c);
    const by = c.req.query('by');
    const dim = by === 'code' || by === 'network' ? by : 'category';
    const now = new Date();
    const csv = trendsCsv(await trends.records(new Date(+now - (days + 1) * DAY_MS)), dim, days, now);
    await rt.accounts.audit(principalOf(c)!, 'trends.exported', null, { by: dim, days });
    return c.body(csv, 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="txtriage-cases-per-day-${dim}-${days}d.csv"` });
  });

  /** Investigates, keeps it in the recent list, and shows it at its own address (POST-redirect-GET). */
  const investigateAndShow = async (c: Context, input: ComplaintInput, fileAsCase = true) => {
    // A complaint an agent investigates is a case; the same complaint in another language is not a new one.
    // Filed as a case, its audit entry commits with the case (auditVia); otherwise it is written here.
    const filed = rt.cases && fileAsCase ? await rt.cases.investigate(input, { channel: 'console', actor: actorOf(c), auditVia: 'console' }) : undefined;
    const inv = filed ? filed.investigation : await rt.investigator.investigate(input);
    rt.recent.add(inv, input, filed?.caseRow.number);
    if (!filed) await rt.accounts.audit(principalOf(c)!, 'investigation.run', inv.id, { category: inv.category, priority: inv.priority, via: 'console' });
    return c.redirect(`/console/i/${inv.id}?lang=${pageLang(c)}`, 303);
  };

  web.post('/console', async (c) => {
    const t = strings[pageLang(c)];
    const form = await readForm(c);
    const text = form.text ?? '';
    const replyLang = form.lang ?? '';
    if (!text.trim()) return home(c, { error: t.errComplaintEmpty }, 400);
    if (text.length > rt.config.MAX_TEXT_CHARS) return home(c, { text: text.slice(0, rt.config.MAX_TEXT_CHARS), error: t.errComplaintTooLong(rt.config.MAX_TEXT_CHARS) }, 400);
    try {
      return await investigateAndShow(c, { text, ...(replyLang === 'en' || replyLang === 'zh' ? { lang: replyLang } : {}) });
    } catch (err) {
      if (err instanceof AppError && err.status < 500) return home(c, { text, error: err.details ? `${err.message} ${err.details}` : err.message }, 400);
      throw err;
    }
  });

  web.get('/console/i/:id', (c) => {
    const inv = rt.recent.get(c.req.param('id'));
    const lang = pageLang(c);
    if (!inv) return html(c, <MessagePage c={c} title={strings[lang].investigationHeading} message={strings[lang].investigationMissing} />, 404);
    return html(c, <InvestigationPage lang={lang} demo={demo} langHref={langHref(c)} inv={inv} networks={networks()} caseNumber={rt.recent.caseNumber(inv.id)} />);
  });

  /**
   * The reply in another language: the same diagnosis rendered again (same id, no new
   * lookup, no second row). Only investigations another instance made are investigated again.
   */
  web.post('/console/i/:id/reply', async (c) => {
    const id = c.req.param('id');
    const inv = rt.recent.get(id);
    const lang = pageLang(c);
    if (!inv) return html(c, <MessagePage c={c} title={strings[lang].investigationHeading} message={strings[lang].investigationMissing} />, 404);
    const replyLang = (await readForm(c)).lang ?? '';
    if (replyLang !== 'en' && replyLang !== 'zh') return c.redirect(`/console/i/${id}?lang=${lang}`, 303);
    const again = rt.investigator.rerender(inv, replyLang);
    if (again) {
      rt.recent.add(again, rt.recent.input(id));
      return c.redirect(`/console/i/${id}?lang=${lang}`, 303);
    }
    // Investigations made through the API before this one was kept have no input: their ids stand in.
    const input = rt.recent.input(id) ?? { text: [...inv.understood.txIds, ...inv.understood.addresses].join(' ') };
    return investigateAndShow(c, { ...input, lang: replyLang }, false);
  });

  if (rt.cases) {
    const casePermission = (c: Context): Permission => (c.req.method === 'GET' || c.req.method === 'HEAD' ? 'cases:read' : 'cases:write');
    web.use('/console/cases', consolePage(casePermission));
    web.use('/console/cases/*', consolePage(casePermission));
    web.route('/', caseConsoleRoutes(rt.cases, { pageLang, demo, langHref, html, accounts: rt.accounts }));
  }

  // ---- Agents, integration keys (admins) and the audit log (leads) ----------------------

  web.use('/console/agents', consolePage('admin'));
  web.use('/console/agents/*', consolePage('admin'));
  web.use('/console/keys', consolePage('admin'));
  web.use('/console/keys/*', consolePage('admin'));
  web.use('/console/audit', consolePage('audit:read'));
  web.route('/', accountConsoleRoutes({ pageLang, demo, langHref, html, accounts: rt.accounts }));

  return web;
}
