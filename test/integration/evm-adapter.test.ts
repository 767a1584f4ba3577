import { parseUnits } from 'ethers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EvmAdapter } from '../../chains/evm/adapter.ts';
import { startDevnet, type Devnet } from '../../chains/evm/devnet/node.ts';
import { demoActors, demoNetwork } from '../../chains/evm/devnet/seed.ts';
import { sendTx, setAutomine } from '../../chains/evm/devnet/tx.ts';
import { bsc, ethereum } from '../../chains/evm/networks.ts';
import { ChainRegistry } from '../../chains/registry.ts';
import { MemorySightingStore } from '../../chains/sightings.ts';
import { diagnose } from '../../src/diagnose/index.ts';
import { noHints } from '../support/facts.ts';
import { Investigator } from '../../src/investigate.ts';
import { startSilentServer } from '../support/silent-server.ts';

let devnet: Devnet;
const network = demoNetwork(ethereum, '0x0000000000000000000000000000000000000001', 'http://demo');
beforeAll(async () => {
  devnet = await startDevnet({ chainId: 1 });
});
afterAll(async () => devnet?.close());

const adapterFor = (urls: string[], sightings = new MemorySightingStore(), timeoutMs = 2_000) => new EvmAdapter([network], { endpoints: { ethereum: urls }, sightings, timeoutMs });

const transfer = (from: string, extra: Parameters<typeof sendTx>[1] extends infer T ? Partial<T> : never = {}) =>
  sendTx(devnet, { from, to: demoActors.exchange, value: parseUnits('1', 18), gas: 21_000n, ...extra });

describe('replaced and dropped transactions', () => {
  it('recognises a pending tx that was later replaced by a speed-up, and finds the replacement', async () => {
    const sightings = new MemorySightingStore();
    const adapter = adapterFor([devnet.url], sightings);
    const user = devnet.wallets[7].address;
    await setAutomine(devnet, false);
    const slow = await transfer(user, { maxFeePerGas: 2n, maxPriorityFeePerGas: 1n });
    expect((await adapter.lookupTx(network, slow)).outcome).toBe('found'); // seen pending once

    const fast = await transfer(user, { nonce: 0, maxFeePerGas: 50_000_000_000n, maxPriorityFeePerGas: 2_000_000_000n });
    await devnet.rpc('evm_mine');
    await setAutomine(devnet, true);

    const again = await adapter.lookupTx(network, slow);
    expect(again.outcome).toBe('found');
    if (again.outcome !== 'found') return;
    expect(again.facts.status).toBe('replaced');
    expect(again.facts.evm?.replacedBy).toBe(fast);
    const d = diagnose({ txs: [{ id: slow, lookups: [again] }], addresses: [], hints: noHints(), networks: [network], policy: { largeAmountUsd: 1e4 }, now: 0, addressesOnly: false });
    expect(d.findings[0].code).toBe('TX_REPLACED');
    await adapter.close();
  });

  it('recognises a pending tx that was dropped from the pool with its nonce still free', async () => {
    const sightings = new MemorySightingStore();
    const adapter = adapterFor([devnet.url], sightings);
    await setAutomine(devnet, false);
    const tx = await transfer(devnet.wallets[8].address, { maxFeePerGas: 2n, maxPriorityFeePerGas: 1n });
    await adapter.lookupTx(network, tx);
    await devnet.rpc('hardhat_dropTransaction', [tx]);
    await setAutomine(devnet, true);

    const again = await adapter.lookupTx(network, tx);
    expect(again.outcome === 'found' && again.facts.status).toBe('dropped');
    await adapter.close();
  });

  it('without an earlier sighting, a vanished hash is simply not found', async () => {
    const adapter = adapterFor([devnet.url]);
    expect((await adapter.lookupTx(network, `0x${'77'.repeat(32)}`)).outcome).toBe('not_found');
    await adapter.close();
  });
});

describe('upstream failures are never "not found"', () => {
  const REFUSED = 'http://127.0.0.1:9'; // discard port: nothing listens

  it('reports a refused connection as an error', async () => {
    const adapter = adapterFor([REFUSED]);
    const r = await adapter.lookupTx(network, `0x${'77'.repeat(32)}`);
    expect(r.outcome).toBe('error');
    await adapter.close();
  });

  it('reports a hung endpoint as an error after the timeout', async () => {
    const silent = await startSilentServer();
    const adapter = adapterFor([silent.url], new MemorySightingStore(), 300);
    const started = Date.now();
    const r = await adapter.lookupTx(network, `0x${'77'.repeat(32)}`);
    expect(r.outcome).toBe('error');
    expect(Date.now() - started).toBeLessThan(5_000);
    await adapter.close();
    await silent.close();
  });

  it('fails over to the next endpoint', async () => {
    const adapter = adapterFor(['http://127.0.0.1:9', devnet.url]);
    expect((await adapter.lookupTx(network, `0x${'77'.repeat(32)}`)).outcome).toBe('not_found');
    await adapter.close();
  });

  it('makes an investigation inconclusive, naming the failed network, when one network is down', async () => {
    const bscDown = demoNetwork(bsc, '0x0000000000000000000000000000000000000001', 'http://demo');
    const adapter = new EvmAdapter([network, bscDown], { endpoints: { ethereum: [devnet.url], bsc: [REFUSED] }, sightings: new MemorySightingStore(), timeoutMs: 1_000 });
    const investigator = new Investigator({ registry: new ChainRegistry([adapter]), knownNetworks: [], policy: { largeAmountUsd: 1e4 }, addressLimits: { maxBlocks: 1000, maxTransfers: 100, traceHops: 2 }, demo: true });
    const inv = await investigator.investigate({ text: `我的USDT被盗了 0x${'77'.repeat(32)}` });
    expect(inv.category).toBe('inconclusive');
    expect(inv.findings.map((f) => f.code)).toEqual(['THEFT_REPORTED', 'LOOKUP_INCONCLUSIVE']);
    expect(inv.explanation).toContain('这并不代表交易丢失了');
    expect(inv.lookups.find((l) => l.network === 'bsc')?.outcome).toBe('error');
    await adapter.close();
  });
});
