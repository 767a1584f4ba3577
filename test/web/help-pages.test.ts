import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.ts';
import { helpCatalogs, userFacingCodes } from '../../src/explain/help/index.ts';
import { catalogs } from '../../src/explain/render.ts';
import type { RunningInstance } from '../../src/runtime.ts';
import { useDemoApp } from '../support/demo-app.ts';

/** The public help pages, served by the real app; the status page links its main finding's article. */
let instance: RunningInstance;
let app: ReturnType<typeof createApp>;
useDemoApp({}, (demo) => ({ instance, app } = demo));

const page = async (path: string, headers: Record<string, string> = {}) => {
  const res = await app.request(path, { headers: { accept: 'text/html', ...headers } });
  return { status: res.status, body: await res.text(), res };
};
const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

describe('help pages', () => {
  it('serves every article in both languages, with its four sections', async () => {
    for (const code of userFacingCodes) {
      for (const lang of ['en', 'zh'] as const) {
        const { status, body } = await page(`/help/${code}?lang=${lang}`);
        expect(status, `${lang}/${code}`).toBe(200);
        expect(body).toContain(escaped(helpCatalogs[lang][code].title));
        for (const heading of lang === 'en' ? ['What it means', 'Why it happens', 'What to do', 'How long it takes'] : ['这是什么意思', '为什么会这样', '您可以怎么做', '需要多长时间']) expect(body).toContain(heading);
      }
    }
  });

  it('follows Accept-Language without ?lang=, and warns about seed-phrase requests where funds are at risk', async () => {
    const zh = await page('/help/WRONG_NETWORK', { 'accept-language': 'zh-CN,zh;q=0.9' });
    expect(zh.body).toContain('我们的客服绝不会向您索要助记词');
    expect(zh.res.headers.get('vary')).toMatch(/Accept-Language/);
    const en = await page('/help/TX_PENDING', { 'accept-language': 'en-US' });
    expect(en.body).toContain('My transaction is pending');
    expect(en.body).not.toContain(escaped(catalogs.en.phrases.scamWarning));
  });

  it('lists every article on the index page', async () => {
    const { status, body } = await page('/help?lang=zh');
    expect(status).toBe(200);
    for (const code of userFacingCodes) expect(body).toContain(`href="/help/${code}?lang=zh"`);
    expect(body).not.toContain('/help/LARGE_AMOUNT');
  });

  it('answers 404 for an unknown or agent-only code, and one address for each article', async () => {
    expect((await page('/help/NOT_A_CODE')).status).toBe(404);
    expect((await page('/help/LARGE_AMOUNT')).status).toBe(404);
    const lower = await page('/help/tx_pending?lang=zh');
    expect(lower.status).toBe(301);
    expect(lower.res.headers.get('location')).toBe('/help/TX_PENDING?lang=zh');
  });

  it('links the status page result to the article of its main finding', async () => {
    const demoCase = instance.demoCases.find((c) => c.scenario === 'tron-usdt-out-of-energy')!;
    const hash = instance.demoCases.find((c) => c.scenario === 'tron-usdt-out-of-energy')!.txHash!;
    const { status, body } = await page(`/s/${demoCase.network}/${hash}?lang=zh`);
    expect(status).toBe(200);
    expect(body).toContain('href="/help/TRON_OUT_OF_ENERGY?lang=zh"');
    expect(body).toContain('了解这个结果的详细说明');
  });
});
