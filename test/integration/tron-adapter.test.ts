import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TronAdapter } from '../../chains/tron/adapter.ts';
import { tronActors as a, tronContracts as c } from '../../chains/tron/devnet/actors.ts';
import { loadTronFixture } from '../../chains/tron/devnet/fixtures.ts';
import { startTronDevnet, type TronDevnet } from '../../chains/tron/devnet/server.ts';
import { HEAD_BLOCK, SOLIDIFIED_BLOCK } from '../../chains/tron/devnet/state.ts';
import type { Network, TxFacts, TxLookup } from '../../chains/types.ts';

/**
 * TronAdapter → tronweb → HTTP → the local TRON node stand-in. Nothing is mocked between
 * the adapter and the socket: these are tronweb's real requests and the node's wire shapes.
 */

let devnet: TronDevnet;
let network: Network;
let adapter: TronAdapter;

beforeAll(async () => {
  devnet = await startTronDevnet({ explorerBase: 'http://txtriage.test' });
  network = devnet.networks[0];
  // Retries with a short backoff: these tests are about what a failure reads as, not about waiting.
  adapter = new TronAdapter([network], { endpoints: { tron: [devnet.url] }, timeoutMs: 3_000, apiKey: 'test-key', upstream: { policy: { backoffBaseMs: 1, backoffMaxMs: 2 } } });
});
afterAll(async () => devnet?.close());
afterEach(() => {
  devnet.clearBehaviors();
  // Every request the adapter makes must be one the stand-in implements.
  expect(devnet.unhandled.slice()).toEqual([]);
});

const txid = (scenario: string) => loadTronFixture(scenario).transaction.txID;

async function found(scenario: string): Promise<TxFacts> {
  const r = await adapter.lookupTx(network, txid(scenario));
  if (r.outcome !== 'found') throw new Error(`${scenario}: ${JSON.stringify(r)}`);
  return r.facts;
}

function errorOf(r: TxLookup): { code: string; message: string } {
  if (r.outcome !== 'error') throw new Error(`expected an error, got ${r.outcome}`);
  return r.error;
}

describe('transaction ids', () => {
  it('claims bare 64 hex (0x-prefixed is an EVM hash) and normalises to bare lowercase', () => {
    const id = txid('trx-transfer-solidified');
    expect(adapter.isTxId(id)).toBe(true);
    expect(adapter.isTxId(id.toUpperCase())).toBe(true);
    expect(adapter.isTxId(`0x${id}`)).toBe(false);
    expect(adapter.isTxId(id.slice(1))).toBe(false);
    expect(adapter.isTxId('TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t')).toBe(false);
    expect(adapter.normalizeTxId(`0x${id.toUpperCase()}`)).toBe(id);
  });

  it('still finds a transaction given as 0x-prefixed uppercase when asked on TRON explicitly', async () => {
    const r = await adapter.lookupTx(network, `0x${txid('trx-transfer-solidified').toUpperCase()}`);
    expect(r.outcome).toBe('found');
  });
});

describe('scenarios', () => {
  it('TRX transfer, solidified', async () => {
    const f = await found('trx-transfer-solidified');
    expect(f).toMatchObject({
      family: 'tron',
      network: 'tron',
      status: 'success',
      from: a.user.address,
      to: a.exchange.address,
      value: { raw: '250000000', symbol: 'TRX', formatted: '250' },
      fee: { raw: '0', symbol: 'TRX' },
      tokenTransfers: [],
      intendedTransfer: null,
      failure: null,
      final: true,
      confirmationsRequired: 19,
    });
    expect(f.block?.number).toBe(HEAD_BLOCK - 2400);
    expect(f.confirmations).toBe(2401);
    expect(f.explorerUrl).toBe(`http://txtriage.test/v1/tx/tron/${f.hash}`);
    expect(f.tron).toMatchObject({ contractType: 'TransferContract', contractResult: 'SUCCESS', solidified: true, solidifiedBlock: SOLIDIFIED_BLOCK, accountActivation: null });
    expect(f.tron?.resources).toMatchObject({ bandwidthUsed: 267, energyUsageTotal: 0, bandwidthFee: { formatted: '0' } });
  });

  it('USDT transfer that succeeded but burned 12.58 TRX on energy (dynamic-energy penalty)', async () => {
    const f = await found('usdt-transfer-high-energy');
    expect(f.status).toBe('success');
    expect(f.fee).toMatchObject({ raw: '12581000', formatted: '12.581', symbol: 'TRX' });
    expect(f.tokenTransfers).toEqual([
      expect.objectContaining({ token: c.usdt, symbol: 'USDT', from: a.user.address, to: a.newHolder.address, wellKnown: true, amount: { raw: '41677389', decimals: 6, symbol: 'USDT', formatted: '41.677389' } }),
    ]);
    expect(f.tokenTransfers[0].impersonates).toBeUndefined();
    expect(f.intendedTransfer).toMatchObject({ token: c.usdt, to: a.newHolder.address, amount: { formatted: '41.677389' }, wellKnown: true });
    expect(f.tron?.resources).toMatchObject({
      energyUsageTotal: 130_285,
      energyFromStake: 4475,
      energyBurned: 125_810,
      energyPenalty: 100_635,
      energyPriceSun: 100,
      energyFee: { formatted: '12.581', symbol: 'TRX' },
      bandwidthUsed: 345,
    });
    expect(f.tron?.call).toMatchObject({ method: 'transfer', token: c.usdt, to: a.newHolder.address, amountRaw: '41677389' });
    expect(f.tron?.feeLimitSun).toBe('50000000');
    expect(f.tron?.usdtBlacklist).toEqual({ token: c.usdt, symbol: 'USDT', sender: false, recipients: [{ address: a.newHolder.address, blacklisted: false }] });
  });

  it('USDT transfer that ran out of energy: TRX burned, no tokens moved, balance (not fee limit) was the cap', async () => {
    const f = await found('usdt-out-of-energy');
    expect(f.status).toBe('failed');
    expect(f.failure).toEqual({
      kind: 'out_of_energy',
      decoded: { type: 'error-string', message: expect.stringContaining("Not enough energy for 'SSTORE' operation executing") },
      raw: expect.stringContaining('curInvokeEnergyLimit[78572]'),
    });
    expect(f.tokenTransfers).toEqual([]);
    expect(f.intendedTransfer).toMatchObject({ symbol: 'USDT', to: a.exchange.address, amount: { formatted: '500' } });
    expect(f.fee?.formatted).toBe('7.8572');
    expect(f.tron).toMatchObject({ contractResult: 'OUT_OF_ENERGY', feeLimitReached: false, feeLimitSun: '100000000' });
    expect(f.tron?.resources).toMatchObject({ energyBurned: 78_572, energyFromStake: 0, energyPenalty: 25_905 });
  });

  it('REVERT with a decodable reason', async () => {
    const f = await found('trc20-revert-safemath');
    expect(f.status).toBe('failed');
    expect(f.failure).toMatchObject({ kind: 'revert', decoded: { type: 'error-string', message: 'SafeMath: subtraction overflow' } });
    expect(f.failure?.raw).toMatch(/^0x08c379a0/);
    expect(f.tron?.resMessage).toBe('REVERT opcode executed');
    // Token metadata read from the contract itself (symbol(), name(), decimals()).
    expect(f.intendedTransfer).toMatchObject({ token: c.demoToken, symbol: 'DMC', decimals: 18, amount: { formatted: '500', symbol: 'DMC' }, wellKnown: false });
    expect(f.fee?.formatted).toBe('1.2074');
    expect(f.tron?.resources).toMatchObject({ energyFee: { formatted: '0.8624' }, bandwidthFee: { formatted: '0.345' } });
    expect(f.tron?.usdtBlacklist).toBeNull();
  });

  it('OUT_OF_TIME: the whole fee limit charged', async () => {
    const f = await found('contract-out-of-time');
    expect(f.failure).toMatchObject({ kind: 'out_of_time', decoded: { type: 'error-string', message: "CPU timeout for 'JUMPDEST' operation executing" } });
    expect(f.fee?.formatted).toBe('100.345');
    expect(f.tron).toMatchObject({ contractResult: 'OUT_OF_TIME', feeLimitReached: true });
    expect(f.tron?.call).toMatchObject({ method: '372500ab', token: c.game });
    expect(f.intendedTransfer).toBeNull();
  });

  it('fee limit too low: OUT_OF_ENERGY at exactly the 5 TRX limit', async () => {
    const f = await found('usdt-fee-limit-too-low');
    expect(f.failure?.kind).toBe('out_of_energy');
    expect(f.tron).toMatchObject({ feeLimitSun: '5000000', feeLimitReached: true });
    expect(f.tron?.resources).toMatchObject({ energyBurned: 50_000, energyFee: { formatted: '5' } });
  });

  it('confirmed but not yet solidified', async () => {
    const f = await found('usdt-not-solidified');
    expect(f.status).toBe('success');
    expect(f.confirmations).toBe(6);
    expect(f.final).toBe(false);
    expect(f.tron?.solidified).toBe(false);
    expect(f.tron?.resources).toMatchObject({ energyFromStake: 64_285, energyBurned: 0, energyPriceSun: null });
    expect(f.fee?.raw).toBe('0');
  });

  it('a TRX transfer that activated the recipient: 1 TRX creation fee + 0.1 TRX creation bandwidth', async () => {
    const f = await found('trx-transfer-activates-account');
    expect(f.fee?.formatted).toBe('1.1');
    expect(f.tron?.accountActivation).toEqual({ account: a.unactivated.address, fee: { raw: '1100000', decimals: 6, symbol: 'TRX', formatted: '1.1' } });
    expect(f.tron?.otherFeeSun).toBe('1000000');
  });

  it('USDT sender blacklisted: REVERT without reason, blacklist read from the contract', async () => {
    const f = await found('usdt-sender-blacklisted');
    expect(f.status).toBe('failed');
    expect(f.failure).toMatchObject({ kind: 'revert', raw: 'REVERT opcode executed' });
    expect(f.failure?.decoded).toBeUndefined();
    expect(f.tron?.usdtBlacklist).toEqual({ token: c.usdt, symbol: 'USDT', sender: true, recipients: [{ address: a.exchange.address, blacklisted: false }] });
  });

  it('USDT recipient blacklisted: the transfer went through to a frozen address', async () => {
    const f = await found('usdt-recipient-blacklisted');
    expect(f.status).toBe('success');
    expect(f.tron?.usdtBlacklist).toEqual({ token: c.usdt, symbol: 'USDT', sender: false, recipients: [{ address: a.frozenMerchant.address, blacklisted: true }] });
  });

  it('USDT sent to the USDT contract itself', async () => {
    const f = await found('usdt-sent-to-token-contract');
    expect(f.tron?.sentToTokenContract).toBe(true);
    expect(f.tokenTransfers[0]).toMatchObject({ token: c.usdt, to: c.usdt, amount: { formatted: '30' } });
    expect(f.tron?.resources).toMatchObject({ energyFromStake: 20_000, energyBurned: 44_285, energyFee: { formatted: '4.4285' } });
  });

  it('a look-alike TRC-20 "USDT" is marked as impersonating the real one', async () => {
    const f = await found('fake-trc20-usdt');
    expect(f.tokenTransfers).toEqual([
      expect.objectContaining({ token: c.fakeUsdt, symbol: 'USDT', name: 'Tether USD', wellKnown: false, impersonates: 'USDT', to: a.user.address, amount: expect.objectContaining({ formatted: '5000' }) }),
    ]);
    expect(f.intendedTransfer?.wellKnown).toBe(false);
    expect(f.tron?.usdtBlacklist).toBeNull(); // not the real USDT: nothing to ask Tether
  });

  it('a TRC-10 asset called "USDT" is marked as impersonating USDT', async () => {
    const f = await found('trc10-fake-usdt');
    expect(f.tron?.trc10).toEqual({ id: '1004777', name: 'Tether USD', abbr: 'USDT', precision: 6, issuer: a.scammer.address });
    expect(f.tokenTransfers).toEqual([
      expect.objectContaining({ token: '1004777', symbol: 'USDT', decimals: 6, from: a.scammer.address, to: a.user.address, wellKnown: false, impersonates: 'USDT', amount: expect.objectContaining({ formatted: '1000' }) }),
    ]);
    expect(f.value.raw).toBe('0');
  });

  it('AccountPermissionUpdate that hands owner and active permission to another key', async () => {
    const f = await found('permission-update-to-thief');
    expect(f.to).toBeNull();
    expect(f.fee?.formatted).toBe('100');
    expect(f.tron?.permissionUpdate).toMatchObject({
      account: a.victim.address,
      owner: { threshold: 1, keys: [{ address: a.thief.address, weight: 1 }] },
      actives: [{ id: 2, name: 'active', keys: [{ address: a.thief.address, weight: 1 }] }],
      foreignSigners: [a.thief.address],
      ownerControlLost: true,
    });
    expect(f.tron?.accountActivation).toBeNull();
  });

  it('a transaction still in the pending pool', async () => {
    const f = await found('trx-transfer-pending');
    expect(f).toMatchObject({ status: 'pending', block: null, fee: null, confirmations: 0, final: false, failure: null, value: { formatted: '5' } });
    expect(f.tron).toMatchObject({ contractResult: null, resources: null, solidified: false });
  });
});

describe('not found vs failure', () => {
  const UNKNOWN = 'ab'.repeat(32);

  it('answers not_found only when the node says {} everywhere', async () => {
    const r = await adapter.lookupTx(network, UNKNOWN);
    expect(r.outcome).toBe('not_found');
    const asked = devnet.requests.filter((q) => q.body.value === UNKNOWN).map((q) => q.path);
    expect(asked.sort()).toEqual(['/wallet/gettransactionbyid', '/wallet/gettransactionfrompending', '/wallet/gettransactioninfobyid']);
  });

  const paths = ['/wallet/gettransactionbyid', '/wallet/gettransactioninfobyid', '/wallet/getnowblock', '/walletsolidity/getnowblock'];
  const faults = [
    ['http_500', 'UPSTREAM_HTTP_ERROR'],
    ['malformed_json', 'UPSTREAM_MALFORMED'],
    ['empty_body', 'UPSTREAM_MALFORMED'],
    ['node_error', 'UPSTREAM_NODE_ERROR'],
  ] as const;

  for (const path of paths) {
    for (const [fault, code] of faults) {
      it(`${fault} on ${path} is an error (${code}), for a known and an unknown id`, async () => {
        devnet.setBehavior({ path, fault });
        for (const id of [txid('usdt-transfer-high-energy'), UNKNOWN]) {
          const err = errorOf(await adapter.lookupTx(network, id));
          expect(err.code).toBe(code);
          expect(err.message).toContain('127.0.0.1');
        }
      });
    }
  }

  it('a slow node is a timeout error, not not_found', async () => {
    const quick = new TronAdapter([network], { endpoints: { tron: [devnet.url] }, timeoutMs: 300 });
    devnet.setBehavior({ path: '/wallet/gettransactionbyid', txId: UNKNOWN, fault: 'slow', delayMs: 2_000 });
    const started = Date.now();
    const err = errorOf(await quick.lookupTx(network, UNKNOWN));
    expect(err.code).toBe('UPSTREAM_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('a slow but in-time node still answers', async () => {
    devnet.setBehavior({ path: '/wallet/gettransactioninfobyid', fault: 'slow', delayMs: 200 });
    expect((await adapter.lookupTx(network, txid('trx-transfer-solidified'))).outcome).toBe('found');
  });

  it('an unreachable node is an error', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((r) => closed.close(() => r()));
    const dead = new TronAdapter([network], { endpoints: { tron: [`http://127.0.0.1:${port}`] }, timeoutMs: 1_000 });
    expect(errorOf(await dead.lookupTx(network, UNKNOWN)).code).toBe('UPSTREAM_UNAVAILABLE');
  });

  it('fails over to the next endpoint when one is down', async () => {
    const both = new TronAdapter([network], { endpoints: { tron: ['http://127.0.0.1:9', devnet.url] }, timeoutMs: 1_000 });
    expect((await both.lookupTx(network, txid('trx-transfer-solidified'))).outcome).toBe('found');
  });

  it('half an answer (the transaction without its info) is an error, never a guess', async () => {
    devnet.setBehavior({ path: '/wallet/gettransactioninfobyid', txId: txid('usdt-transfer-high-energy'), fault: 'not_found' });
    expect(errorOf(await adapter.lookupTx(network, txid('usdt-transfer-high-energy'))).code).toBe('INCONSISTENT_NODE');
  });

  it('info without the transaction is an error too', async () => {
    devnet.setBehavior({ path: '/wallet/gettransactionbyid', txId: txid('usdt-transfer-high-energy'), fault: 'not_found' });
    expect(errorOf(await adapter.lookupTx(network, txid('usdt-transfer-high-energy'))).code).toBe('INCONSISTENT_NODE');
  });

  it('a failing blacklist read is "unknown" (null), never "not blacklisted"', async () => {
    devnet.setBehavior({ path: '/wallet/triggerconstantcontract', fault: 'node_error' });
    const f = await found('usdt-recipient-blacklisted');
    expect(f.tron?.usdtBlacklist).toMatchObject({ sender: null, recipients: [{ address: a.frozenMerchant.address, blacklisted: null }] });
  });

  it('a failing token metadata read leaves the token honestly unknown', async () => {
    devnet.setBehavior({ path: '/wallet/triggerconstantcontract', fault: 'http_500' });
    const f = await found('fake-trc20-usdt');
    expect(f.tokenTransfers[0]).toMatchObject({ token: c.fakeUsdt, symbol: '?', decimals: 0, amount: { raw: '5000000000', formatted: '5000000000' } });
  });
});

describe('transport', () => {
  it('a USDT transfer adds one parallel round of blacklist reads (sender and recipient), nothing else', async () => {
    const before = devnet.requests.length;
    await adapter.lookupTx(network, txid('usdt-transfer-high-energy'));
    const sent = devnet.requests.slice(before);
    expect(sent.length).toBe(6);
    expect(sent.filter((r) => r.path === '/wallet/triggerconstantcontract').map((r) => r.body.function_selector)).toEqual(['isBlackListed(address)', 'isBlackListed(address)']);
  });

  it('sends the TronGrid API key header on every request', async () => {
    const before = devnet.requests.length;
    await adapter.lookupTx(network, txid('usdt-transfer-high-energy'));
    const sent = devnet.requests.slice(before);
    expect(sent.length).toBeGreaterThan(0);
    for (const r of sent) expect(r.headers['tron-pro-api-key']).toBe('test-key');
  });

  it('uses tronweb’s real requests: POST bodies with the id, GET for the head blocks; a TRX transfer needs nothing more', async () => {
    const before = devnet.requests.length;
    await adapter.lookupTx(network, txid('trx-transfer-solidified'));
    const sent = devnet.requests.slice(before).map((r) => `${r.method} ${r.path}`).sort();
    expect(sent).toEqual(['GET /wallet/getnowblock', 'GET /walletsolidity/getnowblock', 'POST /wallet/gettransactionbyid', 'POST /wallet/gettransactioninfobyid']);
  });

  it('serves only configured TRON networks', () => {
    const other = { ...network, id: 'tron-nile' };
    const only = new TronAdapter([network, other], { endpoints: { tron: [devnet.url] }, timeoutMs: 1_000 });
    expect(only.networks.map((n) => n.id)).toEqual(['tron']);
  });
});

describe('demo', () => {
  it('lists a case per demo scenario, each found on the demo network', async () => {
    const txCases = devnet.cases.filter((k) => k.txHash);
    expect(txCases.length).toBe(19);
    expect(new Set(txCases.map((k) => k.expectedCode))).toEqual(
      new Set([
        'TX_CONFIRMED',
        'TRON_HIGH_FEE_ENERGY_BURN',
        'TRON_OUT_OF_ENERGY',
        'TX_REVERTED',
        'TRON_OUT_OF_TIME',
        'TRON_FEE_LIMIT_TOO_LOW',
        'TX_AWAITING_CONFIRMATIONS',
        'TRON_ACCOUNT_ACTIVATION_FEE',
        'USDT_BLACKLISTED',
        'SENT_TO_TOKEN_CONTRACT',
        'FAKE_TOKEN',
        'ACCOUNT_PERMISSION_CHANGED',
        'RISKY_APPROVAL',
        'ADDRESS_POISONING',
        'STAKING_OPERATION',
      ]),
    );
    for (const k of txCases) expect((await adapter.lookupTx(network, k.txHash!)).outcome, k.scenario).toBe('found');
    expect(network).toMatchObject({ id: 'tron', demo: true, name: { en: 'TRON (local demo chain)', zh: '波场（本地演示链）' } });
  });
});
