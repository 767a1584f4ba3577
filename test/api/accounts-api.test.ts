import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.ts';
import type { RunningInstance } from '../../src/runtime.ts';
import { useDemoApp } from '../support/demo-app.ts';

/**
 * /v1/agents, /v1/keys and /v1/audit, and what real actions leave in the audit log and
 * in case events: each names its actor, and the API gives their names.
 */
let instance: RunningInstance;
let app: ReturnType<typeof createApp>;
let admin: Record<string, string>;
const json = { 'content-type': 'application/json' };
const MEI_PASSWORD = 'sunrise over the bund 1';
const caseHash = (scenario: string) => instance.demoCases.find((c) => c.scenario === scenario)!.txHash!;

useDemoApp({}, async (demo) => {
  ({ instance, app } = demo);
  admin = { authorization: `Bearer ${instance.agentKey}`, ...json };
});

const call = (method: string, path: string, headers: Record<string, string>, body?: unknown) =>
  app.request(path, { method, headers: { ...json, ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });

async function signIn(username: string, password: string): Promise<Record<string, string>> {
  const res = await app.request('/console/login', { method: 'POST', body: new URLSearchParams({ username, password }) });
  expect(res.status).toBe(303);
  return { cookie: res.headers.get('set-cookie')!.split(';')[0] };
}

describe('/v1/agents (admins)', () => {
  it('creates, lists and changes agents; refuses weak passwords with field errors', async () => {
    const created = await call('POST', '/v1/agents', admin, { username: 'Mei', displayName: 'Mei Lin', role: 'agent', password: MEI_PASSWORD });
    expect(created.status).toBe(201);
    const mei = await created.json();
    expect(mei).toMatchObject({ username: 'mei', displayName: 'Mei Lin', role: 'agent', enabled: true, createdBy: 'bootstrap' });
    expect(JSON.stringify(mei)).not.toMatch(/password|scrypt/);

    const weak = await call('POST', '/v1/agents', admin, { username: 'tom', role: 'agent', password: 'short' });
    expect(weak.status).toBe(400);
    expect((await weak.json()).errors).toEqual([{ field: 'password', message: 'at least 12 characters' }]);

    const promoted = await call('PATCH', `/v1/agents/${mei.id}`, admin, { role: 'lead' });
    expect(await promoted.json()).toMatchObject({ role: 'lead' });
    expect((await call('PATCH', '/v1/agents/mei', admin, { role: 'agent', displayName: 'Mei Lin (Shanghai)' })).status).toBe(200);
    expect((await call('PATCH', '/v1/agents/nobody', admin, { enabled: false })).status).toBe(404);
    expect((await call('PATCH', '/v1/agents/mei', admin, {})).status).toBe(400);
    const list = await (await call('GET', '/v1/agents', admin)).json();
    expect(list.map((a: { username: string }) => a.username)).toContain('mei');
  });

  it('is for admins only: an agent gets 403 FORBIDDEN naming the permission', async () => {
    const mei = await signIn('mei', MEI_PASSWORD);
    const res = await call('GET', '/v1/agents', mei);
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ code: 'FORBIDDEN', title: 'This needs the "admin" permission.', detail: expect.stringContaining('The role "agent" gives') });
    expect((await call('GET', '/v1/agents', {})).status).toBe(401);
  });
});

describe('/v1/keys (admins)', () => {
  it('mints a key shown once; it works at once with its scopes only, and stops at once when revoked', async () => {
    const minted = await call('POST', '/v1/keys', admin, { name: 'Zendesk', scopes: ['investigate', 'cases:read'] });
    expect(minted.status).toBe(201);
    const { key, id, hint } = await minted.json();
    expect(key).toMatch(/^txk_[a-z0-9]{10}_[\w-]{43}$/);
    expect(key.startsWith(hint.replace('…', ''))).toBe(true);
    const listed = JSON.stringify(await (await call('GET', '/v1/keys', admin)).json());
    expect(listed).toContain(id);
    expect(listed).not.toContain(key);

    const bearer = { authorization: `Bearer ${key}` };
    const inv = await call('POST', '/v1/investigations', bearer, { txHash: caseHash('revert-with-reason') });
    expect(inv.status).toBe(200);
    const { caseNumber } = await inv.json();
    expect((await call('GET', `/v1/cases/${caseNumber}`, bearer)).status).toBe(200);
    const write = await call('PATCH', `/v1/cases/${caseNumber}`, bearer, { status: 'resolved' });
    expect(write.status).toBe(403);
    expect(await write.json()).toMatchObject({ code: 'FORBIDDEN', detail: "This key's scopes give: cases:read, investigate." });

    expect((await call('DELETE', `/v1/keys/${id}`, admin)).status).toBe(200);
    expect((await call('GET', `/v1/cases/${caseNumber}`, bearer)).status).toBe(401);
    expect((await call('DELETE', '/v1/keys/0000000000', admin)).status).toBe(404);
    const events = await (await call('GET', `/v1/cases/${caseNumber}/events`, admin)).json();
    expect(events[0]).toMatchObject({ type: 'created', actor: `key:${id}`, actorName: 'Zendesk' });
  });

  it('refuses unknown scopes and an empty name', async () => {
    expect((await call('POST', '/v1/keys', admin, { name: 'x', scopes: ['root'] })).status).toBe(400);
    expect((await call('POST', '/v1/keys', admin, { name: ' ', scopes: ['investigate'] })).status).toBe(400);
  });
});

describe('case events and the audit log name who did what', () => {
  it('records an agent’s investigation, complaint reading, reply edit and send, status change and export', async () => {
    const mei = await signIn('mei', MEI_PASSWORD);
    const filed = await (await call('POST', '/v1/cases', mei, { text: `my transfer failed ${caseHash('revert-with-reason')}`, lang: 'en' })).json();
    const number = filed.case.number;
    for (let i = 0; i < 3; i++) expect((await call('GET', `/v1/cases/${number}`, mei)).status).toBe(200);
    expect((await call('PATCH', `/v1/cases/${number}`, mei, { replyDraft: 'Hello, we checked it.' })).status).toBe(200);
    const noted = await (await call('PATCH', `/v1/cases/${number}`, mei, { note: 'User confirmed the amount by phone.' })).json();
    expect(noted.notes).toEqual([expect.objectContaining({ author: 'agent:mei', authorName: 'Mei Lin (Shanghai)' })]);
    // The case page offers the agent accounts as assignees.
    const casePage = await (await app.request(`/console/cases/${number}?lang=en`, { headers: { ...mei, 'sec-fetch-site': 'same-origin' } })).text();
    expect(casePage).toMatch(/<datalist id="agent-usernames"><option value="mei">Mei Lin \(Shanghai\)<\/option>/);
    expect((await call('PATCH', `/v1/cases/${number}`, mei, { markReplySent: true, status: 'resolved' })).status).toBe(200);
    expect((await call('GET', '/v1/cases/export?from=2000-01-01T00:00:00Z&to=2100-01-01T00:00:00Z&format=csv', mei)).status).toBe(200);

    const events = await (await call('GET', `/v1/cases/${number}/events`, mei)).json();
    const byMei = events.filter((e: { actor: string }) => e.actor === 'agent:mei').map((e: { type: string; actorName: string }) => `${e.type} ${e.actorName}`);
    expect(byMei).toEqual(expect.arrayContaining(['created Mei Lin (Shanghai)', 'reply_edited Mei Lin (Shanghai)', 'reply_sent Mei Lin (Shanghai)', 'status_changed Mei Lin (Shanghai)']));
    expect(events.some((e: { actor: string }) => e.actor === 'agent')).toBe(false);

    const page = await (await call('GET', '/v1/audit?actor=agent:mei&limit=50', admin)).json();
    const actions = page.items.map((e: { action: string; target: string | null }) => `${e.action} ${e.target ?? ''}`.trim());
    expect(actions).toEqual(
      expect.arrayContaining([
        'auth.sign_in mei',
        `investigation.run ${number}`,
        `case.viewed_complaint ${number}`,
        `case.reply_edited ${number}`,
        `case.reply_sent ${number}`,
        `case.status_changed ${number}`,
        'cases.exported',
      ]),
    );
    // Read three times in one sitting: one entry.
    expect(actions.filter((a: string) => a === `case.viewed_complaint ${number}`)).toHaveLength(1);
    expect(page.items.every((e: { actorName: string }) => e.actorName === 'Mei Lin (Shanghai)')).toBe(true);
    expect(JSON.stringify(page)).not.toContain('we checked it');
    expect(page.items.find((e: { action: string }) => e.action === 'case.status_changed').details).toMatchObject({ from: 'open', to: 'resolved' });
  });

  it('filters by action and pages with an opaque cursor; leads read it, agents do not', async () => {
    const first = await (await call('GET', '/v1/audit?limit=2', admin)).json();
    expect(first.items).toHaveLength(2);
    const second = await (await call('GET', `/v1/audit?limit=2&cursor=${first.nextCursor}`, admin)).json();
    expect(second.items[0].id).not.toBe(first.items[1].id);
    expect(second.items[0].at <= first.items[1].at).toBe(true);
    expect((await call('GET', '/v1/audit?cursor=bm90LWEtY3Vyc29y', admin)).status).toBe(400);
    const minted = await (await call('GET', '/v1/audit?action=key.created', admin)).json();
    expect(minted.items.length).toBeGreaterThan(0);
    expect(minted.items.every((e: { action: string; actor: string }) => e.action === 'key.created' && e.actor === 'bootstrap')).toBe(true);

    const mei = await signIn('mei', MEI_PASSWORD);
    expect((await call('GET', '/v1/audit', mei)).status).toBe(403);
    expect((await call('PATCH', '/v1/agents/mei', admin, { role: 'lead' })).status).toBe(200);
    const lead = await signIn('mei', MEI_PASSWORD);
    expect((await call('GET', '/v1/audit', lead)).status).toBe(200);
    // The role change ended the agent-role session at once.
    expect((await call('GET', '/v1/cases', mei)).status).toBe(401);
  });
});

describe('the console’s account forms', () => {
  it('act only for a form from our own pages: another site’s post is anonymous and changes nothing', async () => {
    const login = await app.request('http://localhost/console/login', { method: 'POST', headers: { origin: 'http://localhost' }, body: new URLSearchParams({ key: instance.agentKey! }) });
    const cookie = login.headers.get('set-cookie')!.split(';')[0];
    const { id } = await (await call('POST', '/v1/keys', admin, { name: 'CSRF target', scopes: ['cases:read'] })).json();
    const post = (path: string, form: Record<string, string>, headers: Record<string, string>) =>
      app.request(`http://localhost${path}?lang=en`, { method: 'POST', headers: { cookie, ...headers }, body: new URLSearchParams(form) });
    const evil = { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' };
    const forged = [
      await post('/console/agents', { username: 'mallory', role: 'admin', password: 'mallory was here 123' }, evil),
      await post('/console/agents/mei', { action: 'disable' }, evil),
      await post('/console/keys', { name: 'stolen', 'scope:admin': 'on' }, evil),
      await post(`/console/keys/${id}/revoke`, {}, evil),
    ];
    for (const res of forged) {
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toMatch(/^\/console\/login/);
    }
    const agents = await (await call('GET', '/v1/agents', admin)).json();
    expect(agents.map((a: { username: string }) => a.username)).not.toContain('mallory');
    expect(agents.find((a: { username: string }) => a.username === 'mei').enabled).toBe(true);
    const keys = await (await call('GET', '/v1/keys', admin)).json();
    expect(keys.map((k: { name: string }) => k.name)).not.toContain('stolen');
    expect(keys.find((k: { id: string }) => k.id === id).revokedAt).toBeNull();

    // The same forms from our own pages work.
    const own = { origin: 'http://localhost', 'sec-fetch-site': 'same-origin' };
    expect((await post(`/console/keys/${id}/revoke`, {}, own)).headers.get('location')).toContain(`revoked=${id}`);
    const zh = await app.request('http://localhost/console/agents?lang=zh', { method: 'POST', headers: { cookie, ...own }, body: new URLSearchParams({ username: 'x', role: 'agent', password: 'short' }) });
    expect(zh.status).toBe(400);
    const page = await zh.text();
    expect(page).toContain('请换一个用户名');
    expect(page).toContain('密码至少 12 个字符');
  });
});
