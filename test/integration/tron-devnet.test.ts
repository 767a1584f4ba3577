import { TronWeb } from 'tronweb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tronActors as a, tronContracts as c, tronTheftActors as t } from '../../chains/tron/devnet/actors.ts';
import { loadTronFixture } from '../../chains/tron/devnet/fixtures.ts';
import { startTronDevnet, type TronDevnet } from '../../chains/tron/devnet/server.ts';
import { HEAD_BLOCK, SOLIDIFIED_BLOCK } from '../../chains/tron/devnet/state.ts';
import { toHexAddress as toHex } from '../../chains/tron/address.ts';

/** The stand-in answers tronweb's own calls (not only the adapter's) in the node's shapes. */
let devnet: TronDevnet;
let tronWeb: TronWeb;

beforeAll(async () => {
  devnet = await startTronDevnet({ quiet: true });
  tronWeb = new TronWeb({ fullHost: devnet.url });
});
afterAll(async () => devnet?.close());

describe('TRON devnet', () => {
  it('serves heads, blocks and solidified reads like a node', async () => {
    const head = (await tronWeb.trx.getCurrentBlock()) as any;
    expect(head.block_header.raw_data.number).toBe(HEAD_BLOCK);
    expect(head.blockID.slice(0, 16)).toBe(HEAD_BLOCK.toString(16).padStart(16, '0'));
    expect(((await tronWeb.trx.getConfirmedCurrentBlock()) as any).block_header.raw_data.number).toBe(SOLIDIFIED_BLOCK);

    const activation = loadTronFixture('trx-transfer-activates-account');
    const block = (await tronWeb.trx.getBlockByNumber(activation.info!.blockNumber!)) as any;
    expect(block.transactions.map((t: any) => t.txID)).toEqual([activation.transaction.txID]);
    await expect(tronWeb.trx.getBlockByNumber(HEAD_BLOCK + 1)).rejects.toThrow('Block not found');

    // Solidified info for a solidified tx; {} for one that is not solidified yet.
    expect(((await tronWeb.trx.getTransactionInfo(activation.transaction.txID)) as any).fee).toBe(1_100_000);
    const recent = loadTronFixture('usdt-not-solidified').transaction.txID;
    expect(await tronWeb.trx.getTransactionInfo(recent)).toEqual({});
    expect(((await tronWeb.trx.getUnconfirmedTransactionInfo(recent)) as any).id).toBe(recent);
    await expect(tronWeb.trx.getConfirmedTransaction(recent)).rejects.toThrow('Transaction not found');
  });

  it('serves accounts, resources and TRC-10 assets', async () => {
    const account = (await tronWeb.trx.getAccount(a.unactivated.address)) as any;
    expect(account.create_time).toBe(loadTronFixture('trx-transfer-activates-account').info!.blockTimeStamp);
    const victim = (await tronWeb.trx.getAccount(a.victim.address)) as any;
    expect(victim.owner_permission.keys[0].address).toBe(a.thief.hex);
    expect(await tronWeb.trx.getAccount('TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL')).toEqual({});
    expect(((await tronWeb.trx.getAccountResources(a.user.address)) as any).freeNetLimit).toBe(600);
    expect(await tronWeb.trx.getTokenByID('1004777')).toMatchObject({ id: '1004777', name: 'Tether USD', abbr: 'USDT', precision: 6 });
    await expect(tronWeb.trx.getTokenByID('1')).rejects.toThrow('Token does not exist');
  });

  it('answers view calls, and reverts for unknown functions', async () => {
    const r = (await tronWeb.transactionBuilder.triggerConstantContract('TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', 'decimals()', {}, [], a.user.address)) as any;
    expect(r.constant_result[0]).toBe('6'.padStart(64, '0'));
    await expect(tronWeb.transactionBuilder.triggerConstantContract('TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', 'owner()', {}, [], a.user.address)).rejects.toThrow();
  });

  it('records unhandled paths loudly instead of answering them', async () => {
    const res = await fetch(`${devnet.url}/wallet/getnodeinfo`);
    expect(res.status).toBe(404);
    expect(devnet.unhandled.slice()).toEqual(['GET /wallet/getnodeinfo']);
    devnet.unhandled.clear();
  });

  it('answers a body that is not JSON the way java-tron does', async () => {
    const res = await fetch(`${devnet.url}/wallet/gettransactionbyid`, { method: 'POST', body: '{value:' });
    expect(await res.json()).toEqual({ Error: expect.stringContaining('JSONException') });
  });

  it('serves TronGrid account lists in TronGrid\'s shape, paged by fingerprint', async () => {
    const get = async (path: string) => {
      const res = await fetch(`${devnet.url}${path}`);
      return { status: res.status, body: (await res.json()) as any };
    };
    const first = await get(`/v1/accounts/${t.drainVictim.address}/transactions/trc20?limit=2&only_confirmed=true`);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ success: true, meta: { page_size: 2, fingerprint: expect.any(String), links: { next: expect.stringContaining('fingerprint=') } } });
    expect(Object.keys(first.body.data[0])).toEqual(['transaction_id', 'token_info', 'block_timestamp', 'from', 'to', 'type', 'value']);
    expect(first.body.data.map((e: any) => e.type)).toEqual(['Transfer', 'Approval']);
    // The next link is the same request plus the fingerprint; the last page has neither.
    const next = await get(new URL(first.body.meta.links.next).pathname + new URL(first.body.meta.links.next).search);
    expect(next.body.meta).toEqual({ at: expect.any(Number), page_size: 1 });
    // A fingerprint only works with the query it came from; camelCase parameters are the same query.
    const other = await get(`/v1/accounts/${t.drainVictim.address}/transactions/trc20?limit=3&only_confirmed=true&fingerprint=${first.body.meta.fingerprint}`);
    expect(other).toEqual({ status: 400, body: { success: false, error: 'Invalid fingerprint', statusCode: 400 } });
    const camel = await get(`/v1/accounts/${t.drainVictim.address}/transactions/trc20?limit=2&onlyConfirmed=true`);
    expect(camel.body.meta.fingerprint).toBe(first.body.meta.fingerprint);

    const txs = await get(`/v1/accounts/${toHex(t.drainVictim.address)}/transactions?only_from=true`);
    expect(txs.body.data.map((x: any) => x.raw_data.contract[0].type)).toEqual(['TriggerSmartContract']);
    expect(Object.keys(txs.body.data[0])).toEqual(['ret', 'signature', 'txID', 'net_usage', 'raw_data_hex', 'net_fee', 'energy_usage', 'blockNumber', 'block_timestamp', 'energy_fee', 'energy_usage_total', 'raw_data', 'internal_transactions']);
    expect((await get(`/v1/accounts/${t.lookalike}/transactions`)).body).toEqual({ data: [], success: true, meta: { at: expect.any(Number), page_size: 0 } });
    expect((await get('/v1/accounts/Tnotanaddress/transactions')).status).toBe(400);
    expect((await get(`/v1/accounts/${t.cleanUser.address}/transactions?only_confirmed=true&only_unconfirmed=true`)).status).toBe(400);
  });

  it('answers getcontract and allowance views from the demo chain\'s state', async () => {
    expect(await tronWeb.trx.getContract(c.dexRouter)).toMatchObject({ contract_address: toHex(c.dexRouter) });
    expect(await tronWeb.trx.getContract(t.drainer.address)).toEqual({});
    const allowance = async (owner: string, spender: string) =>
      ((await tronWeb.transactionBuilder.triggerConstantContract(c.usdt, 'allowance(address,address)', {}, [
        { type: 'address', value: owner },
        { type: 'address', value: spender },
      ], a.user.address)) as any).constant_result[0];
    // Unlimited stays unlimited after transferFrom (Tether); a limited one is what was approved.
    expect(BigInt(`0x${await allowance(t.drainVictim.address, t.drainer.address)}`)).toBe(2n ** 256n - 1n);
    expect(BigInt(`0x${await allowance(t.cleanUser.address, c.dexRouter)}`)).toBe(100_000_000n);
    expect(BigInt(`0x${await allowance(t.cleanUser.address, t.drainer.address)}`)).toBe(0n);
  });
});
