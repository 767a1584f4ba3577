import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evmNetworks } from '../../chains/evm/networks.ts';
import { createApp } from '../../src/api/app.ts';
import { diagnose } from '../../src/diagnose/index.ts';
import { render } from '../../src/explain/render.ts';
import type { RunningInstance } from '../../src/runtime.ts';
import { evmTx, foundIn, input } from '../support/facts.ts';
import { startDemoInstance } from '../support/instance.ts';
import { lintText, replySteps } from '../support/reply-lint.ts';

/**
 * Issue 10's wrong, clumsy and over-promising answers, each from the complaint text
 * through POST /v1/investigations on the demo chains, and the first sentence users read.
 */
let instance: RunningInstance;
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  instance = await startDemoInstance({ RATE_LIMIT_PER_MINUTE: '0' });
  app = createApp(instance);
});
afterAll(async () => instance?.close());

const caseOf = (scenario: string) => instance.demoCases.find((c) => c.scenario === scenario)!;
async function complain(text: string, lang?: 'zh' | 'en') {
  const res = await app.request('/v1/investigations', {
    method: 'POST',
    headers: { authorization: `Bearer ${instance.agentKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ text, ...(lang ? { lang } : {}) }),
  });
  expect(res.status).toBe(200);
  const inv = await res.json();
  const codes: string[] = inv.findings.map((f: { code: string }) => f.code);
  expect(lintText(inv.suggestedReply, { lang: inv.lang, codes, steps: replySteps(inv.suggestedReply) })).toEqual([]);
  return { ...inv, codes } as { lang: 'zh' | 'en'; codes: string[]; explanation: string; suggestedReply: string; nextSteps: string[]; findings: { code: string; title: string }[] };
}

describe('A3: a transfer that failed for lack of balance', () => {
  it('says the wallet did not hold enough at that moment, never "still in your wallet", in one language', async () => {
    const h = caseOf('revert-custom-error-insufficient-balance').txHash!;
    const zh = await complain(`转账 50000 USDT 失败了，为什么？ ${h}`);
    expect(zh.explanation).toContain('当时发送钱包里的代币余额不够转出 50000 USDT');
    expect(zh.explanation).not.toContain('仍在您的钱包里');
    expect(zh.findings[0].title).toBe('交易失败：当时发送钱包里的代币不够这次转账的数量');
    const en = await complain(`my 50000 USDT transfer failed ${h}`, 'en');
    expect(en.explanation).toContain('did not hold enough of the token to send 50000 USDT');
    expect(en.explanation).not.toContain('still in your wallet');
  });

  it('translates a classic "transfer amount exceeds balance" revert string (no English inside Chinese)', () => {
    const tx = evmTx({ status: 'failed', failure: { kind: 'revert', decoded: { type: 'error-string', message: 'BEP20: transfer amount exceeds balance' } } as never });
    const zh = render(diagnose(input([foundIn(tx)])), 'zh', evmNetworks);
    expect(zh.findings[0].title).toBe('交易失败：当时发送钱包里的代币不够这次转账的数量');
    expect(zh.explanation).not.toMatch(/exceeds|仍在您的钱包/);
  });
});

describe('A8: a theft report with a transaction that does not involve the named wallet', () => {
  it('says so plainly, investigates the wallet, and drops "arrived at the receiving address" and exchange-credit steps', async () => {
    const wallet = caseOf('theft-approval-drain').address!;
    const unrelated = caseOf('erc20-transfer-final').txHash!;
    const inv = await complain(`my wallet ${wallet} got drained, this is one of the tx ${unrelated}`);
    expect(inv.codes).toContain('TX_NOT_INVOLVING_WALLET');
    expect(inv.codes).toContain('DRAIN_BY_SPENDER');
    expect(inv.suggestedReply).toContain(`does not involve your wallet ${wallet}`);
    expect(inv.suggestedReply).not.toContain('arrived at the receiving address');
    expect(inv.suggestedReply).not.toMatch(/has not credited you yet/);
  });
});

describe('A9: a payment-scam victim paid with a fake token', () => {
  it('gets the fake-token explanation and what to do about the buyer, not key-compromise steps', async () => {
    const h = caseOf('fake-token-received').txHash!;
    const inv = await complain(`I think I was scammed, someone sent me USDT for my goods but it's worthless ${h}`);
    expect(inv.codes).toEqual(expect.arrayContaining(['FAKE_TOKEN', 'THEFT_REPORTED']));
    expect(inv.suggestedReply.split('\n\n')[1]).toBe('Hello. We understand you were paid with a token that turned out to be worthless, and we are treating this as urgent.');
    expect(inv.nextSteps.join(' ')).toMatch(/Report them to the platform where you met them/);
    expect(inv.nextSteps.join(' ')).not.toMatch(/new wallet|new recovery phrase|Revoke/);
  });
});

describe('A10: wrong network across families', () => {
  it('a TRON transaction for a user who names ERC20: words for the pair, never "wait", never "looks the same"', async () => {
    const h = caseOf('tron-usdt-transfer-high-energy').txHash!;
    const inv = await complain(`我用ERC20网络转的USDT交易所没到账 ${h}`);
    expect(inv.codes[0]).toBe('WRONG_NETWORK');
    expect(inv.explanation).toContain('地址格式也不一样');
    expect(inv.explanation).not.toContain('即使地址看起来一样');
    expect(inv.nextSteps.join('')).not.toMatch(/等待/);
  });

  it('two EVM networks keep "even when the address looks the same"', async () => {
    const c = caseOf('wrong-network');
    const inv = await complain(`${c.text} ${c.txHash}`, 'en');
    expect(inv.explanation).toContain('even when the address looks the same');
    expect(inv.nextSteps.join(' ')).not.toMatch(/\bwait\b/i);
  });
});

describe('A11: promises that are not true', () => {
  it('the no-hash answer does not open with "we checked"', async () => {
    const zh = await complain('我转的U一直没到账，怎么回事');
    expect(zh.codes).toEqual(['NEED_TX_HASH']);
    expect(zh.suggestedReply).not.toContain('已经在链上为您查询');
    expect(zh.suggestedReply.split('\n\n')[1]).toBe('您好，感谢您的耐心等待。');
  });

  it('"we will check again" only when a re-check is really scheduled (followUp)', () => {
    const d = { findings: [{ code: 'LOOKUP_INCONCLUSIVE' as const, severity: 'medium' as const, category: 'inconclusive' as const, params: { failedNetworks: 'bsc', searched: 'bsc' }, evidence: [] }], category: 'inconclusive' as const, priority: 'P3' as const };
    expect(render(d, 'en', evmNetworks).suggestedReply).not.toContain('check again and let you know');
    expect(render(d, 'en', evmNetworks, { followUp: true }).suggestedReply).toContain('We will check again and let you know.');
    expect(render(d, 'zh', evmNetworks).suggestedReply).not.toContain('我们会再次查询');
  });

  it('the demo "check it yourself" link is the status page, not the JSON API', async () => {
    const c = caseOf('erc20-transfer-final');
    const inv = await complain(`did my transfer arrive? ${c.txHash}`);
    expect(inv.suggestedReply).toMatch(new RegExp(`/s/ethereum/${c.txHash}`));
    expect(inv.suggestedReply).not.toContain('/v1/tx/');
  });
});

describe('B: how replies are composed', () => {
  it('a drain reply: one acknowledgement, what was found, at most 6 merged steps, the warning once', async () => {
    const c = caseOf('theft-approval-drain');
    const inv = await complain(c.text!, 'en');
    const paragraphs = inv.suggestedReply.split('\n\n');
    expect(paragraphs[1]).toBe('Hello. We understand you believe your funds were stolen, and we are treating this as urgent.');
    expect(inv.nextSteps.length).toBeLessThanOrEqual(6);
    expect(inv.nextSteps.filter((s) => /new wallet/.test(s))).toHaveLength(1);
    expect(inv.nextSteps.filter((s) => /^Revoke/.test(s))).toHaveLength(1);
    expect(inv.suggestedReply).not.toContain('listed here');
    expect(inv.suggestedReply.split('never ask for your recovery phrase').length).toBe(2);
    expect(inv.suggestedReply.split('DEMO DATA').length).toBe(2);
    expect(inv.suggestedReply).not.toContain('(local demo chain)');
  });

  it('a TRON fee complaint: one sentence on energy, and the fee goes to the network, not to us', async () => {
    const h = caseOf('tron-usdt-transfer-high-energy').txHash!;
    const inv = await complain(`你们是不是乱收费？转个USDT扣了我12.58 TRX ${h}`);
    expect(inv.explanation).toContain('这笔手续费是波场网络收取的（TRX 被直接燃烧），钱包和我们都没有收取任何费用。');
    expect(inv.explanation.match(/能量/g)!.length).toBeLessThanOrEqual(6);
  });
});

describe('a transfer that arrived names what and where', () => {
  it('"对方说没收到" on a TRX transfer: the amount and the receiving address, to check against', async () => {
    const inv = await complain(`波场转账显示成功了但对方说没收到 ${caseOf('tron-trx-transfer-solidified').txHash!}`);
    expect(inv.explanation).toContain('250 TRX 已从您的钱包转出，并到达了收款地址 TDS3dyXQdRRYaFTgYXYNT8W2mLtq3JTg7c。');
  });

});

describe('QA: a withdrawal from an exchange that arrived on chain', () => {
  // The user's wallet received the funds: "left your wallet" and "ask the receiver to credit you" were wrong.
  it.each([
    ['zh', (h: string) => `从币安提币120u到我钱包，币安显示已完成但钱包没收到 ${h}`, 'erc20-transfer-final', '这笔提币已在以太坊上成功完成并最终确认：币安已经把 120 USDT 转出，并到达了收款地址 0xCE00854cB3E59453e0ef7f01c813Ada72806E86D。', /从您的钱包转出|给您入账/],
    ['en', (h: string) => `binance withdrawal 250 trx says completed but my wallet shows nothing ${h}`, 'tron-trx-transfer-solidified', 'This withdrawal went through on TRON and is final: Binance sent 250 TRX and it arrived at the receiving address TDS3dyXQdRRYaFTgYXYNT8W2mLtq3JTg7c.', /left your wallet|credited you/],
  ] as const)('%s: says the platform sent it and where to look in the wallet', async (_lang, text, scenario, says, never) => {
    const inv = await complain(text(caseOf(scenario).txHash!));
    expect(inv.codes).toContain('TX_CONFIRMED');
    expect(inv.explanation).toContain(says);
    expect(`${inv.explanation} ${inv.nextSteps.join(' ')}`).not.toMatch(never);
    expect(inv.nextSteps.join(' ')).toMatch(/your wallet address|您的钱包地址/);
  });

  it.each([
    ['zh', (h: string) => `从欧易提币 80u 到钱包还没到 ${h}`, '这笔提币已在以太坊上成功打包：欧易已经把资金转到了收款地址', /交易所一般要等到|仍未入账/],
    ['en', (h: string) => `okx withdrawal of 80 usdt still not in my wallet ${h}`, 'This withdrawal has gone through on Ethereum: OKX sent the funds to the receiving address', /before crediting a deposit|not been credited/],
  ] as const)('%s: still confirming, it is at the address already: no "exchanges credit after N confirmations"', async (_lang, text, says, never) => {
    const inv = await complain(text(caseOf('awaiting-confirmations').txHash!));
    expect(inv.codes).toContain('TX_AWAITING_CONFIRMATIONS');
    expect(inv.explanation).toContain(says);
    expect(`${inv.explanation} ${inv.nextSteps.join(' ')}`).not.toMatch(never);
  });
});

describe('QA: only the address the user sent to, no hash', () => {
  it.each([
    ['en', 'I have sent 120 USDT to 0xCE00854cB3E59453e0ef7f01c813Ada72806E86D but receiver said not received'],
    ['zh', '我给 0xCE00854cB3E59453e0ef7f01c813Ada72806E86D 转了120U，对方说没收到'],
  ])('%s: asks for the transfer\'s hash instead of a theft scan of the receiver', async (_lang, text) => {
    const inv = await complain(text);
    expect(inv.codes).toEqual(['NEED_TX_HASH']);
    expect(`${inv.explanation} ${inv.nextSteps.join(' ')}`).toMatch(/TxID/);
    expect(inv.explanation).not.toMatch(/no sign of theft|没有发现被盗/);
  });
});

describe('QA: several hashes in one complaint', () => {
  // Two "your transaction…" paragraphs side by side did not say which was which.
  it.each([
    ['zh', (a: string, b: string) => `两笔都没到 ${a} 和 ${b}`, '关于交易 0x664a8e…5d09：您的这笔转账已在以太坊上成功完成', '关于交易 0xa9172e…c944：'],
    ['en', (a: string, b: string) => `${a}, ${b} both problems`, 'Transaction 0x664a8e…5d09: Your transaction went through on Ethereum', 'Transaction 0xa9172e…c944: '],
  ] as const)('%s: each paragraph names its transaction', async (_lang, text, first, second) => {
    const inv = await complain(text(caseOf('erc20-transfer-final').txHash!, caseOf('revert-with-reason').txHash!));
    expect(inv.explanation).toContain(first);
    expect(inv.explanation).toContain(second);
    // One transaction: no label.
    const one = await complain(text(caseOf('erc20-transfer-final').txHash!, '').trim());
    expect(one.explanation).not.toMatch(/关于交易|Transaction 0x/);
  });
});

describe('C: the public status page', () => {
  it('asks for the transaction hash when an address is pasted (address analysis is agent-only), with the support contact', async () => {
    instance.config.SUPPORT_URL = 'https://help.example/wallet';
    instance.config.SUPPORT_TEXT = 'Chat with us in the app';
    const web = createApp(instance);
    const address = caseOf('theft-approval-drain').address!;
    for (const path of [`/?q=${address}&lang=en`, `/s/ethereum/${address}?lang=en`]) {
      const html = await (await web.request(path, { headers: { accept: 'text/html' } })).text();
      expect(html).toContain('This is an address, not a transaction.');
      expect(html).toContain('<a href="https://help.example/wallet">Chat with us in the app</a>');
      expect(html).not.toContain('3000 USDT');
    }
  });

  it('links to the answer with an absolute address, names TRON and Solana in the hint, and stops refreshing after a bounded time', async () => {
    instance.config.PUBLIC_URL = 'https://status.example';
    const web = createApp(instance);
    const h = caseOf('pending-normal-fee').txHash!;
    const first = await (await web.request(`/s/bsc/${h}?lang=en`, { headers: { accept: 'text/html' } })).text();
    expect(first).toContain(`https://status.example/s/bsc/${h}?lang=en`);
    expect(first).toMatch(/TRON transaction id, a Solana signature/);
    expect(first).toContain('http-equiv="refresh"');
    expect(first).toMatch(/r=1"/);
    const late = await (await web.request(`/s/bsc/${h}?lang=zh&r=1000`, { headers: { accept: 'text/html' } })).text();
    expect(late).not.toContain('http-equiv="refresh"');
    expect(late).toContain('本页已自动查询了 10 分钟，现已停止');
  });
});
