import { describe, expect, it } from 'vitest';
import { bootstrapPrincipal } from '../../src/accounts/account-store.ts';
import { createApp } from '../../src/api/app.ts';
import type { RunningInstance } from '../../src/runtime.ts';
import { useDemoApp } from '../support/demo-app.ts';

/**
 * Console sessions are server-side (the case store's `agent_sessions`): logout, disabling
 * an agent and a new AGENT_API_KEY end them at once; sign-in and sign-out check the origin.
 */
let instance: RunningInstance;
let app: ReturnType<typeof createApp>;
const PASSWORD = 'a long enough password 42';
useDemoApp({}, async (demo) => {
  ({ instance, app } = demo);
  await instance.accounts.createAgent({ username: 'ana', displayName: 'Ana Silva', role: 'agent', password: PASSWORD }, bootstrapPrincipal());
});

const sameSite = { origin: 'http://localhost', 'sec-fetch-site': 'same-origin' };

async function signIn(form: Record<string, string> = { key: instance.agentKey! }, target = app): Promise<string> {
  const res = await target.request('http://localhost/console/login', { method: 'POST', headers: { origin: 'http://localhost' }, body: new URLSearchParams(form) });
  expect(res.status).toBe(303);
  return res.headers.get('set-cookie')!.split(';')[0];
}
const asAna = () => signIn({ username: 'ana', password: PASSWORD });
const opens = async (cookie: string, target = app) => (await target.request('/console', { headers: { cookie } })).status === 200;

describe('console sessions', () => {
  it('end at logout: the old cookie no longer opens the console', async () => {
    for (const cookie of [await signIn(), await asAna()]) {
      expect(await opens(cookie)).toBe(true);
      const out = await app.request('http://localhost/console/logout', { method: 'POST', headers: { cookie, ...sameSite } });
      expect(out.status).toBe(303);
      expect(await opens(cookie)).toBe(false);
      expect((await app.request('/v1/investigations', { headers: { cookie } })).status).toBe(401);
    }
    const { entries } = await instance.accounts.listAudit({ action: 'auth.sign_out' });
    expect(entries.map((e) => e.actor).sort()).toEqual(['agent:ana', 'bootstrap']);
  });

  it('end at once when the agent is disabled (every session of theirs), or the key replaced', async () => {
    const cookie = await asAna();
    const other = await asAna();
    expect(await opens(cookie)).toBe(true);
    const disable = await app.request('/v1/agents/ana', { method: 'PATCH', headers: { authorization: `Bearer ${instance.agentKey}`, 'content-type': 'application/json' }, body: JSON.stringify({ enabled: false }) });
    expect(disable.status).toBe(200);
    expect(await opens(cookie)).toBe(false);
    expect(await opens(other)).toBe(false);
    const refused = await app.request('http://localhost/console/login?lang=en', { method: 'POST', headers: { origin: 'http://localhost' }, body: new URLSearchParams({ username: 'ana', password: PASSWORD }) });
    expect(refused.status).toBe(401);
    await instance.accounts.updateAgent('ana', { enabled: true }, bootstrapPrincipal());

    const again = await signIn();
    const rekeyed = createApp({ ...instance, agentKey: 'a-completely-different-agent-key' });
    expect(await opens(again, rekeyed)).toBe(false);
    // An agent's own session does not depend on the key.
    expect(await opens(await asAna(), rekeyed)).toBe(true);
  });

  it('keep no key, no password and no token in the store: only the token’s hash', async () => {
    const cookie = await signIn();
    const token = cookie.split('=')[1];
    expect(token).not.toContain(instance.agentKey!);
    const rows = await instance.database!.db.selectFrom('agent_sessions').selectAll().execute();
    const stored = JSON.stringify(rows);
    expect(stored).not.toContain(token);
    expect(stored).not.toContain(instance.agentKey!);
    expect(stored).not.toContain(PASSWORD);
  });

  it('refuse a logout or a sign-in posted from another site', async () => {
    const cookie = await signIn();
    const forcedOut = await app.request('http://localhost/console/logout', { method: 'POST', headers: { cookie, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' } });
    expect(forcedOut.status).toBe(403);
    expect(await forcedOut.json()).toMatchObject({ code: 'FORBIDDEN_ORIGIN' });
    expect(await opens(cookie)).toBe(true);
    for (const form of [{ key: instance.agentKey! }, { username: "ana", password: PASSWORD }] as Record<string, string>[]) {
      const forcedIn = await app.request('http://localhost/console/login', { method: 'POST', headers: { 'sec-fetch-site': 'cross-site' }, body: new URLSearchParams(form) });
      expect(forcedIn.status).toBe(403);
      expect(forcedIn.headers.get('set-cookie')).toBeNull();
    }
  });

  it('back off after repeated wrong passwords, and say so in the page’s language', async () => {
    // Behind a trusted proxy, so this test's client is its own (203.0.113.9).
    const proxied = createApp({ ...instance, config: { ...instance.config, TRUST_PROXY: true } });
    const attempt = (lang: string, headers: Record<string, string> = {}) =>
      proxied.request(`http://localhost/console/login?lang=${lang}`, { method: 'POST', headers: { origin: 'http://localhost', 'x-forwarded-for': '203.0.113.9', ...headers }, body: new URLSearchParams({ username: 'nobody-here', password: 'wrong password 123' }) });
    for (let i = 0; i < 5; i++) {
      const res = await attempt('en');
      expect(res.status).toBe(401);
      expect(await res.text()).toContain('That user name and password do not match an active account.');
    }
    const en = await attempt('en');
    expect(en.status).toBe(429);
    expect(Number(en.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await en.text()).toMatch(/Too many failed sign-ins\. Please wait \d+ seconds and try again\./);
    const zh = await attempt('zh');
    expect(zh.status).toBe(429);
    expect(await zh.text()).toMatch(/登录失败次数过多，请 \d+ 秒后再试。/);
    const failures = await instance.accounts.listAudit({ action: 'auth.sign_in_failed' });
    expect(failures.entries.some((e) => e.actor === 'anonymous' && e.target === 'nobody-here')).toBe(true);
  });

  it('a wrong bootstrap key at the form is refused, audited, and opens nothing', async () => {
    const res = await app.request('http://localhost/console/login?lang=en', { method: 'POST', headers: { origin: 'http://localhost' }, body: new URLSearchParams({ key: 'not-the-key-at-all-0000' }) });
    expect(res.status).toBe(401);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(await res.text()).toContain('That key is not correct.');
    expect(bootstrapPrincipal().actor).toBe('bootstrap');
  });
});
