import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.ts';
import { loadConfig, rpcEnvName } from '../../src/config.ts';
import { knownNetworks, startInstance, type RunningInstance } from '../../src/runtime.ts';

/**
 * Every endpoint unreachable (a port nobody listens on): what the complaint says must still
 * carry the answer. Theft is P1 whatever the chains say; a TRON-pointing complaint asks TRON
 * first; the user text names at most the networks the complaint points to.
 */
let instance: RunningInstance;
let app: ReturnType<typeof createApp>;
const KEY = 'intake-test-agent-key-0123456789';

async function closedPort(): Promise<string> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return `http://127.0.0.1:${port}`;
}

beforeAll(async () => {
  const dead = await closedPort();
  const rpc = Object.fromEntries(knownNetworks.filter((n) => !n.testnet).map((n) => [rpcEnvName(n), dead]));
  const config = loadConfig({ MODE: 'live', PORT: '0', LOG_LEVEL: 'silent', RPC_TIMEOUT_MS: '500', RPC_RETRIES: '0', RATE_LIMIT_PER_MINUTE: '0', AGENT_API_KEY: KEY, ...rpc }, knownNetworks);
  instance = await startInstance(config);
  app = createApp(instance);
});
afterAll(async () => instance?.close());

async function investigate(text: string) {
  const res = await app.request('/v1/investigations', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` }, body: JSON.stringify({ text }) });
  expect(res.status).toBe(200);
  return res.json();
}

const EVM_TX = `0x${'7c'.repeat(32)}`;
const HEX_TX = 'a3'.repeat(32);
const TRON_ADDR = 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t';
const SOL_SIG = '2kHbPUGzehenUXQbBfAVZGcuTrSUVDMEyU2aGcjFbuUAJkG28CyQPCGZF68u369MU7WHMvJboyioqyihvtR75nLn';

describe('every endpoint unreachable', () => {
  // One phrasing per word form of theft (issue 15 class 3, issue 10 item 7).
  const thefts: [string, string][] = [
    ['stole', `someone stole my usdt ${EVM_TX}`],
    ['stolen', `My ETH was stolen last night, tx ${EVM_TX}`],
    ['steal', `they used a fake dapp to steal everything ${EVM_TX}`],
    ['hacker', `a hacker moved my funds ${EVM_TX}`],
    ['hacking', `is this hacking?? all my BNB left ${EVM_TX}`],
    ['hacked', `wallet hacked 😭 ${EVM_TX}`],
    ['scam', `this is a scam, please help ${EVM_TX}`],
    ['scammer', `the scammer has my 500 usdt ${EVM_TX}`],
    ['scammed', `I got scammed on telegram ${EVM_TX}`],
    ['drained', `my wallet got drained ${EVM_TX}`],
    ['emptied', `account emptied overnight ${EVM_TX}`],
    ['wiped', `my balance was wiped ${EVM_TX}`],
    ['someone took', `someone took 2 ETH from me ${EVM_TX}`],
    ['without my permission', `USDT moved without my permission ${EVM_TX}`],
    ['I never sent this', `I never sent this transaction ${EVM_TX}`],
    ['vanished', `12 SOL vanished from my wallet today, I didn't send anything!! ${SOL_SIG}`],
    ["I didn't authorize this", `I didn't authorize this ${EVM_TX}`],
    ['被盗', `钱包被盗了 ${EVM_TX}`],
    ['被转走了', `我的USDT被转走了 ${HEX_TX}`],
    ['币莫名其妙少了', `币莫名其妙少了 ${EVM_TX}`],
    ['钱包里的U不见了', `钱包里的U不见了 ${HEX_TX}`],
    ['被骗', `被骗了 5万U ${HEX_TX}`],
    ['黑客', `黑客把我的币转走 ${EVM_TX}`],
    ['我没有操作', `我没有操作，钱包余额少了 ${EVM_TX}`],
    ['no id', '我的钱包被盗了，帮帮我'],
  ];
  it.each(thefts)('theft phrasing "%s" → THEFT_REPORTED and P1', async (_form, text) => {
    const body = await investigate(text);
    expect(body.findings.map((f: { code: string }) => f.code)).toContain('THEFT_REPORTED');
    expect(body.priority).toBe('P1');
    expect(body.findings.map((f: { code: string }) => f.code)).not.toContain('TX_NOT_FOUND');
  });

  it('a TRON-pointing complaint looks TRON up first', async () => {
    // Lookup hints order the networks and drop none…
    for (const text of [`tronscan 上看不到 ${HEX_TX}`, `转了 300 TRX 没到 ${HEX_TX}`, `sent to ${TRON_ADDR} ${HEX_TX} still not arrived`, `my tronlink wallet shows nothing ${HEX_TX}`]) {
      const body = await investigate(text);
      expect(body.lookups[0].network, text).toBe('tron');
      expect(body.lookups.length, text).toBeGreaterThan(1);
    }
    // …a network the user names (a claim) is where a bare 64-hex id is looked up.
    const claimed = await investigate(`Trc20 USDT 320 ${HEX_TX}`);
    expect(claimed.lookups.map((l: { network: string }) => l.network)).toEqual(['tron']);
  });

  it('a BSC-pointing complaint looks BSC up first; a bscscan link is asked on BSC', async () => {
    const body = await investigate(`on bscscan it says success but binance shows nothing ${EVM_TX}`);
    expect(body.lookups[0].network).toBe('bsc');
  });

  it('the user text names the likely network and the rest as "other networks"', async () => {
    const en = await investigate(`tronscan shows nothing for ${HEX_TX}`);
    expect(en.explanation).toContain('TRON and other networks');
    for (const other of ['Ethereum', 'BNB Smart Chain', 'Polygon', 'Arbitrum', 'Base', 'Avalanche']) {
      expect(en.explanation).not.toContain(other);
      expect(en.suggestedReply).not.toContain(other);
    }
    const zh = await investigate(`转了 300 TRX 一直没到账 ${HEX_TX}`);
    expect(zh.explanation).toContain('波场及其他网络');
    expect(zh.explanation).not.toMatch(/以太坊|币安智能链|马蹄链|Arbitrum|Optimism|Base|雪崩/);
    const named = await investigate(`波场上转的USDT没到账 ${HEX_TX}`);
    expect(named.explanation).toMatch(/^波场暂时没有响应/);
  });

  it('with nothing pointing anywhere, the user text names no network list', async () => {
    const body = await investigate(`my transfer is not there ${EVM_TX}`);
    expect(body.category).toBe('inconclusive');
    expect(body.explanation).toContain('the networks this transaction could be on');
    expect(body.explanation).not.toMatch(/Ethereum|BNB Smart Chain|Polygon|Avalanche/);
    // Agents still see every network that failed.
    const inconclusive = body.findings.find((f: { code: string }) => f.code === 'LOOKUP_INCONCLUSIVE');
    expect(inconclusive.detail).toContain('Avalanche');
  });

  it('a large sum stated by the user is P1 even when nothing can be read', async () => {
    const body = await investigate(`提币 5万U 还没到 ${HEX_TX}`);
    expect(body.findings.map((f: { code: string }) => f.code)).toContain('LARGE_AMOUNT');
    expect(body.priority).toBe('P1');
    const dollars = await investigate(`I lost my 25,000$ ${EVM_TX}`);
    expect(dollars.priority).toBe('P1');
  });

  it('the understood block shows amounts with unit or currency, exchange and direction', async () => {
    const body = await investigate(`从币安提币 1,200.5 usdt ($1,200) 到我的钱包没到账，手续费扣了 1 USDT ${HEX_TX}`);
    expect(body.understood.amounts).toEqual([
      { value: 1200.5, unit: 'USDT', kind: 'token', role: 'transfer' },
      { value: 1200, unit: 'USD', kind: 'currency', role: 'transfer' },
      { value: 1, unit: 'USDT', kind: 'token', role: 'fee' },
    ]);
    expect(body.understood.exchange).toEqual({ name: 'Binance', direction: 'withdrawal' });
  });
});
