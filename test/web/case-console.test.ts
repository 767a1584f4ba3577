import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningInstance } from '../../src/runtime.ts';
import { launchChromium, serveApp, type Served } from '../support/browser.ts';
import { startDemoInstance } from '../support/instance.ts';

/**
 * The agents' case desk in a real browser: an investigated complaint becomes a case, the
 * agent finds it by transaction hash in the queue, writes a note, edits and copies the
 * reply, marks it sent and resolves the case; the user's link shows the progress and
 * none of the agents' text.
 */
let instance: RunningInstance;
let server: Served;
let browser: Browser;
let context: BrowserContext;
let page: Page;

const NOTE = 'Internal: user called twice, check the BSC deposit address with the exchange team.';
const EDITED = 'EDITED-BY-AGENT: we checked your transfer on BNB Smart Chain.';

beforeAll(async () => {
  [instance, browser] = await Promise.all([startDemoInstance(), launchChromium()]);
  server = await serveApp(instance);
  context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  page = await context.newPage();
  await page.goto(`${server.url}/console/login?lang=en`);
  await page.getByLabel('Agent key').fill(instance.agentKey!);
  await page.getByRole('button', { name: 'Sign in with the key' }).click();
  await page.waitForURL(/\/console\?/);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await instance?.close();
});

const demoCase = (scenario: string) => instance.demoCases.find((c) => c.scenario === scenario)!;

describe("agents' case desk", () => {
  const c = () => demoCase('wrong-network');
  let number = '';
  let suggested = '';

  it('files a console investigation as a case and links it from the investigation and the recent list', async () => {
    await page.getByLabel("Complaint: paste the user's message, with any hashes or links").fill(`${c().text} ${c().txHash!}`);
    await page.getByRole('button', { name: 'Investigate' }).click();
    await page.waitForURL(/\/console\/i\//);
    number = ((await page.locator('#case-link').textContent()) ?? '').replace('Case ', '').trim();
    expect(number).toMatch(/^TX-[0-9A-Z]{5}$/);
    suggested = await page.locator('#reply').inputValue();

    await page.goto(`${server.url}/console?lang=en`);
    await page.getByRole('link', { name: 'Case queue' }).waitFor();
    expect(await page.locator('#recent-heading + .table-scroll tbody tr').first().getByRole('link', { name: number }).count()).toBe(1);
  });

  it('finds the case by its transaction hash in the queue search', async () => {
    await page.getByRole('link', { name: 'Case queue' }).click();
    await page.waitForURL(/\/console\/cases\?/);
    // From the keyboard: the search box, then Enter.
    const search = page.getByLabel('Search: case number, transaction hash, address or ticket reference');
    await search.focus();
    await page.keyboard.type(c().txHash!.toUpperCase().replace('0X', '0x'));
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=0x/);
    const rows = page.locator('#case-queue tbody tr');
    expect(await rows.count()).toBe(1);
    await rows.first().getByRole('link', { name: number }).click();
    await page.waitForURL(new RegExp(`/console/cases/${number}`));
    expect(await page.locator('h1').textContent()).toBe(`Case ${number}`);
  });

  it('adds an internal note', async () => {
    await page.getByLabel('New note').fill(NOTE);
    await page.getByRole('button', { name: 'Add the note' }).click();
    await page.waitForURL(/#notes-heading/);
    expect(await page.locator('#notes').textContent()).toContain(NOTE);
    expect(await page.locator('#timeline').textContent()).toContain('Note added');
  });

  it('edits the reply, copies it and marks it sent', async () => {
    expect(await page.locator('#reply').inputValue()).toBe(suggested);
    const edited = `${EDITED}\n${suggested}`;
    await page.locator('#reply').fill(edited);
    await page.getByRole('button', { name: 'Copy reply' }).click();
    await page.getByText('Copied to the clipboard.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(edited);
    await page.getByRole('button', { name: 'Mark as sent' }).click();
    await page.waitForURL(/#reply-heading/);
    expect(await page.locator('#reply-sent-state').textContent()).toContain('Last reply sent');
    expect(await page.locator('#reply').inputValue()).toBe(edited);
    const api = await (await page.request.get(`${server.url}/v1/cases/${number}`)).json();
    expect(api.reply.sent).toBe(edited);
  });

  it('refuses a change posted from another site (the session cookie alone is not enough)', async () => {
    const r = await page.request.post(`${server.url}/console/cases/${number}/note`, { form: { note: 'forged' }, headers: { origin: 'https://evil.example' }, maxRedirects: 0 });
    expect(r.status()).toBe(303);
    expect(r.headers().location ?? '').toContain('/console/login');
    await page.reload();
    expect(await page.locator('#notes').textContent()).not.toContain('forged');
  });

  it('assigns and resolves the case', async () => {
    await page.getByRole('textbox', { name: 'Assignee' }).fill('Li Wei');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForURL(/#manage-heading/);
    await page.getByRole('button', { name: 'Resolve' }).click();
    await page.waitForURL(/#manage-heading/);
    expect(await page.locator('#case-status').textContent()).toBe('Resolved');
    const timeline = (await page.locator('#timeline').textContent()) ?? '';
    for (const e of ['Case opened', 'Note added', 'Reply sent', 'Assignee changed', 'Status changed']) expect(timeline).toContain(e);
    // Resolved cases leave the default queue, and a search still finds them.
    await page.goto(`${server.url}/console/cases?lang=en`);
    expect(await page.getByRole('link', { name: number }).count()).toBe(0);
    await page.goto(`${server.url}/console/cases?lang=en&q=${number}`);
    expect(await page.getByRole('link', { name: number }).count()).toBe(1);
  });

  it('answers a bad form on the case page itself, never with a 500', async () => {
    const post = (path: string, form: Record<string, string>) => page.request.post(`${server.url}/console/cases/${path}?lang=en`, { form, maxRedirects: 0 });
    const empty = await post(`${number}/note`, { note: '   ' });
    expect(empty.status()).toBe(400);
    expect(await empty.text()).toContain('Write the note first.');
    const long = await post(`${number}/update`, { assignee: 'x'.repeat(101) });
    expect(long.status()).toBe(400);
    expect(await long.text()).toContain('An assignee name is at most 100 characters.');
    expect((await post('TX-00000/note', { note: 'hello' })).status()).toBe(404);
    expect((await page.request.get(`${server.url}/console/cases/not-a-case?lang=en`)).status()).toBe(404);
    // A cursor that is not ours is the first page, not an error.
    expect((await page.request.get(`${server.url}/console/cases?lang=en&cursor=garbage`)).status()).toBe(200);
  });

  it('records the suggested reply sent unchanged as sent, not as edited', async () => {
    const created = await page.request.post(`${server.url}/v1/cases`, { data: { txHash: demoCase('revert-with-reason').txHash, lang: 'en', externalRef: 'ZD-CONSOLE-1' } });
    expect(created.status()).toBe(201);
    const { case: other } = await created.json();
    await page.goto(`${server.url}/console/cases?lang=en&q=ZD-CONSOLE-1`);
    await page.getByRole('link', { name: other.number }).click();
    await page.getByRole('button', { name: 'Mark as sent' }).click();
    await page.waitForURL(/#reply-heading/);
    const after = await (await page.request.get(`${server.url}/v1/cases/${other.number}`)).json();
    expect(after.reply.sent).toBe(after.reply.suggested);
    expect(after.reply.draft).toBeNull();
    const types = ((await (await page.request.get(`${server.url}/v1/cases/${other.number}/events`)).json()) as { type: string }[]).map((e) => e.type);
    expect(types).toContain('reply_sent');
    expect(types).not.toContain('reply_edited');
  });

  it('speaks Chinese without English words or raw status values', async () => {
    await page.goto(`${server.url}/console/cases/${number}?lang=zh`);
    const ui = await page.locator('main').evaluate((main) => {
      // Texts people wrote (complaint, note, reply, assignee) and codes are content, not the UI's words.
      const clone = main.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('textarea, .pre, .code, .mono, input, #assignee, .finding-line, .chain-text').forEach((el) => el.remove());
      return clone.textContent ?? '';
    });
    expect(ui).toContain('已解决');
    expect(ui).toContain('客服工作台');
    // Latin words left are only the allowed ones: times in UTC and priority codes.
    expect(ui.replaceAll(number, ' ').replaceAll('Li Wei', ' ').match(/[A-Za-z_]{2,}/g)?.filter((w) => w !== 'UTC') ?? []).toEqual([]);
    await page.goto(`${server.url}/console/cases?lang=zh&q=${number}&status=all`);
    const queue = await page.locator('main').evaluate((main) => {
      const clone = main.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('input, .mono').forEach((el) => el.remove());
      return clone.textContent ?? '';
    });
    expect(queue).toContain('已解决');
    expect(queue.replaceAll(number, ' ').replaceAll('Li Wei', ' ').match(/[A-Za-z_]{2,}/g)?.filter((w) => w !== 'UTC') ?? []).toEqual([]);
  });

  it("the user's page shows the progress and never the note, the complaint, codes or the agent reply", async () => {
    await page.goto(`${server.url}/console/cases/${number}?lang=en`);
    const link = (await page.locator('#user-link').getAttribute('href'))!;
    expect(link).toMatch(/^\/c\/TX-[0-9A-Z]{5}\?t=/);
    const user = await browser.newContext({ locale: 'zh-CN' });
    try {
      const userPage = await user.newPage();
      const res = await userPage.goto(`${server.url}${link}`);
      expect(res?.status()).toBe(200);
      const text = (await userPage.locator('body').textContent()) ?? '';
      const source = await userPage.content();
      expect(text).toContain(number);
      expect(text).toContain('问题已解决');
      for (const secret of [NOTE, EDITED, c().text, suggested.slice(0, 40), 'Li Wei']) {
        expect(source).not.toContain(secret);
      }
      // No finding code is shown (the help link's address carries one; its words do not).
      expect(text).not.toMatch(/\b[A-Z]+(_[A-Z]+)+\b/);
      // Without the token the page is not there.
      expect((await userPage.goto(`${server.url}/c/${number}`))?.status()).toBe(404);
    } finally {
      await user.close();
    }
  });
});
