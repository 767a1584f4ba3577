import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.ts';
import type { RunningInstance } from '../../src/runtime.ts';
import { startDemoInstance } from '../support/instance.ts';

/**
 * What the public API may say (no more than the status page), the README's access table
 * against the real routes, probes, media types and HSTS.
 */
let instance: RunningInstance;
let app: ReturnType<typeof createApp>;
let agent: Record<string, string>;
const caseHash = (scenario: string) => instance.demoCases.find((c) => c.scenario === scenario)!.txHash!;

beforeAll(async () => {
  instance = await startDemoInstance({ RATE_LIMIT_PER_MINUTE: '0' });
  app = createApp(instance);
  agent = { authorization: `Bearer ${instance.agentKey}` };
});
afterAll(async () => instance?.close());

type Access = 'public' | 'public view' | 'agent';

/** The README's "Who reaches what" table: `METHOD path` → access. */
function readmeAccessTable(): Map<string, Access> {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('**Who reaches what.**'), readme.indexOf('**Rate limit.**'));
  const rows = new Map<string, Access>();
  for (const m of section.matchAll(/^\s*\| `(GET|POST|PUT|PATCH|DELETE) (\/\S*)` \| ([^|]+)\|/gm)) {
    const access = m[3].trim();
    const kind: Access = access.startsWith('public view') ? 'public view' : access.startsWith('public') ? 'public' : access.startsWith('agent') ? 'agent' : (undefined as never);
    expect(kind, `README access of ${m[1]} ${m[2]}: "${access}"`).toBeDefined();
    rows.set(`${m[1]} ${m[2]}`, kind);
  }
  return rows;
}

/** Every route the app answers, as `METHOD /path/{param}` (middleware excluded). */
function appRoutes(): Set<string> {
  return new Set(app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`));
}

describe('README access table', () => {
  it('lists every route of the app, and only those', () => {
    expect([...readmeAccessTable().keys()].sort()).toEqual([...appRoutes()].sort());
  });

  it('matches what each route answers without a key, and with one', async () => {
    const sample: Record<string, string> = {
      network: 'ethereum',
      hash: caseHash('revert-with-reason'),
      id: '00000000-0000-4000-8000-000000000000',
      address: '0x1111111111111111111111111111111111111111',
      name: 'app.css',
    };
    for (const [route, access] of readmeAccessTable()) {
      const [method, template] = route.split(' ');
      const path = template.replace(/\{(\w+)\}/g, (_, p: string) => sample[p]);
      const init = (headers: Record<string, string> = {}): RequestInit => ({ method, headers: method === 'POST' ? { 'content-type': 'application/x-www-form-urlencoded', ...headers } : headers, body: method === 'POST' ? 'text=hi' : undefined });
      const res = await app.request(path, init());
      // A wrong key at the sign-in form is a 401 page too, but without the Bearer challenge.
      const refused = (res.status === 401 && res.headers.has('www-authenticate')) || (res.status === 303 && /^\/console\/login/.test(res.headers.get('location') ?? ''));
      if (access === 'agent') expect(refused, `${route} without a key: ${res.status}`).toBe(true);
      else expect(refused, `${route} without a key: ${res.status}`).toBe(false);
      if (access === 'public view') {
        const body = await res.json();
        expect(body.view, route).toBe('public');
        const full = await (await app.request(path, init(agent))).json();
        expect(full.findings, route).toBeDefined();
      }
    }
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
