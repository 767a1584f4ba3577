/**
 * Screenshots of the status page and the agents' console for the README, desktop and
 * mobile width, zh and en: `npm run screenshots` → docs/screenshots/*.png.
 *
 * Runs the demo instance and Debian's chromium, fully offline. Chinese text needs a CJK
 * font on the machine (Debian: `apt-get install fonts-noto-cjk`), or it shows as boxes.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium, serveApp } from '../test/support/browser.ts';
import { startDemoInstance } from '../test/support/instance.ts';

const OUT = new URL('../docs/screenshots/', import.meta.url);
const desktop: BrowserContextOptions = { viewport: { width: 1280, height: 860 }, deviceScaleFactor: 1 };
const mobile: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

try {
  if (!execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim()) console.warn('warning: no CJK font installed; Chinese will not render (apt-get install fonts-noto-cjk)');
} catch {
  console.warn('warning: fc-list not found; cannot check for a CJK font');
}

mkdirSync(OUT, { recursive: true });
const instance = await startDemoInstance();
const server = await serveApp(instance);
const browser = await launchChromium();
const hash = (scenario: string) => instance.demoCases.find((c) => c.scenario === scenario)!.txHash!;

async function shot(name: string, opts: BrowserContextOptions, go: (page: Page) => Promise<void>) {
  const context = await browser.newContext({ ...opts, colorScheme: 'light', reducedMotion: 'reduce' });
  const page = await context.newPage();
  await go(page);
  const path = new URL(`${name}.png`, OUT).pathname;
  await page.screenshot({ path, fullPage: true, animations: 'disabled' });
  await context.close();
  console.log(`wrote ${path}`);
}

async function signIn(page: Page, lang: 'en' | 'zh') {
  await page.goto(`${server.url}/console/login?lang=${lang}`);
  await page.fill('#key', instance.agentKey!);
  await page.click('#key-form button[type=submit]');
  await page.waitForURL(/\/console\?/);
}

async function investigate(page: Page, text: string, lang: 'en' | 'zh') {
  await signIn(page, lang);
  await page.fill('#text', text);
  await page.click('#complaint-form button[type=submit]');
  await page.waitForURL(/\/console\/i\//);
}

try {
  await shot('status-desktop-en', desktop, async (p) => {
    await p.goto(`${server.url}/?lang=en&q=${hash('revert-with-reason')}`);
  });
  await shot('status-mobile-zh', mobile, async (p) => {
    await p.goto(`${server.url}/s/ethereum/${hash('awaiting-confirmations')}?lang=zh`);
  });
  await shot('status-phishing-mobile-en', mobile, async (p) => {
    await p.goto(`${server.url}/s/ethereum/${hash('phishing-token-name')}?lang=en`);
  });
  await shot('status-desktop-zh', desktop, async (p) => {
    await p.goto(`${server.url}/?lang=zh&q=${encodeURIComponent(`https://bscscan.com/tx/${hash('wrong-network')}`)}`);
  });
  const wrongNetwork = instance.demoCases.find((c) => c.scenario === 'wrong-network')!;
  await shot('console-desktop-en', desktop, (p) => investigate(p, `${wrongNetwork.text} https://bscscan.com/tx/${wrongNetwork.txHash}`, 'en'));
  await shot('console-mobile-zh', mobile, (p) => investigate(p, `钱包里多了一个币，名字让我去网站领取 ${hash('phishing-token-name')}`, 'zh'));
  await shot('console-home-desktop-zh', desktop, async (p) => {
    await signIn(p, 'zh');
  });
} finally {
  await browser.close();
  await server.close();
  await instance.close();
}
