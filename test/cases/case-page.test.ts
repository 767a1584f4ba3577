import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.ts';
import { allFindingCodes } from '../../src/diagnose/codes/index.ts';
import type { RunningInstance } from '../../src/runtime.ts';
import { useDemoApp } from '../support/demo-app.ts';

/** The user's case page: progress in plain words, never the agents' side of the case. */
let instance: RunningInstance;
let app: ReturnType<typeof createApp>;
const headers = { authorization: 'Bearer case-page-test-agent-key-01', 'content-type': 'application/json' };
useDemoApp({ AGENT_API_KEY: 'case-page-test-agent-key-01' }, (demo) => ({ instance, app } = demo));

const page = async (path: string) => {
  const res = await app.request(path, { headers: { accept: 'text/html' } });
  return { status: res.status, html: await res.text(), headers: res.headers };
};

describe('/c/{caseNumber}?t=…', () => {
  it('shows progress and what the chain says, and nothing private', async () => {
    const c = instance.demoCases.find((x) => x.scenario === 'wrong-network')!;
    const complaint = `${c.text} 我的手机号 13800000000 ${c.txHash}`;
    const created = (await (await app.request('/v1/cases', { method: 'POST', headers, body: JSON.stringify({ text: complaint, customerRef: 'cust-secret-9' }) })).json()).case;
    await app.request(`/v1/cases/${created.id}`, { method: 'PATCH', headers, body: JSON.stringify({ note: 'internal: user seems upset', replyDraft: 'DRAFT-REPLY-TEXT 您好' }) });

    const url = new URL(created.publicUrl, 'http://x');
    const zh = await page(url.pathname + url.search);
    expect(zh.status).toBe(200);
    expect(zh.headers.get('referrer-policy')).toBe('same-origin'); // the token never leaves the site
    expect(zh.headers.get('cache-control')).toBe('no-store');
    expect(zh.html).toContain(`您的工单 ${created.number}`);
    expect(zh.html).toContain('客服正在处理您的问题');
    expect(zh.html).toContain('200 USDT'); // the transaction's facts
    for (const secret of ['13800000000', 'internal: user seems upset', 'DRAFT-REPLY-TEXT', 'cust-secret-9', c.text!, created.reply.suggested.split('\n')[0]]) {
      expect(zh.html).not.toContain(secret);
    }
    // Codes never reach the words the user reads (the help link's address names its article).
    const shown = zh.html.replace(/href="[^"]*"/g, '');
    for (const code of allFindingCodes) expect(shown).not.toContain(code);

    const en = await page(`${url.pathname}${url.search}&lang=en`);
    expect(en.html).toContain(`Your case ${created.number}`);
    expect(en.html).toContain('Our support team is looking into it');
  });

  it('answers a wrong token, a missing token and an unknown number the same way', async () => {
    const created = (await (await app.request('/v1/cases', { method: 'POST', headers, body: JSON.stringify({ txHash: instance.demoCases.find((x) => x.scenario === 'pending-normal-fee')!.txHash, lang: 'en' }) })).json()).case;
    const url = new URL(created.publicUrl, 'http://x');
    const ok = await page(url.pathname + url.search);
    expect(ok.status).toBe(200);
    expect(ok.html).toContain('We are waiting for the blockchain');
    expect(ok.html).toMatch(/http-equiv="refresh"/);
    const wrong = await page(`${url.pathname}?t=${'A'.repeat(22)}`);
    const none = await page(url.pathname);
    const unknown = await page(`/c/TX-00000?t=${url.searchParams.get('t')}`);
    for (const r of [wrong, none, unknown]) {
      expect(r.status).toBe(404);
      expect(r.html).not.toContain(created.number);
    }
    expect(wrong.html).toBe(unknown.html);
    expect(none.html).toBe(unknown.html);
  });
});
