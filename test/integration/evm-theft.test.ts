import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EvmAdapter } from '../../chains/evm/adapter.ts';
import { demoSpammer } from '../../chains/evm/devnet/artifacts.ts';
import { startDevnet, type Devnet } from '../../chains/evm/devnet/node.ts';
import { demoNetwork } from '../../chains/evm/devnet/seed.ts';
import { theftActors } from '../../chains/evm/devnet/seed-theft.ts';
import { callTx, deploy } from '../../chains/evm/devnet/tx.ts';
import { ethereum } from '../../chains/evm/networks.ts';
import { MemorySightingStore } from '../../chains/sightings.ts';
import type { RunningInstance } from '../../src/runtime.ts';
import { startDemoInstance } from '../support/instance.ts';

const THEFT_CODES = ['RISKY_APPROVAL', 'DRAIN_BY_SPENDER', 'SWEEP_TO_ONE_ADDRESS', 'ADDRESS_POISONING', 'SENT_TO_POISONED_ADDRESS'];

/**
 * The demo seeds real theft scenarios on the local EVM node (approve → transferFrom
 * sweep → exchange; a poisoning transfer then a payment to the look-alike; an unlimited
 * approval still active; a swept key; a clean user). Each address, investigated with a
 * Chinese theft complaint, must be named with its finding and P1; the clean one not.
 */
describe('theft investigations on the local EVM node', () => {
  let instance: RunningInstance;
  beforeAll(async () => {
    instance = await startDemoInstance();
  });
  afterAll(async () => instance?.close());

  const theftCases = () => instance.demoCases.filter((c) => c.scenario.startsWith('theft-'));

  it('lists every theft scenario as an address case, and one clean address', () => {
    const cases = theftCases();
    expect(cases.map((c) => c.expectedCode ?? 'clean').sort()).toEqual(['DRAIN_BY_SPENDER', 'DUSTING_TRANSFERS', 'RISKY_APPROVAL', 'SENT_TO_POISONED_ADDRESS', 'SWEEP_TO_ONE_ADDRESS', 'clean']);
    for (const c of cases) expect(c.address).toMatch(/^0x[0-9a-fA-F]{40}$/);
  });

  it('names each theft with its finding and P1, and keeps the clean address off P1', async () => {
    for (const c of theftCases()) {
      const inv = await instance.investigator.investigate({ text: `我的钱包被盗了，资产全没了！地址：${c.address}` });
      const found = inv.findings.map((f) => f.code);
      if (c.expectedCode) {
        expect(found, c.scenario).toContain(c.expectedCode);
        expect(inv.priority, c.scenario).toBe('P1');
        expect(inv.lang).toBe('zh');
        expect(inv.suggestedReply, c.scenario).toContain('助记词');
      } else {
        expect(found.filter((f) => THEFT_CODES.includes(f)), c.scenario).toEqual([]);
        expect(found).toContain('NO_THEFT_PATTERN');
        expect(inv.priority).not.toBe('P1');
      }
    }
  });

  it('reconstructs the drain: approval, transferFrom by the spender, trail to the exchange', async () => {
    const inv = await instance.investigator.investigate({ address: theftActors.drainVictim, network: 'ethereum', lang: 'en' });
    const drain = inv.findings.find((f) => f.code === 'DRAIN_BY_SPENDER')!;
    expect(drain.explanation).toContain('3000 USDT left your wallet in transactions that you did not send');
    expect(inv.findings.find((f) => f.code === 'RISKY_APPROVAL')).toMatchObject({ severity: 'critical' });
    expect(inv.findings.find((f) => f.code === 'FUNDS_TRACED_TO_EXCHANGE')?.title).toBe('Funds traced to Demo Exchange hot wallet (demo)');
    const report = inv.addresses[0];
    expect(report.coverage).toMatchObject({ source: 'eth_getLogs', truncated: false, incomplete: false });
    expect(report.timeline.map((t) => t.kind)).toEqual(['out', 'approval', 'in']);
    expect(inv.nextSteps.join(' ')).toContain('Revoke');
  });

  it('shows the poisoning: the bait and the payment to the look-alike', async () => {
    const inv = await instance.investigator.investigate({ address: theftActors.poisonVictim, network: 'ethereum', lang: 'en' });
    expect(inv.findings.map((f) => f.code).slice(0, 2)).toEqual(['SENT_TO_POISONED_ADDRESS', 'ADDRESS_POISONING']);
    expect(inv.findings[0].explanation).toContain(`1500 USDT was sent to ${theftActors.lookalike}`);
  });

  it('GET /v1/address answers the same investigation', async () => {
    const { createApp } = await import('../../src/api/app.ts');
    const res = await createApp(instance).request(`/v1/address/ethereum/${theftActors.sweepVictim}?lang=zh`, { headers: { authorization: `Bearer ${instance.agentKey}` } });
    const body = await res.json();
    expect(body.findings[0].code).toBe('SWEEP_TO_ONE_ADDRESS');
    expect(body.addresses[0].address).toBe(theftActors.sweepVictim);
  });
});

describe('bounded cost on a busy address', () => {
  let devnet: Devnet;
  const calls = new Map<string, number>();
  beforeAll(async () => {
    devnet = await startDevnet({ chainId: 1 });
    // Count every JSON-RPC call the node serves (the adapter's real traffic).
    const request = devnet.provider.request.bind(devnet.provider);
    devnet.provider.request = (args) => {
      calls.set(args.method, (calls.get(args.method) ?? 0) + 1);
      return request(args);
    };
  });
  afterAll(async () => devnet?.close());

  it('analyses an address with 10,000 transfers within the configured limits', async () => {
    const deployer = devnet.wallets[0].address;
    const target = devnet.wallets[1].address;
    const spammer = await deploy(devnet, deployer, demoSpammer);
    for (let i = 0; i < 2; i++) await callTx(devnet, deployer, spammer, demoSpammer.iface, 'spray', [target, 5_000], { gas: 29_000_000n });
    calls.clear();

    const network = demoNetwork(ethereum, '0x0000000000000000000000000000000000000001', 'http://demo');
    const adapter = new EvmAdapter([network], { endpoints: { ethereum: [devnet.url] }, sightings: new MemorySightingStore(), timeoutMs: 20_000 });
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const r = await adapter.investigateAddress(network, target, { maxBlocks: 50_000, maxTransfers: 1_000, traceHops: 3 });
    const ms = performance.now() - started;
    await adapter.close();

    expect(r.outcome === 'error' ? r.error : 'found').toBe('found');
    if (r.outcome !== 'found') return;
    expect(r.facts.coverage).toMatchObject({ transfers: 1_000, truncated: true, incomplete: false });
    const total = [...calls.values()].reduce((a, b) => a + b, 0);
    // One window of logs, metadata of one token, a handful of blocks: the fan-out does
    // not grow with the address's history.
    expect(total).toBeLessThan(40);
    console.log(`10,000-transfer address: ${total} JSON-RPC calls (${JSON.stringify(Object.fromEntries(calls))}), ${ms.toFixed(0)} ms, heap +${((process.memoryUsage().heapUsed - heapBefore) / 1e6).toFixed(1)} MB`);
  }, 120_000);
});
