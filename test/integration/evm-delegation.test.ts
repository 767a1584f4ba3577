import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EvmAdapter } from '../../chains/evm/adapter.ts';
import { startDevnet, type Devnet } from '../../chains/evm/devnet/node.ts';
import { demoNetwork } from '../../chains/evm/devnet/seed.ts';
import { ethereum } from '../../chains/evm/networks.ts';
import { MemorySightingStore } from '../../chains/sightings.ts';
import { diagnose } from '../../src/diagnose/index.ts';
import { noHints } from '../support/facts.ts';

/** A real EIP-7702 set-code transaction (type 0x4) on a Prague devnet, read back through the adapter. */
let devnet: Devnet;
const network = demoNetwork(ethereum, '0x0000000000000000000000000000000000000001', 'http://demo');
const SWEEPER = '0x63c0c19a282a1B52b07dD5a65b58948A07DAE32B';

beforeAll(async () => {
  devnet = await startDevnet({ chainId: 1, hardfork: 'prague', accounts: 4 });
});
afterAll(async () => devnet?.close());

describe('EIP-7702 on a devnet', () => {
  it('reads the authorization of a self-sent set-code transaction and the delegation it left in the wallet', async () => {
    const victim = devnet.wallets[1];
    const nonce = Number(await devnet.rpc('eth_getTransactionCount', [victim.address, 'latest']));
    // Self-sponsored: the sender's nonce is bumped before authorizations are applied, so the authorization signs nonce + 1.
    const authorization = await victim.authorize({ address: SWEEPER, chainId: 1n, nonce: BigInt(nonce + 1) });
    const raw = await victim.signTransaction({ type: 4, chainId: 1, nonce, to: victim.address, value: 0n, gasLimit: 100_000n, maxFeePerGas: 10_000_000_000n, maxPriorityFeePerGas: 1_000_000_000n, authorizationList: [authorization] });
    const hash: string = await devnet.rpc('eth_sendRawTransaction', [raw]);
    expect(await devnet.rpc('eth_getCode', [victim.address, 'latest'])).toBe(`0xef0100${SWEEPER.slice(2).toLowerCase()}`);

    const adapter = new EvmAdapter([network], { endpoints: { ethereum: [devnet.url] }, sightings: new MemorySightingStore(), timeoutMs: 5_000 });
    const lookup = await adapter.lookupTx(network, hash);
    await adapter.close();
    expect(lookup.outcome).toBe('found');
    if (lookup.outcome !== 'found') return;
    expect(lookup.facts.evm).toMatchObject({ delegations: [{ authority: victim.address, delegate: SWEEPER, chainId: 1, nonce: nonce + 1 }], recipientDelegatesTo: SWEEPER, recipientIsContract: false });

    const d = diagnose({ txs: [{ id: hash, lookups: [lookup] }], addresses: [], hints: noHints({ theft: true }), networks: [network], policy: { largeAmountUsd: 1e4 }, now: 0, addressesOnly: false });
    expect(d.findings.find((f) => f.code === 'ACCOUNT_DELEGATED')).toMatchObject({ severity: 'critical', params: { source: 'tx', delegates: SWEEPER, account: victim.address, active: 'yes' } });

    // "My wallet was emptied" with only the address: its code shows the delegation too.
    const addressAdapter = new EvmAdapter([network], { endpoints: { ethereum: [devnet.url] }, sightings: new MemorySightingStore(), timeoutMs: 5_000 });
    const history = await addressAdapter.investigateAddress(network, victim.address, { maxBlocks: 1_000, maxTransfers: 50, traceHops: 1 });
    const stranger = await addressAdapter.investigateAddress(network, devnet.wallets[2].address, { maxBlocks: 1_000, maxTransfers: 50, traceHops: 1 });
    await addressAdapter.close();
    expect(history.outcome === 'found' && history.facts.delegatedTo).toBe(SWEEPER);
    expect(stranger.outcome === 'found' && stranger.facts.delegatedTo).toBeUndefined();
    const byAddress = diagnose({ txs: [], addresses: [{ address: victim.address, lookups: [history] }], hints: noHints({ theft: true }), networks: [network], policy: { largeAmountUsd: 1e4 }, now: 0, addressesOnly: true });
    expect(byAddress.findings.find((f) => f.code === 'ACCOUNT_DELEGATED')).toMatchObject({ severity: 'critical', params: { source: 'address', delegates: SWEEPER, account: victim.address } });
  });
});
