import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toAmount } from '../../chains/amount.ts';
import { createApp } from '../../src/api/app.ts';
import { diagnose } from '../../src/diagnose/index.ts';
import { parseComplaint } from '../../src/intake/complaint.ts';
import { knownNetworks, type RunningInstance } from '../../src/runtime.ts';
import { codes, evmTx, foundIn, input } from '../support/facts.ts';
import { startDemoInstance } from '../support/instance.ts';

/**
 * Issue 10, part A items 1, 2, 4, 5, 6, 7 and 12: each starts from the complaint text, through
 * POST /v1/investigations on the demo chains where chain data is needed, or intake + rules.
 */
let instance: RunningInstance;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  instance = await startDemoInstance({ RATE_LIMIT_PER_MINUTE: '0' });
  app = createApp(instance);
});
afterAll(async () => instance?.close());

async function investigate(text: string) {
  const res = await app.request('/v1/investigations', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${instance.agentKey}` },
    body: JSON.stringify({ text }),
  });
  expect(res.status).toBe(200);
  return res.json();
}

const hashOf = (scenario: string) => instance.demoCases.find((c) => c.scenario === scenario)!.txHash!;
const codesOf = (body: { findings: { code: string }[] }) => body.findings.map((f) => f.code);
const UNKNOWN_TX = `0x${'1234'.repeat(16)}`;

describe('issue 10 A1: the user\'s own address is never the claimed recipient', () => {
  it('"我的地址是 <sender>" on a 120 USDT deposit gives no RECIPIENT_MISMATCH and no scam warning', async () => {
    const hash = hashOf('erc20-transfer-final');
    const first = await investigate(hash);
    const sender = first.transactions[0].from;
    for (const text of [`我转了120U到交易所没到账，我的地址是 ${sender} 哈希 ${hash}`, `my address is ${sender}, I sent 120 usdt to the exchange ${hash}`, `我转了120U到 ${sender} ${hash}`]) {
      const body = await investigate(text);
      expect(codesOf(body), text).not.toContain('RECIPIENT_MISMATCH');
      expect(body.explanation, text).not.toContain('不一致');
      expect(body.understood.hints.ownAddress ?? body.understood.hints.claimedRecipient, text).toBe(sender);
    }
  });
});

describe('issue 10 A2: a recipient after 到/给/to is recognised', () => {
  it.each([
    ['我转了120 USDT到 0x2222222222222222222222222222222222222223 对方说没收到'],
    ['转给 0x2222222222222222222222222222222222222223 的 120U 对方说没收到'],
    ['sent 120 usdt to 0x2222222222222222222222222222222222222223, they say nothing arrived'],
    ['deposit address is 0x2222222222222222222222222222222222222223, 120 USDT not credited'],
  ])('%s → RECIPIENT_MISMATCH, never "arrived at the receiving address"', async (text) => {
    const body = await investigate(`${text} ${hashOf('erc20-transfer-final')}`);
    expect(codesOf(body)).toContain('RECIPIENT_MISMATCH');
    expect(body.explanation).not.toMatch(/到达了收款地址|arrived at the receiving address/);
  });
});

describe('issue 10 A4: a coin that shares a network\'s name is not a network claim', () => {
  it.each(['朋友说没收到 POL', 'friend did not get the MATIC', 'sent ARB, not there', 'OP not received', 'AVAX 没到', '转的 ETH 没到', 'BNB never arrived', 'my SOL is not there', '转了 USDT 没到'])('%s → no WRONG_NETWORK', async (text) => {
    const body = await investigate(`${text} ${hashOf('erc20-transfer-final')}`);
    expect(codesOf(body)).not.toContain('WRONG_NETWORK');
  });

  it('a network named (马蹄链 / BEP20) still is', async () => {
    expect(codesOf(await investigate(`用马蹄链转的 USDT 没到 ${hashOf('erc20-transfer-final')}`))).toContain('WRONG_NETWORK');
    expect(codesOf(await investigate(`BeP20 usdt not arrived ${hashOf('erc20-transfer-final')}`))).toContain('WRONG_NETWORK');
  });

  it('both networks named: the one it should have gone on decides ("用bep20转的应该是erc20")', async () => {
    // The demo transfer is on BNB Smart Chain: the user names it, and says it should have been ERC20.
    expect(codesOf(await investigate(`用bep20转的应该是erc20，交易所没收到 ${hashOf('wrong-network')}`))).toContain('WRONG_NETWORK');
    expect(codesOf(await investigate(`sent on BEP20 but it should have been ERC20 ${hashOf('wrong-network')}`))).toContain('WRONG_NETWORK');
    // Said the other way round, the transfer went where it should: no finding.
    expect(codesOf(await investigate(`用erc20转的应该是bep20 ${hashOf('wrong-network')}`))).not.toContain('WRONG_NETWORK');
  });
});

describe('issue 10 A5: a fee mentioned is not the amount sent', () => {
  it('"why did this cost me … ETH?" on a USDT transfer: no AMOUNT_MISMATCH, not suspicious', async () => {
    const hash = hashOf('erc20-transfer-final');
    const fee = (await investigate(hash)).transactions[0].fee.formatted;
    const body = await investigate(`why did this cost me ${Number(fee).toPrecision(2)} ETH? ${hash}`);
    expect(codesOf(body)).not.toContain('AMOUNT_MISMATCH');
    expect(body.category).not.toBe('suspicious');
  });

  it('"转个 TRX 扣了我 1.1 TRX 是怎么回事" on a 250 TRX transfer: no AMOUNT_MISMATCH, not suspicious', async () => {
    const body = await investigate(`转个 TRX 扣了我 1.1 TRX 是怎么回事 ${hashOf('tron-trx-transfer-solidified')}`);
    expect(body.transactions[0].network).toBe('tron');
    expect(codesOf(body)).not.toContain('AMOUNT_MISMATCH');
    expect(body.category).not.toBe('suspicious');
  });

  it('an amount equal to the fee paid is the fee, even without fee words (intake + rules)', () => {
    const tx = evmTx({ value: toAmount(10n ** 18n, 18, 'ETH'), to: '0x3333333333333333333333333333333333333333', fee: toAmount(2_100_000_000_000_000n, 18, 'ETH') });
    const hints = (text: string) => parseComplaint({ text }, knownNetworks).hints;
    expect(codes(diagnose(input([foundIn(tx)], hints(`what is this 0.0021 ETH ${tx.hash}`))))).not.toContain('AMOUNT_MISMATCH');
    // A real difference in the amount sent is still reported.
    expect(codes(diagnose(input([foundIn(tx)], hints(`I sent 0.5 ETH ${tx.hash}`))))).toContain('AMOUNT_MISMATCH');
  });
});

describe('"wrong network" said without naming one', () => {
  it('"交易所说我转错链了" on a BNB Smart Chain transfer: names the network it went on and how to check it, with the scam warning', async () => {
    const body = await investigate(`交易所说我转错链了 ${hashOf('wrong-network')}`);
    expect(codesOf(body)[0]).toBe('WRONG_NETWORK_REPORTED');
    expect(body.category).toBe('missing');
    expect(body.priority).toBe('P2');
    expect(body.explanation).toContain('币安智能链');
    expect(body.suggestedReply).toMatch(/助记词/);
  });

  it('a named network still decides: WRONG_NETWORK, not the report', async () => {
    const codes = codesOf(await investigate(`sent usdt on the wrong network, binance only accepts trc20 ${hashOf('wrong-network')}`));
    expect(codes).toContain('WRONG_NETWORK');
    expect(codes).not.toContain('WRONG_NETWORK_REPORTED');
  });

  it('a failed transfer went on no network: nothing to report', async () => {
    expect(codesOf(await investigate(`I think I used the wrong network ${hashOf('revert-with-reason')}`))).not.toContain('WRONG_NETWORK_REPORTED');
  });
});

describe('"I sent it to the wrong address"', () => {
  it('"我转错地址了，能追回吗": names what went where, says nobody can reverse it, who might help, and warns of recovery scams', async () => {
    const body = await investigate(`我转错地址了，能追回吗 ${hashOf('erc20-transfer-final')}`);
    expect(codesOf(body)[0]).toBe('WRONG_ADDRESS_REPORTED');
    expect(body.category).toBe('missing');
    expect(body.explanation).toContain('120 USDT 转到了 0xCE00854cB3E59453e0ef7f01c813Ada72806E86D');
    expect(body.explanation).toContain('无法撤回');
    // No "it arrived, all is well" beside it.
    expect(body.explanation).not.toContain('到达了收款地址');
    expect(body.suggestedReply).toMatch(/助记词/);
  });

  it('without a hash: the question is answered first (nobody can reverse it), then the hash is asked for, with the scam warning', async () => {
    const zh = await investigate('我转错地址了，能追回吗');
    expect(codesOf(zh)).toEqual(['NEED_TX_HASH']);
    expect(zh.explanation).toMatch(/^转错地址的转账一旦在链上确认，就无法撤回/);
    expect(zh.explanation).toContain('交易哈希');
    expect(zh.suggestedReply).toMatch(/助记词/);
    const net = await investigate('I sent it on the wrong network, can you help?');
    expect(net.explanation).toMatch(/^Funds sent on the wrong network can often be recovered/);
    expect(net.suggestedReply).toMatch(/seed phrase/);
    // A plain "not arrived" without a hash loses nothing yet: no warning.
    expect((await investigate('转账一直没到账，怎么办')).suggestedReply).not.toMatch(/助记词/);
  });

  it('the address the user meant, named and different: RECIPIENT_MISMATCH says it, not this', async () => {
    const codes = codesOf(await investigate(`I sent 120 USDT to 0x2222222222222222222222222222222222222223 but it went to the wrong address ${hashOf('erc20-transfer-final')}`));
    expect(codes).toContain('RECIPIENT_MISMATCH');
    expect(codes).not.toContain('WRONG_ADDRESS_REPORTED');
  });
});

describe('a network fee the user names that the chain does not show', () => {
  it('"为啥失败了还扣我 27 TRX" on a USDT transfer that burned 7.8572 TRX: says so, in Chinese, and it stays a failure', async () => {
    const body = await investigate(`https://tronscan.org/#/transaction/${hashOf('tron-usdt-out-of-energy')} 为啥失败了还扣我 27 TRX`);
    expect(codesOf(body)).toEqual(expect.arrayContaining(['TRON_OUT_OF_ENERGY', 'FEE_MISMATCH']));
    expect(body.category).toBe('failure');
    expect(body.explanation).toContain('不是您说的 27 TRX');
    expect(body.explanation).toContain('7.8572 TRX');
  });

  it('"为什么多扣了 0.002 SOL" on a transfer that opened the recipient\'s token account: the deposit explains it, no mismatch', async () => {
    const body = await investigate(`给朋友转了 25 USDC，为什么多扣了 0.002 SOL？ ${hashOf('recipient-account-created')}`);
    expect(codesOf(body)).toContain('SOLANA_RECIPIENT_ACCOUNT_CREATED');
    expect(codesOf(body)).not.toContain('FEE_MISMATCH');
  });

  it('a fee on a withdrawal is the platform\'s: not compared ("提现扣了 5 TRX 手续费")', async () => {
    // The transfer burned 12.581 TRX: the same words without the withdrawal are compared.
    expect(codesOf(await investigate(`扣了 5 TRX 手续费 ${hashOf('tron-usdt-transfer-high-energy')}`))).toContain('FEE_MISMATCH');
    expect(codesOf(await investigate(`提现扣了 5 TRX 手续费 ${hashOf('tron-usdt-transfer-high-energy')}`))).not.toContain('FEE_MISMATCH');
  });

  it('"the gas fee was 0.05 ETH!" on a transfer that paid far less: says so in English', async () => {
    const body = await investigate(`the gas fee was 0.05 ETH! ${hashOf('erc20-transfer-final')}`);
    expect(codesOf(body)).toContain('FEE_MISMATCH');
    expect(body.explanation).toMatch(/not the 0\.05 ETH you mentioned/);
  });
});

describe('issue 10 A6: Chinese amounts, and never from inside an id', () => {
  it('"被盗了 5万U" with a hash no chain has: LARGE_AMOUNT (P1) from the stated sum', async () => {
    const body = await investigate(`被盗了 5万U 哈希 ${UNKNOWN_TX}`);
    expect(codesOf(body)).toEqual(expect.arrayContaining(['LARGE_AMOUNT', 'THEFT_REPORTED']));
    expect(body.understood.amounts).toContainEqual({ value: 50_000, unit: 'USDT', kind: 'token', role: 'transfer' });
    expect(body.priority).toBe('P1');
  });

  it.each([
    ['1.2万USDT 没到', 12_000],
    ['八十U没到', 80],
    ['3千 TRX 没到', 3_000],
    ['两百u 没到账', 200],
    ['转了１２０Ｕ', 120],
  ])('%s reads %d', async (text, value) => {
    const body = await investigate(`${text} ${UNKNOWN_TX}`);
    expect(body.understood.amounts[0].value).toBe(value);
  });

  it('an address with "9U" inside is not 9 USDT: no AMOUNT_MISMATCH on the Solana demo transfer', async () => {
    const c = instance.demoCases.find((x) => x.network === 'solana' && x.txHash && x.expectedCode === 'TX_CONFIRMED')!;
    const body = await investigate(`转账到 ggtcfWoWqaMyQnJwBcs9U1MB2qHuXLWvoVBuZRyoFb6 ${c.txHash}`);
    expect(body.understood.amounts).toEqual([]);
    expect(codesOf(body)).not.toContain('AMOUNT_MISMATCH');
  });
});

describe('issue 10 A7: theft phrasings', () => {
  it.each([
    ["12 SOL vanished from my wallet today, I didn't send anything!!"],
    ['币莫名其妙少了'],
    ['钱包里的U不见了'],
    ['我的USDT被转走了'],
    ["I didn't authorize this"],
  ])('%s → THEFT_REPORTED, P1', async (text) => {
    const c = instance.demoCases.find((x) => x.network === 'solana' && x.txHash)!;
    const body = await investigate(`${text} ${c.txHash}`);
    expect(codesOf(body)).toContain('THEFT_REPORTED');
    expect(body.priority).toBe('P1');
  });
});

describe('issue 10 A12: a missing withdrawal', () => {
  it.each([
    [`my withdrawal is missing ${UNKNOWN_TX}`, 'en'],
    [`从币安提币到钱包没到账 ${UNKNOWN_TX}`, 'zh'],
  ])('%s → ask the platform for the withdrawal\'s tx id, never "send it again"', async (text, lang) => {
    const body = await investigate(text);
    expect(codesOf(body)).toContain('TX_NOT_FOUND');
    const all = `${body.explanation}\n${body.nextSteps.join('\n')}`;
    expect(all).not.toMatch(/send it again|可以重新发起|重新发起/);
    expect(all).toMatch(lang === 'en' ? /withdrawal's transaction ID \(TxID\)/ : /提币的交易哈希（TxID）/);
    if (lang === 'zh') expect(all).toContain('币安');
  });
});
