import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningInstance } from '../../src/runtime.ts';
import { launchChromium, serveApp, type Served } from '../support/browser.ts';
import { startDemoInstance } from '../support/instance.ts';

/**
 * The agents' console in a real browser: sign in with the agent key, paste a complaint,
 * read the findings and copy the reply.
 */
let instance: RunningInstance;
let server: Served;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const dialogs: string[] = [];

beforeAll(async () => {
  [instance, browser] = await Promise.all([startDemoInstance(), launchChromium()]);
  server = await serveApp(instance);
  context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  page = await context.newPage();
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await instance?.close();
});

const demoCase = (scenario: string) => instance.demoCases.find((c) => c.scenario === scenario)!;

async function investigate(text: string) {
  await page.goto(`${server.url}/console?lang=en`);
  await page.getByLabel("Complaint: paste the user's message, with any hashes or links").fill(text);
  await page.getByRole('button', { name: 'Investigate' }).click();
  await page.waitForURL(/\/console\/i\/[0-9a-f-]+/);
}

describe("agents' console", () => {
  it('cannot be reached without the agent key', async () => {
    await page.goto(`${server.url}/console`);
    expect(new URL(page.url()).pathname).toBe('/console/login');
    const api = await page.request.get(`${server.url}/v1/investigations`);
    expect(api.status()).toBe(401);

    await page.getByLabel('Agent key').fill('a guess that is not the key');
    await page.getByRole('button', { name: 'Sign in with the key' }).click();
    expect(await page.getByRole('alert').textContent()).toBe('That key is not correct.');
    expect(new URL(page.url()).pathname).toBe('/console/login');
  });

  it('signs an agent in with an HttpOnly, SameSite=Strict session that scripts cannot read', async () => {
    await page.getByLabel('Agent key').fill(instance.agentKey!);
    await page.getByRole('button', { name: 'Sign in with the key' }).click();
    await page.waitForURL(/\/console\?/);
    const [cookie] = await context.cookies();
    expect(cookie).toMatchObject({ name: 'txtriage_agent', httpOnly: true, sameSite: 'Strict' });
    expect(cookie.value).not.toContain(instance.agentKey!);
    expect(await page.evaluate(() => document.cookie)).toBe('');
  });

  it('investigates a Chinese complaint with a link: finding, evidence, reply, one-click copy', async () => {
    const c = demoCase('wrong-network');
    await investigate(`${c.text} https://bscscan.com/tx/${c.txHash}`);

    const finding = page.locator('.finding').first();
    expect(await finding.locator('.code').textContent()).toBe('WRONG_NETWORK');
    expect(await finding.locator('h3').textContent()).toContain('实际走的是币安智能链（本地演示链），不是以太坊（本地演示链）');
    expect(await finding.locator(`.evidence a[href$="/s/bsc/${c.txHash}"]`).count()).toBe(1);
    expect(await page.locator('.prio-P2').first().textContent()).toContain('P2');

    const reply = await page.locator('#reply').inputValue();
    expect(reply).toContain('您好，感谢您的耐心等待');
    expect(reply).toContain('助记词');
    await page.getByRole('button', { name: 'Copy reply' }).click();
    await page.getByText('Copied to the clipboard.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(reply);
  });

  it('lets the agent edit the reply before copying it: the copy is the edited text', async () => {
    const edited = `${await page.locator('#reply').inputValue()}\n\n客服小李`;
    await page.locator('#reply').fill(edited);
    await page.getByRole('button', { name: 'Copy reply' }).click();
    await page.getByText('Copied to the clipboard.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(edited);
  });

  it('gives the reply in the other language: the same diagnosis rendered again, same investigation, no new row', async () => {
    const before = page.url();
    const lookups = instance.metrics.snapshot?.() ?? null;
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForURL(/\/console\/i\//);
    expect(new URL(page.url()).pathname).toBe(new URL(before).pathname);
    expect(await page.locator('#reply').inputValue()).toContain('Hello, thank you for your patience');
    expect(await page.locator('.finding .code').first().textContent()).toBe('WRONG_NETWORK');
    if (lookups) expect(instance.metrics.snapshot?.()).toEqual(lookups);
  });

  it('speaks Chinese in the Chinese console: no raw English values in what was understood', async () => {
    await page.goto(page.url().replace(/lang=en/, 'lang=zh'));
    const understood = await page.locator('#understood-heading + .facts').textContent();
    expect(understood).toContain('以太坊');
    expect(understood).not.toMatch(/\b(ethereum|missing|pending|failed|fee)\b/);
  });

  it('lists the recent investigations of this instance', async () => {
    await page.goto(`${server.url}/console?lang=en`);
    const rows = page.locator('#recent-heading + .table-scroll tbody tr');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('WRONG_NETWORK');
    await rows.first().getByRole('link').first().click();
    await page.waitForURL(/\/console\/i\//);
  });

  it('shows a scam token name as text, flags it, and runs none of it', async () => {
    await investigate(`钱包里多了一个币，名字让我去网站领取 ${demoCase('phishing-token-name').txHash}`);
    expect(await page.locator('.finding .code').first().textContent()).toBe('PHISHING_TOKEN_NAME');
    await page.getByRole('cell', { name: '<img src=x onerror=alert(1)>' }).waitFor();
    expect(await page.locator('.flag[data-flag="phishing"]').count()).toBeGreaterThan(0);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.locator('a[href*="usdt-claim"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('signs out', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/console\/login/);
    await page.goto(`${server.url}/console`);
    expect(new URL(page.url()).pathname).toBe('/console/login');
  });
});
