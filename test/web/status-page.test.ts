import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mineBlocks } from '../../chains/evm/devnet/tx.ts';
import type { RunningInstance } from '../../src/runtime.ts';
import { launchChromium, serveApp, type Served } from '../support/browser.ts';
import { startDemoInstance } from '../support/instance.ts';

/**
 * The public status page in a real browser (Debian's chromium), against the real app
 * over HTTP and the demo chains: what an end user sees, in both languages.
 */
let instance: RunningInstance;
let server: Served;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [instance, browser] = await Promise.all([startDemoInstance(), launchChromium()]);
  server = await serveApp(instance);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await instance?.close();
});

const hash = (scenario: string) => instance.demoCases.find((c) => c.scenario === scenario)!.txHash!;

/** A fresh browser profile state per test, in a language and at a width. */
async function open(locale: 'en-US' | 'zh-CN', width = 1280): Promise<{ page: Page; dialogs: string[] }> {
  const context = await browser.newContext({ locale, viewport: { width, height: 900 }, isMobile: width < 500 });
  contexts.push(context);
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return { page, dialogs };
}

describe('status page', () => {
  it('checks a demo hash and answers in plain English, then in Chinese', async () => {
    const { page } = await open('en-US');
    await page.goto(`${server.url}/`);
    await page.getByLabel('Transaction hash or explorer link').fill(hash('erc20-transfer-final'));
    await page.keyboard.press('Enter');
    await page.getByText('Your transaction went through on Ethereum and is final').waitFor();
    expect(await page.locator('.result .badge').textContent()).toBe('Completed');
    expect(await page.locator('.action').textContent()).toBe('No. Nothing needs to be done on your side.');
    expect(await page.locator('.demo-banner').textContent()).toContain('DEMO DATA');

    await page.getByRole('link', { name: '中文' }).click();
    await page.getByText('您的这笔转账已在以太坊上成功完成并最终确认').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.locator('.result .badge').textContent()).toBe('已完成');
    expect(await page.locator('.demo-banner').textContent()).toContain('演示数据');
  });

  it("answers in the browser's language by default, and understands a pasted explorer link", async () => {
    const { page } = await open('zh-CN', 390);
    await page.goto(`${server.url}/`);
    expect(await page.locator('h1').textContent()).toBe('查询您的交易');
    await page.getByLabel('交易哈希或浏览器链接').fill(`https://bscscan.com/tx/${hash('wrong-network')}`);
    await page.getByRole('button', { name: '查询' }).click();
    await page.getByText('您的这笔转账已在币安智能链上成功完成并最终确认').waitFor();
    // Mobile first: nothing wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  it('says so plainly when the input is not a hash, address or link', async () => {
    const { page } = await open('en-US');
    await page.goto(`${server.url}/?q=${encodeURIComponent('hello, my money is gone')}`);
    expect(await page.getByRole('alert').textContent()).toContain('does not look like a transaction hash');
    expect(await page.locator('#q').getAttribute('aria-invalid')).toBe('true');
  });

  it('is usable from the keyboard: skip link first, then the form', async () => {
    const { page } = await open('en-US');
    await page.goto(`${server.url}/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab'); // from #main: the first control inside it is the field
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    await page.keyboard.type(hash('revert-with-reason'));
    await page.keyboard.press('Enter');
    await page.getByText('the contract rejected it; the contract\'s own message (written by the contract, not by us): "Vault: amount exceeds daily withdrawal limit"').waitFor();
    expect(await page.locator('.action').textContent()).toBe('Yes. Please follow the steps below.');
  });

  it('refreshes a pending transaction by itself until it is final', async () => {
    const { page } = await open('en-US');
    const bscNode = instance.devnets.evm!.bsc;
    const res = await page.goto(`${server.url}/s/bsc/${hash('pending-normal-fee')}`);
    expect(res!.status()).toBe(200);
    await page.getByText('Your transaction is waiting to be processed on BNB Smart Chain').waitFor();
    expect(await page.locator('.facts dd').nth(1).textContent()).toBe('Waiting to be processed');
    expect(await page.locator('.refresh').textContent()).toContain('This page checks again every 3 seconds');

    // A validator includes it: the page notices on its own, without a click.
    await bscNode.rpc('evm_mine', []);
    await page.getByText('Succeeded · not final yet').waitFor({ timeout: 10_000 });
    expect(await page.locator('.result .badge').textContent()).toBe('Delayed');

    // Buried under enough blocks: final, and the page stops checking.
    await mineBlocks(bscNode, 20);
    await page.getByText('Succeeded · final').waitFor({ timeout: 10_000 });
    expect(await page.locator('.result .badge').textContent()).toBe('Completed');
    expect(await page.locator('.refresh').count()).toBe(0);
    expect(await page.locator('meta[http-equiv="refresh"]').count()).toBe(0);
  });

  it('shows a scam token as text, flags it, and runs none of its markup', async () => {
    const { page, dialogs } = await open('en-US');
    const violations: string[] = [];
    page.on('console', (m) => m.type() === 'error' && violations.push(m.text()));
    const res = await page.goto(`${server.url}/s/ethereum/${hash('phishing-token-name')}`);
    expect(res!.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(res!.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await page.getByText('This transaction includes a token whose name carries a website address').waitFor();
    expect(await page.locator('.chain-text').textContent()).toBe('8888 Visit usdt-claim[.]com');
    expect(await page.locator('.flag[data-flag="phishing"]').textContent()).toBe('Scam token: do not visit any website it names');
    expect(await page.locator('a[href*="usdt-claim"]').count()).toBe(0);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.locator('.action').textContent()).toBe('Nothing to fix. Only be careful: do not do what it asks you to.');
    expect(await page.locator('.steps').textContent()).not.toContain('do not need to do anything');
    expect(dialogs).toEqual([]);
    expect(violations).toEqual([]);
  });
});
