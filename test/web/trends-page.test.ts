import { describe, expect, it } from 'vitest';
import { bootstrapPrincipal } from '../../src/accounts/account-store.ts';
import { createApp } from '../../src/api/app.ts';
import type { RunningInstance } from '../../src/runtime.ts';
import { HOUR_MS, type CaseRecord } from '../../src/trends/case-record.ts';
import type { TrendsSource } from '../../src/trends/source.ts';
import { useDemoApp } from '../support/demo-app.ts';

/** The leads' trends page: leads and admins only, charts as inline SVG in both languages, CSV export, the surge banner. */
let instance: RunningInstance;
let app: ReturnType<typeof createApp>;
let agent: Record<string, string>;
useDemoApp({ SURGE_MIN_CASES: '3' }, (demo) => ({ instance, app, agent } = demo));

describe('/console/trends', () => {
  it('is for leads and admins only (trends:read): an agent gets a 403 page', async () => {
    const res = await app.request('/console/trends?lang=zh');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toMatch(/^\/console\/login/);
    expect((await app.request('/console/trends.csv')).status).toBe(303);
    const password = 'trend watcher password 5';
    await instance.accounts.createAgent({ username: 'ada', role: 'agent', password }, bootstrapPrincipal());
    await instance.accounts.createAgent({ username: 'leo', role: 'lead', password }, bootstrapPrincipal());
    const cookie = async (username: string) => (await app.request('/console/login', { method: 'POST', body: new URLSearchParams({ username, password }) })).headers.get('set-cookie')!.split(';')[0];
    const asAgent = { cookie: await cookie('ada') };
    const refused = await app.request('/console/trends?lang=zh', { headers: asAgent });
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('您的角色无权访问');
    expect((await app.request('/console/trends.csv', { headers: asAgent })).status).toBe(403);
    expect((await app.request('/console/trends?lang=en', { headers: { cookie: await cookie('leo') } })).status).toBe(200);
  });

  it('charts the archived cases in zh and en, without script or style attributes', async () => {
    for (const scenario of ['tron-usdt-out-of-energy', 'revert-with-reason']) {
      const c = instance.demoCases.find((d) => d.scenario === scenario)!;
      const res = await app.request('/v1/investigations', { method: 'POST', headers: { ...agent, 'content-type': 'application/json' }, body: JSON.stringify({ txHash: c.txHash, network: c.network }) });
      expect(res.status).toBe(200);
    }
    const zh = await (await app.request('/console/trends?lang=zh&days=7', { headers: agent })).text();
    expect(zh).toContain('投诉趋势');
    expect(zh.match(/<svg /g)).toHaveLength(3);
    expect(zh).toContain('失败'); // the category's name, from the catalogs
    expect(zh).toContain('TRON_OUT_OF_ENERGY');
    expect(zh).not.toMatch(/ style=/);
    const en = await (await app.request('/console/trends?lang=en&days=90', { headers: agent })).text();
    expect(en).toContain('Cases per day by network · Last 90 days');
    expect(en).toContain('Top finding codes: this week against last week');
  });

  it('exports cases per day as CSV', async () => {
    const res = await app.request('/console/trends.csv?days=7&by=code', { headers: agent });
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain('attachment; filename="txtriage-cases-per-day-code-7d.csv"');
    const lines = (await res.text()).trim().split('\r\n');
    expect(lines[0]).toBe('day,dimension,key,cases');
    expect(lines.some((l) => /,code,TRON_OUT_OF_ENERGY,[1-9]/.test(l))).toBe(true);
  });

  it('raises a banner for a surge (SURGE_MIN_CASES) from any TrendsSource', async () => {
    const now = Date.now();
    const wave: CaseRecord[] = Array.from({ length: 4 }, (_, i) => ({ createdAt: new Date(now - (i + 1) * 0.1 * HOUR_MS), category: 'inconclusive', codes: ['LOOKUP_INCONCLUSIVE'], networks: ['bsc'] }));
    const source: TrendsSource = { coverage: 'case-store', records: async () => wave };
    const withSource = createApp({ ...instance, trends: source });
    const page = await (await withSource.request('/console/trends?lang=en', { headers: agent })).text();
    expect(page).toContain('role="alert"');
    expect(page).toMatch(/LOOKUP_INCONCLUSIVE: 4 cases in the last (day|hour)/);
    expect(page).toContain('Figures cover every case in the archive.');
  });
});
