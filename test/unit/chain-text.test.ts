import { describe, expect, it } from 'vitest';
import { evmNetworks } from '../../chains/evm/networks.ts';
import { diagnose } from '../../src/diagnose/index.ts';
import { chainWords, defang, quoteChainWords } from '../../src/explain/chain-text.ts';
import { render } from '../../src/explain/render.ts';
import { statusView } from '../../src/web/status-view.ts';
import { StatusPage } from '../../src/web/status-page.tsx';
import { page } from '../../src/web/layout.tsx';
import type { Investigation } from '../../src/investigate.ts';
import { codes, evmTx, foundIn, input } from '../support/facts.ts';

/** Issue 14 item 2: an attacker-written revert reason never reaches users in our voice. */
const ATTACK = '<img src=x onerror=alert(1)> Vault\u202Emoc.live\u200B http://evil.example/claim';

describe('one chain-text function', () => {
  it('shows invisible and bidi characters, defangs links, caps length', () => {
    expect(chainWords(ATTACK)).toBe('<img src=x onerror=alert(1)> Vault⟨U+202E⟩moc[.]live⟨U+200B⟩ hxxp://evil[.]example/claim');
    expect(defang('0.5 ETH, 5 USDC.e')).toBe('0.5 ETH, 5 USDC.e');
    expect([...chainWords('x'.repeat(500), 50)]).toHaveLength(51);
    expect(quoteChainWords('paused', 'en')).toBe('the contract\'s own message (written by the contract, not by us): "paused"');
  });

  it('the attack string reaches the explanation, the reply and the status page only defanged, quoted as the contract\'s words, and flagged', () => {
    const tx = evmTx({ status: 'failed', failure: { kind: 'revert', decoded: { type: 'error-string', message: ATTACK } } as never });
    const d = diagnose(input([foundIn(tx)]));
    expect(codes(d)).toEqual(['PHISHING_REVERT_REASON', 'TX_REVERTED']);
    for (const lang of ['en', 'zh'] as const) {
      const r = render(d, lang, evmNetworks);
      for (const text of [r.explanation, r.suggestedReply, ...r.nextSteps]) {
        expect(text).not.toContain('evil.example');
        expect(text).not.toContain('http://');
        expect(text).not.toMatch(/[\u202E\u200B]/);
      }
      expect(r.explanation).toContain(lang === 'en' ? "the contract's own message (written by the contract, not by us)" : '合约自己返回的原文（由合约编写，不是我们的说明）');
      expect(r.explanation).toContain('evil[.]example');
      expect(r.findings.find((f) => f.code === 'TX_REVERTED')!.title).not.toContain('evil.example');

      const inv = { lang, demo: false, category: d.category, priority: d.priority, ...r, transactions: [tx], addresses: [], lookups: [], understood: { txIds: [], addresses: [], hints: {} } } as unknown as Investigation;
      const html = page(StatusPage({ lang, demo: false, langHref: { zh: '/', en: '/' }, support: {}, view: statusView(inv, evmNetworks) }));
      expect(html).not.toContain('evil.example');
      expect(html).not.toContain('<img src=x');
      expect(html).toContain('evil[.]example');
    }
  });
});
