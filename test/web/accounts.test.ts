import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningInstance } from '../../src/runtime.ts';
import { launchChromium, serveApp, type Served } from '../support/browser.ts';
import { startDemoInstance } from '../support/instance.ts';

/**
 * Agent accounts end to end in a real browser: the first admin (signed in with the agent
 * key) adds an agent and a lead; the agent signs in with her password, investigates,
 * edits and sends the reply; the audit log shows each step under her name; an integration
 * key is minted, shown once, used, revoked and refused at once; the lead sees the trends
 * charts, the agent does not; disabling the agent ends her session at once.
 */
let instance: RunningInstance;
let server: Served;
let browser: Browser;
const contexts: BrowserContext[] = [];
let admin: Page;
let mei: Page;
let lin: Page;

const MEI = { username: 'mei', name: 'Mei Lin', password: 'plum blossom river 8' };
const LIN = { username: 'lin', name: 'Lin Hao', password: 'harbour lights at dusk 3' };
const EDITED = 'EDITED-BY-MEI: we looked at your transfer on the chain.';
let caseNumber = '';

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  return context.newPage();
}

async function signInWithPassword(page: Page, who: { username: string; password: string }) {
  await page.goto(`${server.url}/console/login?lang=en`);
  await page.getByLabel('User name').fill(who.username);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL(/\/console\?/);
}

beforeAll(async () => {
  [instance, browser] = await Promise.all([startDemoInstance(), launchChromium()]);
  server = await serveApp(instance);
  admin = await newPage();
  await admin.goto(`${server.url}/console/login?lang=en`);
  await admin.getByLabel('Agent key').fill(instance.agentKey!);
  await admin.getByRole('button', { name: 'Sign in with the key' }).click();
  await admin.waitForURL(/\/console\?/);
});
afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
  await server?.close();
  await instance?.close();
});

describe('agent accounts in the browser', () => {
  it('the first admin adds an agent and a lead on the agents page', async () => {
    expect(await admin.locator('#signed-in-as').textContent()).toBe('Signed in as the agent key (administrator) · Administrator');
    await admin.locator('#nav-agents').click();
    await admin.waitForURL(/\/console\/agents/);
    for (const [who, role] of [[MEI, 'agent'], [LIN, 'lead']] as const) {
      await admin.getByLabel('User name').fill(who.username);
      await admin.getByLabel('Name shown to colleagues').fill(who.name);
      await admin.locator('#new-role').selectOption(role);
      await admin.locator('#new-password').fill(who.password);
      await admin.getByRole('button', { name: 'Add the agent' }).click();
      await admin.waitForURL(/done=added/);
      expect(await admin.locator('#notice').textContent()).toBe(`${who.name} can sign in now.`);
    }
    const meiRow = admin.locator('tr[data-username="mei"]');
    expect(await meiRow.textContent()).toContain('Mei Lin');
    expect(await meiRow.textContent()).toContain('Active');
    expect(await admin.locator('tr[data-username="lin"]').textContent()).toContain('Team lead');
    // A weak password is refused on the page, in words.
    await admin.getByLabel('User name').fill('weak');
    await admin.locator('#new-password').fill('weakweakweak');
    await admin.getByRole('button', { name: 'Add the agent' }).click();
    expect(await admin.locator('#form-error').textContent()).toContain('The password needs at least 12 characters');
  });

  it('the agent signs in with her password, investigates, edits the reply and marks it sent', async () => {
    mei = await newPage();
    await signInWithPassword(mei, MEI);
    expect(await mei.locator('#signed-in-as').textContent()).toBe('Signed in as Mei Lin · Agent');
    // Her role's links only.
    expect(await mei.locator('#nav-cases').count()).toBe(1);
    for (const hidden of ['#nav-trends', '#nav-audit', '#nav-agents', '#nav-keys']) expect(await mei.locator(hidden).count(), hidden).toBe(0);

    const demo = instance.demoCases.find((c) => c.scenario === 'revert-with-reason')!;
    await mei.getByLabel("Complaint: paste the user's message, with any hashes or links").fill(`My withdrawal failed, please help ${demo.txHash}`);
    await mei.getByRole('button', { name: 'Investigate' }).click();
    await mei.waitForURL(/\/console\/i\//);
    caseNumber = ((await mei.locator('#case-link').textContent()) ?? '').replace('Case ', '').trim();
    expect(caseNumber).toMatch(/^TX-[0-9A-Z]{5}$/);

    await mei.locator('#case-link').click();
    await mei.waitForURL(new RegExp(`/console/cases/${caseNumber}`));
    const suggested = await mei.locator('#reply').inputValue();
    await mei.locator('#reply').fill(`${EDITED}\n${suggested}`);
    await mei.getByRole('button', { name: 'Mark as sent' }).click();
    await mei.waitForURL(/#reply-heading/);
    expect(await mei.locator('#reply-sent-state').textContent()).toContain('Last reply sent');
    const timeline = mei.locator('#timeline');
    for (const type of ['created', 'investigated', 'reply_edited', 'reply_sent']) {
      expect(await timeline.locator(`li[data-event="${type}"] .actor`).first().textContent(), type).toBe('(Mei Lin)');
    }
  });

  it('the audit log shows each of her steps with her name', async () => {
    await admin.goto(`${server.url}/console?lang=en`);
    await admin.locator('#nav-audit').click();
    await admin.waitForURL(/\/console\/audit/);
    await admin.getByLabel('Who (for example agent:mei)').fill('agent:mei');
    await admin.getByRole('button', { name: 'Show', exact: true }).click();
    await admin.waitForURL(/actor=agent%3Amei/);
    const rows = admin.locator('#audit tbody tr');
    const steps = await rows.evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent?.trim() ?? '')));
    expect(steps.every((cells) => cells[1].startsWith('Mei Lin'))).toBe(true);
    const what = steps.map((cells) => `${cells[2]} ${cells[3]}`);
    for (const step of ['Signed in mei', `Investigated ${caseNumber}`, `Read the complaint ${caseNumber}`, `Edited the reply ${caseNumber}`, `Marked the reply sent ${caseNumber}`]) {
      expect(what, step).toContain(step);
    }
    // The case number links to the case; the same log in Chinese.
    expect(await rows.locator(`a[href^="/console/cases/${caseNumber}"]`).count()).toBeGreaterThanOrEqual(4);
    await admin.goto(`${server.url}/console/audit?lang=zh&actor=agent:mei`);
    const zh = (await admin.locator('#audit').textContent()) ?? '';
    for (const word of ['Mei Lin', '登录', '调查', '查看投诉内容', '修改回复', '标记回复已发送']) expect(zh).toContain(word);
  });

  it('an integration key is shown once, works at once, and is refused at once after revoking', async () => {
    await admin.goto(`${server.url}/console/keys?lang=en`);
    await admin.getByLabel('What the key is for').fill('Zendesk');
    await admin.locator('input[name="scope:investigate"]').check();
    await admin.getByRole('button', { name: 'Make the key' }).click();
    const key = await admin.locator('#new-key').inputValue();
    expect(key).toMatch(/^txk_[a-z0-9]{10}_[\w-]{43}$/);
    const id = key.slice(4, 14);
    await admin.goto(`${server.url}/console/keys?lang=en`);
    expect(await admin.content()).not.toContain(key);

    const demo = instance.demoCases.find((c) => c.scenario === 'wrong-network')!;
    const use = () => fetch(`${server.url}/v1/investigations`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify({ txHash: demo.txHash }) });
    expect((await use()).status).toBe(200);

    await admin.locator(`#revoke-${id}`).click();
    await admin.waitForURL(/revoked=/);
    expect(await admin.locator('#notice').textContent()).toBe('The key for Zendesk no longer works.');
    const refused = await use();
    expect(refused.status).toBe(401);
    expect((await refused.json()).code).toBe('UNAUTHORIZED');

    await admin.goto(`${server.url}/console/audit?lang=en`);
    const log = (await admin.locator('#audit').textContent()) ?? '';
    expect(log).toContain('Made an integration key');
    expect(log).toContain('Revoked an integration key');
    expect(await admin.locator(`#audit tr[data-actor="key:${id}"] .actor-name`).first().textContent()).toBe('Zendesk');
  });

  it('a lead sees the trends page with its charts; an agent gets a 403 page', async () => {
    lin = await newPage();
    await signInWithPassword(lin, LIN);
    expect(await lin.locator('#nav-agents').count()).toBe(0);
    await lin.locator('#nav-trends').click();
    await lin.waitForURL(/\/console\/trends/);
    expect(await lin.locator('h1').textContent()).toBe('Complaint trends');
    expect(await lin.locator('main svg').count()).toBe(3);
    // Her investigation is counted in the charts' data.
    expect(await lin.locator('main').textContent()).toContain('TX_REVERTED');

    const res = await mei.goto(`${server.url}/console/trends?lang=en`);
    expect(res?.status()).toBe(403);
    expect(await mei.locator('h1').textContent()).toBe('Not part of your role');
    expect((await mei.goto(`${server.url}/console/agents?lang=en`))?.status()).toBe(403);
  });

  it('disabling the agent ends her session at once', async () => {
    await admin.goto(`${server.url}/console/agents?lang=en`);
    const row = admin.locator('tr[data-username="mei"]');
    await row.locator('summary').click();
    await row.getByRole('button', { name: 'Disable' }).click();
    await admin.waitForURL(/done=changed/);
    expect(await admin.locator('tr[data-username="mei"]').textContent()).toContain('Disabled');
    await mei.goto(`${server.url}/console/cases?lang=en`);
    expect(new URL(mei.url()).pathname).toBe('/console/login');
  });
});
