import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EvmAdapter } from '../../chains/evm/adapter.ts';
import { startDevnet, type Devnet } from '../../chains/evm/devnet/node.ts';
import { sendTx, setAutomine } from '../../chains/evm/devnet/tx.ts';
import { ethereum } from '../../chains/evm/networks.ts';
import { NetworkMonitor } from '../../chains/health/monitor.ts';
import { ChainRegistry } from '../../chains/registry.ts';
import { MemorySightingStore } from '../../chains/sightings.ts';
import { encodeBase58 } from '../../chains/solana/base58.ts';
import { SolanaAdapter } from '../../chains/solana/adapter.ts';
import { startSolanaDevnet, type SolanaDevnet } from '../../chains/solana/devnet/server.ts';
import { TronAdapter } from '../../chains/tron/adapter.ts';
import { startTronDevnet, type TronDevnet } from '../../chains/tron/devnet/server.ts';
import type { ChainAdapter, Network } from '../../chains/types.ts';
import { Investigator } from '../../src/investigate.ts';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy.ts';

/**
 * Network states driven on the local chains: a real hardhat node (fees raised by many
 * high-tip transactions, mining stopped, blocks spaced out), the TRON and Solana stand-ins
 * (stale and lagging heads). The monitor's clock is injected so "mining stopped for N
 * intervals" takes no real minutes: the chain really stops; only the wall clock is moved.
 */

const gwei = (n: number) => BigInt(Math.round(n * 1e9));
let clockOffsetMs = 0;
const now = () => Date.now() + clockOffsetMs;

function setup(adapter: ChainAdapter, networks: Network[]) {
  const registry = new ChainRegistry([adapter]);
  const monitor = new NetworkMonitor(registry, { idleMs: 60_000, background: false, now });
  const investigator = new Investigator({ registry, knownNetworks: networks, policy: { largeAmountUsd: 1e4 }, addressLimits: { maxBlocks: 1000, maxTransfers: 100, traceHops: 1 }, demo: true, health: monitor, now: () => Math.floor(now() / 1000) });
  return { registry, monitor, investigator };
}
const codes = (inv: { findings: { code: string }[] }) => inv.findings.map((f) => f.code);

describe('EVM (hardhat node)', () => {
  let dev: Devnet;
  let proxy: FaultProxy;
  let env: ReturnType<typeof setup>;
  beforeAll(async () => {
    dev = await startDevnet({ chainId: 1 });
    proxy = await startFaultProxy({ target: dev.url });
    env = setup(new EvmAdapter([ethereum], { endpoints: { ethereum: [proxy.url] }, sightings: new MemorySightingStore(), timeoutMs: 3_000, upstream: { policy: { retries: 0 } } as never }), [ethereum]);
  });
  afterAll(async () => {
    env.monitor.stop();
    await env.registry.close();
    await proxy.close();
    await dev.close();
  });
  const [a, b, c] = [0, 1, 2].map((i) => () => dev.wallets[i].address);

  it('normal, then busy when many transactions pay high tips; a low tip then ranks below what blocks accept', async () => {
    clockOffsetMs = 0;
    for (let i = 0; i < 8; i++) await sendTx(dev, { from: a(), to: b(), value: 1n, gas: 21_000n, maxPriorityFeePerGas: gwei(1), maxFeePerGas: gwei(20) });
    expect((await env.monitor.refresh('ethereum'))!.state).toBe('normal');
    for (let i = 0; i < 4; i++) await sendTx(dev, { from: b(), to: c(), value: 1n, gas: 21_000n, maxPriorityFeePerGas: gwei(60), maxFeePerGas: gwei(200) });
    const busy = (await env.monitor.refresh('ethereum'))!;
    expect(busy.state).toBe('busy');
    expect(busy.reasons).toContain('fees_high');
    expect(BigInt(busy.evm!.tipP50Wei)).toBe(gwei(60));

    await setAutomine(dev, false);
    try {
      const hash = await sendTx(dev, { from: c(), to: a(), value: 1n, gas: 21_000n, maxPriorityFeePerGas: gwei(0.5), maxFeePerGas: gwei(50) });
      const inv = await env.investigator.investigate({ text: `my transfer is stuck ${hash}` });
      expect(codes(inv)).toContain('TX_PENDING_FEE_UNCOMPETITIVE');
      expect(codes(inv)).toContain('NETWORK_CONGESTED');
      expect(inv.explanation).toContain('below what most blocks accept right now');
      // 0.5 gwei × 21,000 gas as the tip (two significant digits); 60 gwei × 21,000 what blocks took: in ETH, for the whole transaction.
      expect(inv.explanation).toContain('a tip of 0.000011 ETH; recent blocks took about 0.0013 ETH for a transaction like this');
      expect(inv.networkHealth[0].state).toBe('busy');
    } finally {
      await dev.rpc('evm_mine');
      await setAutomine(dev, true);
    }
  });

  it('stalled when no block comes for many intervals; a pending complaint then blames the network, not the fee', async () => {
    await setAutomine(dev, false);
    try {
      const base = BigInt((await dev.rpc<{ baseFeePerGas: string }>('eth_getBlockByNumber', ['latest', false])).baseFeePerGas);
      // A max fee under the base fee: normally TX_PENDING_FEE_TOO_LOW.
      const hash = await sendTx(dev, { from: a(), to: b(), value: 1n, gas: 21_000n, maxPriorityFeePerGas: 0n, maxFeePerGas: base / 2n });
      clockOffsetMs = 0;
      expect(codes(await env.investigator.investigate({ text: `still pending ${hash}` }))).toContain('TX_PENDING_FEE_TOO_LOW');
      // Mining stopped (automine off, nothing mined): 11 of Ethereum's 12 s intervals pass.
      clockOffsetMs = 11 * 12_000 + 5_000;
      const health = (await env.monitor.refresh('ethereum'))!;
      expect(health.state).toBe('stalled');
      const inv = await env.investigator.investigate({ text: `还在pending ${hash}` });
      expect(codes(inv)[0]).toBe('NETWORK_STALLED');
      expect(codes(inv)).not.toContain('TX_PENDING_FEE_TOO_LOW');
      expect(codes(inv)).not.toContain('TX_PENDING');
      expect(inv.findings[0].severity).toBe('high');
      expect(inv.explanation).toContain('不是您的交易或手续费的问题');
    } finally {
      clockOffsetMs = 0;
      await dev.rpc('hardhat_dropTransaction', [await dev.rpc('eth_pendingTransactions').then((p: { hash: string }[]) => p[0]?.hash)]).catch(() => {});
      await setAutomine(dev, true);
    }
  });

  it("a delay answer's waiting time follows the chain's block interval", async () => {
    clockOffsetMs = 0;
    const hash = await sendTx(dev, { from: a(), to: b(), value: 1n, gas: 21_000n });
    const eta = async (spacingSeconds: number) => {
      const fresh = setup(env.registry.adapterFor(ethereum), [ethereum]);
      await fresh.monitor.refresh('ethereum');
      for (let i = 0; i < 2; i++) {
        const latest = await dev.rpc<{ timestamp: string }>('eth_getBlockByNumber', ['latest', false]);
        await dev.rpc('evm_mine', [Number(latest.timestamp) + spacingSeconds]);
      }
      await fresh.monitor.refresh('ethereum');
      const inv = await fresh.investigator.investigate({ text: `deposit not credited ${hash}` });
      const f = inv.findings.find((x) => x.code === 'TX_AWAITING_CONFIRMATIONS')!;
      return { text: inv.explanation, seconds: inv.networkHealth[0].blockIntervalSeconds, remaining: Number(/(\d+) more blocks/.exec(f.detail)?.[1]), minutes: Number(/~(\d+) min/.exec(f.detail)?.[1]) };
    };
    const fast = await eta(2);
    const slow = await eta(60);
    expect(fast.seconds).toBe(2);
    expect(slow.seconds).toBe(60);
    expect(fast.minutes).toBe(Math.max(1, Math.ceil((fast.remaining * 2) / 60)));
    expect(slow.minutes).toBe(Math.ceil((slow.remaining * 60) / 60));
    expect(slow.minutes).toBeGreaterThan(fast.minutes);
  });

  it('our endpoint behind the head already seen: inconclusive, never "not found" or "pending"', async () => {
    clockOffsetMs = 0;
    await env.monitor.refresh('ethereum');
    proxy.setFault({ kind: 'lagging', blocks: 5 });
    try {
      const inv = await env.investigator.investigate({ text: `where is it 0x${'3c'.repeat(32)}` });
      expect(inv.category).toBe('inconclusive');
      expect(codes(inv)).toEqual(['LOOKUP_INCONCLUSIVE']);
      expect(inv.lookups[0].error).toContain('UPSTREAM_LAGGING');
    } finally {
      proxy.setFault({ kind: 'pass' });
    }
  });
});

describe('TRON stand-in', () => {
  let dev: TronDevnet;
  let env: ReturnType<typeof setup>;
  beforeAll(async () => {
    dev = await startTronDevnet({ quiet: true });
    env = setup(new TronAdapter(dev.networks, { endpoints: { tron: [dev.url] }, timeoutMs: 3_000 }), dev.networks);
  });
  afterAll(async () => {
    env.monitor.stop();
    await env.registry.close();
    await dev.close();
  });

  it('reads head, solidified head and prices; a stale head is stalled', async () => {
    clockOffsetMs = 0;
    const ok = (await env.monitor.refresh('tron'))!;
    expect(ok.state).toBe('normal');
    expect(ok.finalityLag).toBe(19);
    expect(ok.tron).toEqual({ energyPriceSun: 100, bandwidthPriceSun: 1000 });
    dev.setHeadAge(90);
    const stalled = (await env.monitor.refresh('tron'))!;
    expect(stalled.state).toBe('stalled');
    expect(stalled.tron?.energyPriceSun).toBe(100);
    dev.setHeadAge(0);
    expect((await env.monitor.refresh('tron'))!.state).toBe('normal');
  });

  it('a node behind the head already seen: inconclusive, never "not found"', async () => {
    await env.monitor.refresh('tron');
    const head = dev.head;
    dev.setHead(head - 40);
    try {
      const inv = await env.investigator.investigate({ text: `TRC20 USDT 没到账 ${'ab'.repeat(32)}` });
      expect(inv.category).toBe('inconclusive');
      expect(codes(inv)).toEqual(['LOOKUP_INCONCLUSIVE']);
      expect(inv.lookups[0].error).toContain('UPSTREAM_LAGGING');
    } finally {
      dev.setHead(head);
    }
  });
});

describe('Solana stand-in', () => {
  let dev: SolanaDevnet;
  let env: ReturnType<typeof setup>;
  beforeAll(async () => {
    dev = await startSolanaDevnet();
    env = setup(new SolanaAdapter(dev.networks, { endpoints: { solana: [dev.url] }, timeoutMs: 3_000 }), dev.networks);
  });
  afterAll(async () => {
    env.monitor.stop();
    await env.registry.close();
    await dev.close();
  });

  it('reads slots, performance and priority fees; busy on high fees; a head that stops is stalled', async () => {
    clockOffsetMs = 0;
    const ok = (await env.monitor.refresh('solana'))!;
    expect(ok.state).toBe('normal');
    expect(ok.finalityLag).toBe(32);
    expect(ok.blockIntervalSeconds).toBe(0.4);
    dev.setPriorityFee(250_000);
    expect((await env.monitor.refresh('solana'))!.state).toBe('busy');
    dev.setPriorityFee(1_000);
    dev.setHalted(true);
    clockOffsetMs = 70_000;
    const stalled = (await env.monitor.refresh('solana'))!;
    expect(stalled.state).toBe('stalled');
    dev.setHalted(false);
    clockOffsetMs = 0;
  });

  it('a node behind the slot already seen: inconclusive, never "not found"', async () => {
    dev.advance(100);
    await env.monitor.refresh('solana');
    const head = dev.head;
    dev.setHead(head - 500);
    try {
      const signature = encodeBase58(new Uint8Array(64).fill(7));
      const inv = await env.investigator.investigate({ text: `SOL not received ${signature}` });
      expect(inv.category).toBe('inconclusive');
      expect(codes(inv)).toEqual(['LOOKUP_INCONCLUSIVE']);
    } finally {
      dev.setHead(head);
    }
  });
});
