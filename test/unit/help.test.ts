import { describe, expect, it } from 'vitest';
import { allFindingCodes, findingCodes } from '../../src/diagnose/codes/index.ts';
import { agentOnlyCodes } from '../../src/explain/help/types.ts';
import { helpCatalogs, helpUrl, isUserFacing, mainHelpCode, userFacingCodes } from '../../src/explain/help/index.ts';
import { catalogs, render } from '../../src/explain/render.ts';
import type { Diagnosis } from '../../src/diagnose/types.ts';

/**
 * Self-help articles: every finding a user can read about has an article in both
 * languages, and the ones only agents see have none. The types make a missing article a
 * compile error; this test also catches a code whose user text appears or disappears
 * without its article following.
 */
const ctx = (lang: 'en' | 'zh') => ({ lang, net: (id: unknown) => String(id ?? 'Ethereum'), family: () => 'evm' as const, followUp: false });
const sample = { network: 'ethereum', amount: '10 USDT', symbol: 'USDT', fee: '1 TRX', claimed: 'a', actual: 'b' };

describe('self-help articles', () => {
  it.each(allFindingCodes)('%s: an article in each language exactly when users read a text for it', (code) => {
    for (const lang of ['en', 'zh'] as const) {
      const userText = catalogs[lang].findings[code].explain(sample, ctx(lang));
      const article = (helpCatalogs[lang] as Record<string, unknown>)[code] as Record<string, unknown> | undefined;
      if (userText) {
        expect(isUserFacing(code), `${code} has a user text in ${lang}: it needs an article, or must be agent-only`).toBe(true);
        expect(article, `help article ${lang}/${code} is missing`).toBeDefined();
        for (const key of ['title', 'means', 'time'] as const) expect(String(article![key]).trim().length, `${lang}/${code}.${key}`).toBeGreaterThan(1);
        for (const key of ['why', 'todo'] as const) expect((article![key] as string[]).length, `${lang}/${code}.${key}`).toBeGreaterThan(0);
      } else {
        expect(agentOnlyCodes as readonly string[], `${code} has no user text in ${lang}: list it as agent-only`).toContain(code);
        expect(article).toBeUndefined();
      }
    }
  });

  it('has no article for a code that does not exist', () => {
    for (const lang of ['en', 'zh'] as const) for (const code of Object.keys(helpCatalogs[lang])) expect(code in findingCodes, code).toBe(true);
  });

  const words = (a: { title: string; means: string; why: string[]; todo: string[]; time: string }) => [a.title, a.means, ...a.why, ...a.todo, a.time];

  it('writes Chinese without English words (tickers, product names and TxID aside)', () => {
    const allowed = new Set(['USDT', 'USDC', 'TRX', 'SOL', 'ETH', 'BNB', 'TRON', 'Solana', 'Tether', 'TxID']);
    for (const code of userFacingCodes) {
      for (const text of words(helpCatalogs.zh[code])) {
        // Token standards (TRC20, ERC20, BEP20) are names users see in wallets: a word with a digit is a code.
        const latin = (text.match(/[A-Za-z][A-Za-z0-9]+/g) ?? []).filter((w) => !allowed.has(w) && !/\d/.test(w));
        expect(latin, `${code}: ${text}`).toEqual([]);
      }
    }
  });

  it('writes English without "(s)" plurals or Chinese characters', () => {
    for (const code of userFacingCodes) {
      for (const text of words(helpCatalogs.en[code])) {
        expect(text).not.toMatch(/\(s\)|[\u4e00-\u9fff]/);
      }
    }
  });

  it('picks the most important finding a user can read about', () => {
    expect(mainHelpCode([{ code: 'LARGE_AMOUNT' }, { code: 'TRON_OUT_OF_ENERGY' }])).toBe('TRON_OUT_OF_ENERGY');
    expect(mainHelpCode([{ code: 'LARGE_AMOUNT' }])).toBeUndefined();
  });

  it('builds absolute links that keep a base path', () => {
    expect(helpUrl('https://example.com/txtriage', 'TX_PENDING', 'zh')).toBe('https://example.com/txtriage/help/TX_PENDING?lang=zh');
    expect(helpUrl('https://status.example.com/', 'TX_PENDING', 'en')).toBe('https://status.example.com/help/TX_PENDING?lang=en');
  });

  it('links the article of the main finding in the reply only when HELP_BASE_URL is set', () => {
    const diagnosis = {
      findings: [{ code: 'TRON_OUT_OF_ENERGY', severity: 'medium', category: 'failure', params: { network: 'tron' }, evidence: [] }],
      category: 'failure',
      priority: 'P3',
    } as unknown as Diagnosis;
    const base = 'https://help.example.com';
    expect(render(diagnosis, 'en', []).suggestedReply).not.toContain('/help/');
    expect(render(diagnosis, 'en', [], { helpBaseUrl: base }).suggestedReply).toContain('More about this, and what to do: https://help.example.com/help/TRON_OUT_OF_ENERGY?lang=en');
    expect(render(diagnosis, 'zh', [], { helpBaseUrl: base }).suggestedReply).toContain('https://help.example.com/help/TRON_OUT_OF_ENERGY?lang=zh');
  });
});
