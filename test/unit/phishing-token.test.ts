import { describe, expect, it } from 'vitest';
import { evmNetworks } from '../../chains/evm/networks.ts';
import { diagnose } from '../../src/diagnose/index.ts';
import { phishingSignals } from '../../src/diagnose/rules/common/phishing-token.ts';
import { render } from '../../src/explain/render.ts';
import { codes, evmTx, foundIn, input, usdtTransfer } from '../support/facts.ts';

const BAIT = '0x9999999999999999999999999999999999999999';
const bait = (name: string, symbol: string) => usdtTransfer(5000, undefined, { token: BAIT, name, symbol, wellKnown: false });

describe('phishingSignals', () => {
  it.each([
    ['Visit usdt-claim.com', ['link', 'lure']],
    ['https://airdrop.example', ['link', 'lure']],
    ['www.get-rewards.xyz', ['link', 'lure']],
    ['app.uniswap-v4.finance', ['link']],
    ['t.me/freeusdt', ['link']],
    ['usdt-claim[.]com', ['link', 'lure']],
    ['ｕｓｄｔ－ｇｉｆｔ．ｃｏｍ', ['link']],
    ['Claim your USDT', ['lure']],
    ['AIRDROP', ['lure']],
    ['访问网站领取空投', ['lure']],
    ['<img src=x onerror=alert(1)>', ['markup']],
    ['</title><script>', ['markup']],
    ['javascript:alert(1)', ['markup']],
  ])('flags %j', (text, expected) => {
    expect(phishingSignals(text)).toEqual(expected);
  });

  it.each(['Tether USD', 'USDT', 'USDC.e', 'BTC.b', 'Wrapped Ether', 'WETH', 'Visitor', 'Reclaimed Wood', '1inch', 'Pancake LPs', 'I <3 ETH', 'Bonusly'])('leaves %j alone', (text) => {
    expect(phishingSignals(text)).toEqual([]);
  });
});

describe('PHISHING_TOKEN_NAME', () => {
  it('flags an airdropped token whose symbol is a link, once per token', () => {
    const tx = evmTx({ tokenTransfers: [bait('<img src=x onerror=alert(1)>', 'Visit usdt-claim.com'), bait('<img src=x onerror=alert(1)>', 'Visit usdt-claim.com')] });
    const d = diagnose(input([foundIn(tx)]));
    expect(codes(d)).toEqual(['PHISHING_TOKEN_NAME', 'TX_CONFIRMED']);
    expect(d.category).toBe('suspicious');
    expect(d.priority).toBe('P2');
    expect(d.findings[0].params).toMatchObject({ token: BAIT, signals: 'link,lure,markup', field: 'name,symbol' });
    expect(d.findings[0].evidence).toContainEqual({ label: 'token name', value: '<img src=x onerror=alert(1)>' });
  });

  it('leaves ordinary tokens alone', () => {
    expect(codes(diagnose(input([foundIn(evmTx({ tokenTransfers: [usdtTransfer(10)] }))])))).toEqual(['TX_CONFIRMED']);
  });

  it('quotes the bait for agents but never repeats it to the user', () => {
    const d = diagnose(input([foundIn(evmTx({ tokenTransfers: [bait('Reward', 'Visit usdt-claim.com')] }))]));
    for (const lang of ['en', 'zh'] as const) {
      const r = render(d, lang, evmNetworks);
      expect(r.findings[0].detail).toContain('"Visit usdt-claim[.]com"'); // defanged even for agents
      expect(r.explanation).not.toContain('usdt-claim');
      expect(r.nextSteps.join(' ')).not.toContain('usdt-claim');
      expect(r.suggestedReply).not.toContain('usdt-claim');
      expect(r.suggestedReply).toContain(lang === 'en' ? 'recovery phrase' : '助记词');
    }
  });

  it('cuts a very long bait text for the agent', () => {
    const d = diagnose(input([foundIn(evmTx({ tokenTransfers: [bait(`claim ${'x'.repeat(500)}`, 'X')] }))]));
    expect(String(d.findings[0].params.shown).length).toBeLessThan(100);
  });
});
