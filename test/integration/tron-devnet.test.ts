import { TronWeb } from 'tronweb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tronActors as a } from '../../chains/tron/devnet/actors.ts';
import { loadTronFixture } from '../../chains/tron/devnet/fixtures.ts';
import { startTronDevnet, type TronDevnet } from '../../chains/tron/devnet/server.ts';
import { HEAD_BLOCK, SOLIDIFIED_BLOCK } from '../../chains/tron/devnet/state.ts';

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
    expect(devnet.unhandled).toEqual(['GET /wallet/getnodeinfo']);
    devnet.unhandled.length = 0;
  });

  it('answers a body that is not JSON the way java-tron does', async () => {
    const res = await fetch(`${devnet.url}/wallet/gettransactionbyid`, { method: 'POST', body: '{value:' });
    expect(await res.json()).toEqual({ Error: expect.stringContaining('JSONException') });
  });
});
