import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.ts';
import type { RunningInstance } from '../../src/runtime.ts';
import { useDemoApp } from '../support/demo-app.ts';
import { lintText, pageText, replySteps } from '../support/reply-lint.ts';

/**
 * Every seeded demo case × zh/en × {user explanation, agent reply, status page}: no
 * repeated step, at most six, no "(s)", no double spaces, no stray Latin words in
 * Chinese, no "we checked" when nothing was, no re-check promised when none is scheduled.
 */
let instance: RunningInstance;
let app: ReturnType<typeof createApp>;
useDemoApp({}, (demo) => ({ instance, app } = demo));

describe('reply lint over every demo case', () => {
  it('passes for every case, both languages, all three texts', async () => {
    const agent = { authorization: `Bearer ${instance.agentKey}`, 'content-type': 'application/json' };
    const problems: string[] = [];
    let checked = 0;
    await Promise.all(
      instance.demoCases.flatMap((c) =>
        (['zh', 'en'] as const).map(async (lang) => {
          const body = { text: c.text, txHash: c.txHash, address: c.txHash ? undefined : c.address, network: c.network, lang };
          const res = await app.request('/v1/investigations', { method: 'POST', headers: agent, body: JSON.stringify(body) });
          expect(res.status, c.scenario).toBe(200);
          const inv = await res.json();
          const codes: string[] = inv.findings.map((f: { code: string }) => f.code);
          const where = (what: string) => `${c.scenario} [${lang}] ${what}`;
          for (const p of lintText(inv.explanation, { lang, codes, steps: inv.nextSteps })) problems.push(`${where('explanation')}: ${p}`);
          for (const p of lintText(inv.suggestedReply, { lang, codes, steps: replySteps(inv.suggestedReply) })) problems.push(`${where('reply')}: ${p}`);
          const id = c.txHash ?? c.address!;
          const page = await app.request(`/s/${c.network}/${id}?lang=${lang}`, { headers: { accept: 'text/html' } });
          const text = pageText(await page.text());
          for (const p of lintText(text, { lang, codes })) problems.push(`${where('status page')}: ${p}`);
          checked++;
        }),
      ),
    );
    expect(problems).toEqual([]);
    expect(checked).toBe(instance.demoCases.length * 2);
  });
});
