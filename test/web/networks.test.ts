import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningInstance } from '../../src/runtime.ts';
import { launchChromium, serveApp, type Served } from '../support/browser.ts';
import { startDemoInstance } from '../support/instance.ts';

/** /networks and the network banner on a status result, in a real browser, against the demo chains. */
let instance: RunningInstance;
let server: Served;
let browser: Browser;

beforeAll(async () => {
  [instance, browser] = await Promise.all([startDemoInstance({ HEALTH_MONITOR: 'on-demand' }), launchChromium()]);
  server = await serveApp(instance);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await instance?.close();
});

describe('network health pages', () => {
  it('/networks shows each network in words with the numbers behind it, in English and Chinese', async () => {
    const page = await (await browser.newContext({ locale: 'en-US' })).newPage();
    await page.goto(`${server.url}/networks?lang=en`);
    const tron = page.locator('tr[data-network="tron"]');
    await tron.waitFor();
    expect(await tron.locator('.badge').textContent()).toBe('Normal');
    expect(await tron.textContent()).toContain('energy 100 sun');
    expect(await page.locator('tr[data-network="ethereum"]').textContent()).toContain('base fee');
    expect(await page.locator('tr[data-network="solana"] .badge').textContent()).toBe('Normal');
    expect(await page.locator('meta[http-equiv="refresh"]').getAttribute('content')).toContain('/networks?lang=en&r=1');

    await page.goto(`${server.url}/networks?lang=zh&r=40`);
    expect(await page.locator('h1').textContent()).toBe('网络状态');
    expect(await page.locator('tr[data-network="tron"] .badge').textContent()).toBe('正常');
    // After 40 rounds the page stops reloading itself, and says so.
    expect(await page.locator('meta[http-equiv="refresh"]').count()).toBe(0);
    expect(await page.locator('.refresh').textContent()).toContain('已停止自动查询');
  });

  it('a result on a stalled network carries the banner; the network page says it stopped', async () => {
    const tron = instance.devnets.tron!;
    tron.setHeadAge(300);
    try {
      await instance.monitor.refresh('tron');
      const c = instance.demoCases.find((x) => x.scenario === 'tron-usdt-not-solidified')!;
      const page = await (await browser.newContext({ locale: 'en-US' })).newPage();
      await page.goto(`${server.url}/s/tron/${c.txHash}?lang=en`);
      const banner = page.locator('.network-banner');
      await banner.waitFor();
      expect(await banner.textContent()).toContain('has stopped producing new blocks right now');
      expect(await page.locator('.result').textContent()).toContain('not caused by your transaction');
      await page.goto(`${server.url}/networks?lang=zh`);
      expect(await page.locator('tr[data-network="tron"] .badge').textContent()).toBe('暂停出块');
      const json = await (await fetch(`${server.url}/v1/networks/status`)).json();
      expect(json.networks.find((n: { network: string }) => n.network === 'tron').state).toBe('stalled');
    } finally {
      tron.setHeadAge(0);
      await instance.monitor.refresh('tron');
    }
  });
});
