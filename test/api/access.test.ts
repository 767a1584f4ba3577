import { describe, expect, it } from 'vitest';
import { bootstrapPrincipal } from '../../src/accounts/account-store.ts';
import { createApp } from '../../src/api/app.ts';
import type { RunningInstance } from '../../src/runtime.ts';
import { useDemoApp } from '../support/demo-app.ts';

/**
 * Who can reach what, and what every response carries: agent-only routes refuse
 * requests without the agent key, public routes are rate limited, pages carry the
 * security headers and never inline a script, a style or a chain's text as markup.
 */
let instance: RunningInstance;
let app: ReturnType<typeof createApp>;
let agent: Record<string, string>;
const caseHash = (scenario: string) => instance.demoCases.find((c) => c.scenario === scenario)!.txHash!;

useDemoApp({}, (demo) => ({ instance, app, agent } = demo));

const json = { 'content-type': 'application/json' };
const complaint = () => JSON.stringify({ txHash: caseHash('revert-with-reason') });

async function sessionCookie(): Promise<string> {
  const res = await app.request('/console/login', { method: 'POST', body: new URLSearchParams({ key: instance.agentKey! }) });
  expect(res.status).toBe(303);
  const setCookie = res.headers.get('set-cookie')!;
  expect(setCookie).toMatch(/HttpOnly/);
  expect(setCookie).toMatch(/SameSite=Strict/);
  expect(setCookie).not.toContain(instance.agentKey!);
  return setCookie.split(';')[0];
}

describe('agent-only routes', () => {
  const apiRoutes: [string, string, RequestInit?][] = [
    ['POST', '/v1/investigations', { method: 'POST', headers: json }],
    ['GET', '/v1/investigations', undefined],
    ['GET', '/v1/investigations/00000000-0000-4000-8000-000000000000', undefined],
  ];

  it.each(apiRoutes)('%s %s answers 401 without the key, or with a wrong one', async (_m, path, init) => {
    const attempts: Record<string, string>[] = [{}, { authorization: 'Bearer wrong-key-wrong-key' }, { authorization: `Basic ${instance.agentKey}` }, { cookie: 'txtriage_agent=1.abc' }];
    for (const headers of attempts) {
      const res = await app.request(path, { ...init, headers: { ...(init?.headers as Record<string, string>), ...headers }, body: init?.method === 'POST' ? complaint() : undefined });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(await res.json()).toMatchObject({ status: 401, code: 'UNAUTHORIZED' });
    }
  });

  it('lets the helpdesk system in with the Bearer key', async () => {
    const res = await app.request('/v1/investigations', { method: 'POST', headers: { ...json, ...agent }, body: complaint() });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const { id } = await res.json();
    expect((await app.request(`/v1/investigations/${id}`, { headers: agent })).status).toBe(200);
    expect((await (await app.request('/v1/investigations', { headers: agent })).json())[0].id).toBe(id);
  });

  it.each([
    ['GET', '/console'],
    ['POST', '/console'],
    ['GET', '/console/i/00000000-0000-4000-8000-000000000000'],
    ['POST', '/console/i/00000000-0000-4000-8000-000000000000/reply'],
  ])('%s %s sends a browser without a session to the login page', async (method, path) => {
    const res = await app.request(path, { method, body: method === 'POST' ? new URLSearchParams({ text: 'hi', lang: 'en' }) : undefined });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toMatch(/^\/console\/login/);
  });

  it('refuses a wrong key at the login form', async () => {
    const res = await app.request('/console/login?lang=en', { method: 'POST', body: new URLSearchParams({ key: 'not-the-key-at-all' }) });
    expect(res.status).toBe(401);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(await res.text()).toContain('That key is not correct.');
  });

  it('opens the console with the session cookie, and the agent API too', async () => {
    const cookie = await sessionCookie();
    expect((await app.request('/console', { headers: { cookie } })).status).toBe(200);
    expect((await app.request('/v1/investigations', { headers: { cookie } })).status).toBe(200);
  });

  it('refuses the session cookie on a form posted from another site (CSRF)', async () => {
    const cookie = await sessionCookie();
    const form = () => new URLSearchParams({ text: caseHash('revert-with-reason') });
    const crossSite = await app.request('/console', { method: 'POST', headers: { cookie, 'sec-fetch-site': 'cross-site' }, body: form() });
    expect(crossSite.headers.get('location')).toMatch(/^\/console\/login/);
    const otherOrigin = await app.request('http://localhost/console', { method: 'POST', headers: { cookie, origin: 'https://evil.example' }, body: form() });
    expect(otherOrigin.headers.get('location')).toMatch(/^\/console\/login/);
    const sameSite = await app.request('http://localhost/console', { method: 'POST', headers: { cookie, origin: 'http://localhost', 'sec-fetch-site': 'same-origin' }, body: form() });
    expect(sameSite.headers.get('location')).toMatch(/^\/console\/i\//);
  });

  it('refuses a tampered session cookie', async () => {
    const cookie = await sessionCookie();
    const [name, value] = cookie.split('=');
    for (const forged of [`${value.slice(0, -1)}${value.endsWith('A') ? 'B' : 'A'}`, `${Math.floor(Date.now() / 1000)}.${value}`, value.slice(1)]) {
      expect((await app.request('/console', { headers: { cookie: `${name}=${forged}` } })).status).toBe(303);
    }
  });

  it('without AGENT_API_KEY, closes the key door (503, says why) but lets agent accounts in', async () => {
    const closed = createApp({ ...instance, agentKey: null });
    expect((await closed.request('/v1/investigations', { headers: { authorization: 'Bearer anything-at-all' } })).status).toBe(401);
    const login = await closed.request('/console/login', { method: 'POST', body: new URLSearchParams({ key: '' }) });
    expect(login.status).toBe(503);
    expect(await login.text()).toContain('AGENT_API_KEY');
    await instance.accounts.createAgent({ username: 'nokey', role: 'agent', password: 'no bootstrap key here 9' }, bootstrapPrincipal());
    const agent = await closed.request('/console/login', { method: 'POST', body: new URLSearchParams({ username: 'nokey', password: 'no bootstrap key here 9' }) });
    expect(agent.status).toBe(303);
    expect((await closed.request('/console', { headers: { cookie: agent.headers.get('set-cookie')!.split(';')[0] } })).status).toBe(200);
  });
});

describe('public routes', () => {
  it.each(['/', `/s/ethereum/${'0x' + '12'.repeat(32)}`, '/healthz', '/v1/demo', '/openapi.json', '/docs', `/v1/tx/${'0x' + '12'.repeat(32)}`])('%s needs no key', async (path) => {
    expect((await app.request(path)).status).toBe(200);
  });

  it('rate limits per client with 429, Retry-After and problem JSON (HTML for browsers)', async () => {
    const limited = createApp({ ...instance, config: { ...instance.config, RATE_LIMIT_PER_MINUTE: 60, RATE_LIMIT_BURST: 3 } });
    for (let i = 0; i < 3; i++) expect((await limited.request('/v1/demo')).status).toBe(200);
    const res = await limited.request('/v1/demo');
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await res.json()).toMatchObject({ status: 429, code: 'RATE_LIMITED' });

    const page = await limited.request('/?lang=en', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(429);
    expect(await page.text()).toMatch(/Please wait \d+ seconds/);
    // Agents and static files do not spend the public budget.
    expect((await limited.request('/v1/investigations', { headers: agent })).status).toBe(200);
    expect((await limited.request('/assets/app.css')).status).toBe(200);
    // A wrong key is not an agent: it is limited like anyone else (no brute force).
    expect((await limited.request('/v1/investigations', { headers: { authorization: 'Bearer wrong-key-wrong-key' } })).status).toBe(429);
  });
});

describe('what pages are made of', () => {
  it('sends the security headers on pages and on the API', async () => {
    for (const path of ['/', '/console/login', '/healthz', '/docs']) {
      const res = await app.request(path);
      const csp = res.headers.get('content-security-policy')!;
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBe('same-origin');
    }
  });

  it('has no inline script, no inline style, no event-handler attribute and no third-party URL', async () => {
    const cookie = await sessionCookie();
    const post = await app.request('/console', { method: 'POST', headers: { cookie }, body: new URLSearchParams({ text: `钱包里多了个币 ${caseHash('phishing-token-name')}` }) });
    const investigation = post.headers.get('location')!;
    const pages = ['/', `/s/ethereum/${caseHash('phishing-token-name')}`, '/console/login', '/docs', '/nowhere'];
    for (const [path, headers] of [...pages.map((p) => [p, { accept: 'text/html' }] as const), [investigation, { cookie }] as const, ['/console', { cookie }] as const]) {
      const html = await (await app.request(path, { headers })).text();
      expect(html, path).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/i);
      expect(html, path).not.toMatch(/<style|\sstyle=/i);
      expect(html, path).not.toMatch(/\son[a-z]+=["']/i);
      // Absolute links to this instance itself ("link to this answer": the request's origin, http://localhost here) are not third-party.
      expect(html, path).not.toMatch(/(src|href)="(https?:)?\/\/(?!127\.0\.0\.1|localhost\/)/i);
    }
  });

  it('prints token names as text, never as markup', async () => {
    const html = await (await app.request(`/s/ethereum/${caseHash('phishing-token-name')}?lang=en`)).text();
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('Visit usdt-claim[.]com'); // chain text is defanged
    expect(html).not.toMatch(/href="[^"]*usdt-claim/);
    expect(html).toContain('data-flag="phishing"');

    const cookie = await sessionCookie();
    const post = await app.request('/console', { method: 'POST', headers: { cookie }, body: new URLSearchParams({ text: caseHash('phishing-token-name') }) });
    const agentPage = await (await app.request(post.headers.get('location')!, { headers: { cookie } })).text();
    expect(agentPage).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(agentPage).not.toContain('<img src=x');
    expect(agentPage).toContain('data-flag="phishing"');
  });

  it('never shows agent-only text on the status page', async () => {
    const hash = caseHash('revert-with-reason');
    const inv = await instance.investigator.investigate({ txHash: hash, lang: 'en' });
    const html = await (await app.request(`/s/ethereum/${hash}?lang=en`)).text();
    expect(html).toContain('Vault: amount exceeds daily withdrawal limit');
    // Links aside: the result links its help article, whose address (/help/TX_REVERTED) names the code without showing it.
    const shown = html.replace(/href="[^"]*"/g, '');
    for (const agentOnly of [inv.findings[0].detail, inv.findings[0].title, 'TX_REVERTED', 'Hello, thank you for your patience', 'revert data', inv.priority]) {
      expect(shown).not.toContain(agentOnly);
    }
  });

  it('answers browsers with an HTML 404 and API clients with problem JSON', async () => {
    const page = await app.request('/no/such/page', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(404);
    expect(page.headers.get('content-type')).toContain('text/html');
    const api = await app.request('/v1/nothing', { headers: { accept: 'text/html' } });
    expect(api.headers.get('content-type')).toContain('application/problem+json');
  });
});
