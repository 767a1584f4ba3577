import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bootstrapPrincipal } from '../../src/accounts/account-store.ts';
import { permissionsOfRole, ROLES, SCOPES, type Permission, type Role, type Scope } from '../../src/accounts/roles.ts';
import { createApp } from '../../src/api/app.ts';
import type { RunningInstance } from '../../src/runtime.ts';
import { useDemoApp } from '../support/demo-app.ts';

/**
 * What the public API may say (no more than the status page), the README's access table
 * against the real routes, probes, media types and HSTS.
 */
let instance: RunningInstance;
let app: ReturnType<typeof createApp>;
let agent: Record<string, string>;
const caseHash = (scenario: string) => instance.demoCases.find((c) => c.scenario === scenario)!.txHash!;

useDemoApp({}, (demo) => ({ instance, app, agent } = demo));

const PERMISSIONS: Permission[] = [...SCOPES, 'trends:read', 'audit:read'];

type Access = 'public' | 'public view' | 'signed in';
interface Row {
  access: Access;
  /** The permission the route checks (src/accounts/roles.ts), or null for public routes and sign-out. */
  needs: Permission | null;
}

/** The README's "Who reaches what" table: `METHOD path` → who, and the permission it needs. */
function readmeAccessTable(): Map<string, Row> {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('**Who reaches what.**'), readme.indexOf('**Rate limit.**'));
  const rows = new Map<string, Row>();
  for (const m of section.matchAll(/^\s*\| `(GET|POST|PUT|PATCH|DELETE) (\/\S*)` \| ([^|]+)\|([^|]*)\|/gm)) {
    const who = m[3].trim();
    const access: Access | undefined = who.startsWith('public view') ? 'public view' : who.startsWith('public') ? 'public' : /^(agent|lead|admin)\b/.test(who) ? 'signed in' : undefined;
    expect(access, `README access of ${m[1]} ${m[2]}: "${who}"`).toBeDefined();
    const needs = /`([a-z:]+)`/.exec(m[4])?.[1] ?? null;
    if (needs) expect(PERMISSIONS, `README permission of ${m[1]} ${m[2]}`).toContain(needs);
    if (access === 'signed in') {
      // The least role named must hold the permission, and the one below it must not.
      const role = /^(agent|lead|admin)/.exec(who)![1] as Role;
      if (needs) {
        expect(permissionsOfRole(role).has(needs as Permission), `${m[1]} ${m[2]}: ${role} lacks ${needs}`).toBe(true);
        const below = ROLES[ROLES.indexOf(role) - 1];
        if (below) expect(permissionsOfRole(below).has(needs as Permission), `${m[1]} ${m[2]}: ${below} already has ${needs}`).toBe(false);
      }
    }
    rows.set(`${m[1]} ${m[2]}`, { access: access!, needs: needs as Permission | null });
  }
  return rows;
}

/** Every route the app answers, as `METHOD /path/{param}` (middleware excluded). */
function appRoutes(): Set<string> {
  return new Set(app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`));
}

const sample: Record<string, string> = {
  network: 'ethereum',
  hash: '',
  id: '00000000-0000-4000-8000-000000000000',
  address: '0x1111111111111111111111111111111111111111',
  name: 'app.css',
  number: 'TX-00000',
  code: 'TX_REVERTED',
};
const pathOf = (template: string) => template.replace(/\{(\w+)\}/g, (_, p: string) => (p === 'hash' ? caseHash('revert-with-reason') : sample[p]));
const init = (method: string, headers: Record<string, string> = {}): RequestInit => ({
  method,
  headers: method === 'POST' ? { 'content-type': 'application/x-www-form-urlencoded', ...headers } : headers,
  body: method === 'POST' ? 'text=hi' : undefined,
});
/** Refused for want of credentials: the API's 401 with its challenge, or a page's trip to the sign-in page. */
const unauthenticated = (res: Response) => (res.status === 401 && res.headers.has('www-authenticate')) || (res.status === 303 && /^\/console\/login/.test(res.headers.get('location') ?? ''));

describe('README access table', () => {
  it('lists every route of the app, and only those', () => {
    expect([...readmeAccessTable().keys()].sort()).toEqual([...appRoutes()].sort());
  });

  it('matches what each route answers without a key, and with one', async () => {
    for (const [route, { access }] of readmeAccessTable()) {
      const [method, template] = route.split(' ');
      const path = pathOf(template);
      const res = await app.request(path, init(method));
      if (access === 'signed in') expect(unauthenticated(res), `${route} without a key: ${res.status}`).toBe(true);
      else expect(unauthenticated(res), `${route} without a key: ${res.status}`).toBe(false);
      if (access === 'public view') {
        const body = await res.json();
        expect(body.view, route).toBe('public');
        const full = await (await app.request(path, init(method, agent))).json();
        expect(full.findings, route).toBeDefined();
      }
    }
  });

  it('lets in exactly who holds the permission each route names: 403 for the rest', async () => {
    const admin = bootstrapPrincipal();
    const keyWith = async (scopes: Scope[]) => ({ authorization: `Bearer ${(await instance.accounts.mintKey({ name: `only ${scopes.join('+')}`, scopes }, admin)).key}` });
    const holders: Record<string, Record<string, string>> = {};
    const lackers: Record<string, Record<string, string>> = {};
    for (const scope of SCOPES) {
      holders[scope] = await keyWith([scope]);
      // Every other scope ('admin' would grant everything, so it is left out).
      lackers[scope] = await keyWith(SCOPES.filter((s) => s !== scope && s !== 'admin'));
    }
    const password = 'permission table password 1';
    for (const [username, role] of [['lena', 'lead'], ['arlo', 'agent']] as const) await instance.accounts.createAgent({ username, role, password }, admin);
    const session = async (username: string) => {
      const res = await app.request('/console/login', { method: 'POST', body: new URLSearchParams({ username, password }) });
      return { cookie: res.headers.get('set-cookie')!.split(';')[0] };
    };
    holders['trends:read'] = holders['audit:read'] = await session('lena');
    lackers['trends:read'] = lackers['audit:read'] = await session('arlo');

    const checked: string[] = [];
    for (const [route, { access, needs }] of readmeAccessTable()) {
      if (access !== 'signed in' || !needs) continue;
      const [method, template] = route.split(' ');
      const path = pathOf(template);
      const allowed = await app.request(path, init(method, holders[needs]));
      expect(unauthenticated(allowed) || allowed.status === 403, `${route} with ${needs}: ${allowed.status}`).toBe(false);
      const refused = await app.request(path, init(method, lackers[needs]));
      expect(refused.status, `${route} without ${needs}`).toBe(403);
      if (!path.startsWith('/console')) expect(await refused.json(), route).toMatchObject({ code: 'FORBIDDEN', status: 403 });
      checked.push(route);
    }
    expect(checked.length).toBeGreaterThan(40);
  });
});

describe('GET /v1/tx for the public', () => {
  it('says what the status page says, never codes, priority, evidence or the reply', async () => {
    const hash = caseHash('revert-with-reason');
    const res = await app.request(`/v1/tx/ethereum/${hash}?lang=en`);
    expect(res.status).toBe(200);
    expect(res.headers.get('vary')).toMatch(/Authorization/);
    const body = await res.json();
    expect(body).toMatchObject({ view: 'public', category: 'failure', action: 'act', lang: 'en' });
    expect(body.explanation.join(' ')).toContain('Vault: amount exceeds daily withdrawal limit');
    const text = JSON.stringify(body);
    const inv = await instance.investigator.investigate({ txHash: hash, network: 'ethereum', lang: 'en' });
    for (const agentOnly of ['TX_REVERTED', '"priority"', '"findings"', 'evidence', 'suggestedReply', 'Hello, thank you for your patience', inv.findings[0].detail, '"lookups"', '"understood"']) {
      expect(text).not.toContain(agentOnly);
    }
    const full = await (await app.request(`/v1/tx/ethereum/${hash}?lang=en`, { headers: agent })).json();
    expect(full).toMatchObject({ priority: inv.priority, findings: [{ code: 'TX_REVERTED' }] });
  });
});

describe('errors, probes and headers', () => {
  it('answers a body of the wrong media type with 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const res = await app.request('/v1/investigations', { method: 'POST', headers: { ...agent, 'content-type': type }, body: '{"text":"hi"}' });
      expect(res.status).toBe(415);
      expect(await res.json()).toMatchObject({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
    }
  });

  it('never rate limits /healthz or /readyz', async () => {
    const limited = createApp({ ...instance, config: { ...instance.config, RATE_LIMIT_PER_MINUTE: 1, RATE_LIMIT_BURST: 1 } });
    expect((await limited.request('/v1/demo')).status).toBe(200);
    expect((await limited.request('/v1/demo')).status).toBe(429);
    for (let i = 0; i < 5; i++) {
      expect((await limited.request('/healthz')).status).toBe(200);
      expect((await limited.request('/readyz')).status).toBe(200);
    }
  });

  it('/readyz says whether the store and each network are usable', async () => {
    const ok = await (await app.request('/readyz')).json();
    expect(ok).toMatchObject({ ready: true, store: { kind: 'sqlite', usable: true } });
    expect(ok.networks.map((n: { network: string }) => n.network).sort()).toEqual(instance.registry.networks.map((n) => n.id).sort());

    const brokenStore = createApp({ ...instance, storeHealth: { kind: 'sqlite', check: () => Promise.reject(new Error('database is locked')) } });
    const res = await brokenStore.request('/readyz');
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ ready: false, store: { kind: 'sqlite', usable: false, detail: 'database is locked' } });

    const oneDown = createApp({ ...instance, networkHealth: { networks: () => instance.registry.networks.map((n) => ({ network: n.id, usable: n.id !== 'tron' })) } });
    const partly = await oneDown.request('/readyz');
    expect(partly.status).toBe(200);
    expect((await partly.json()).networks.find((n: { network: string }) => n.network === 'tron')).toMatchObject({ usable: false });

    const allDown = createApp({ ...instance, networkHealth: { networks: () => [{ network: 'ethereum', usable: false }] } });
    expect((await allDown.request('/readyz')).status).toBe(503);
  });

  it('sends Strict-Transport-Security over https only', async () => {
    expect((await app.request('http://localhost/healthz')).headers.get('strict-transport-security')).toBeNull();
    expect((await app.request('https://txtriage.example/healthz')).headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    const behindTls = createApp({ ...instance, config: { ...instance.config, PUBLIC_URL: 'https://txtriage.example' } });
    expect((await behindTls.request('http://localhost/healthz')).headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
  });
});
