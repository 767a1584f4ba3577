import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DevnetLog } from '../../chains/devnet-log.ts';
import { startSolanaDevnet, type SolanaDevnet } from '../../chains/solana/devnet/server.ts';
import { startTronDevnet, type TronDevnet } from '../../chains/tron/devnet/server.ts';

/** The demo's stand-ins run for days: what they record of requests is bounded. */
describe('DevnetLog', () => {
  it('keeps the newest entries only, with absolute positions', () => {
    const log = new DevnetLog<number>(100);
    for (let i = 0; i < 1_000; i++) log.push(i);
    expect(log.kept).toBeLessThanOrEqual(100);
    expect(log.length).toBe(1_000);
    const from = log.length;
    log.push(1_000);
    log.push(1_001);
    expect(log.slice(from)).toEqual([1_000, 1_001]);
  });
});

describe('the TRON and Solana stand-ins', () => {
  let tron: TronDevnet;
  let solana: SolanaDevnet;
  beforeAll(async () => {
    [tron, solana] = await Promise.all([startTronDevnet({ explorerBase: 'http://demo.local', requestLogMax: 100 }), startSolanaDevnet({ explorerBase: 'http://demo.local', requestLogMax: 100 })]);
  });
  afterAll(async () => Promise.all([tron?.close(), solana?.close()]));

  it('keep at most their bound (5,000 by default) of requests, however many they serve', async () => {
    const body = (i: number) => JSON.stringify({ value: i.toString(16).padStart(64, '0') });
    const batch = JSON.stringify(Array.from({ length: 100 }, (_, i) => ({ jsonrpc: '2.0', id: i, method: 'getSlot', params: [] })));
    for (let round = 0; round < 3; round++) {
      await Promise.all([
        ...Array.from({ length: 100 }, (_, i) => fetch(`${tron.url}/wallet/gettransactionbyid`, { method: 'POST', body: body(round * 100 + i) }).then((r) => r.arrayBuffer())),
        fetch(solana.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: batch }).then((r) => r.arrayBuffer()),
      ]);
    }
    expect(tron.requests.length).toBe(300);
    expect(tron.requests.kept).toBeLessThanOrEqual(100);
    expect(solana.calls.length).toBe(300);
    expect(solana.calls.kept).toBeLessThanOrEqual(100);
  });
});
