import { createServer } from 'node:net';
import { Connection, PublicKey } from '@solana/web3.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SolanaAdapter } from '../../chains/solana/adapter.ts';
import { startSolanaDevnet, type SolanaDevnet } from '../../chains/solana/devnet/server.ts';
import { solana } from '../../chains/solana/networks.ts';
import type { Network, TxFacts, TxLookup } from '../../chains/types.ts';

/**
 * Every scenario through SolanaAdapter → @solana/web3.js Connection → HTTP → the local
 * JSON-RPC devnet (nothing mocked in between).
 */

const USDC = solana.tokens.find((t) => t.symbol === 'USDC')!.address;

let dev: SolanaDevnet;
let network: Network;
let adapter: SolanaAdapter;

const sig = (scenario: string) => {
  const f = dev.fixtures.find((x) => x.scenario === scenario);
  if (!f) throw new Error(`no fixture ${scenario}`);
  return f.signature;
};

async function found(scenario: string): Promise<TxFacts> {
  const r = await adapter.lookupTx(network, sig(scenario));
  if (r.outcome !== 'found') throw new Error(`${scenario}: expected found, got ${JSON.stringify(r)}`);
  return r.facts;
}

function errorOf(r: TxLookup) {
  expect(r.outcome).toBe('error');
  return (r as Extract<TxLookup, { outcome: 'error' }>).error;
}

beforeAll(async () => {
  dev = await startSolanaDevnet({ explorerBase: 'http://demo.local' });
  network = dev.networks[0];
  // These tests inject one failure after another into this adapter: its circuit breaker
  // would rest the endpoint (and answer "circuit open") if it were left at the default.
  adapter = new SolanaAdapter(dev.networks, {
    endpoints: { solana: [dev.url] },
    timeoutMs: 2000,
    upstream: { policy: { retries: 1, backoffBaseMs: 1, backoffMaxMs: 2, breaker: { failures: 1_000, cooldownMs: 1 } } },
  });
});

afterEach(() => dev.resetBehaviors());
afterAll(() => dev.close());

describe('SolanaAdapter identifiers', () => {
  it('accepts 64-byte base58 signatures and nothing else', () => {
    for (const f of dev.fixtures) expect(adapter.isTxId(f.signature)).toBe(true);
    expect(adapter.isTxId('0x' + 'ab'.repeat(32))).toBe(false); // EVM hash
    expect(adapter.isTxId('ab'.repeat(32))).toBe(false); // TRON / bare hex
    expect(adapter.isTxId(USDC)).toBe(false); // a 32-byte address
    expect(adapter.isTxId(sig('sol-transfer-finalized').replace(/.$/, '0'))).toBe(false); // 0 is not base58
    expect(adapter.normalizeTxId(sig('sol-transfer-finalized'))).toBe(sig('sol-transfer-finalized'));
  });

  it('serves only Solana networks that have endpoints', () => {
    expect(adapter.networks.map((n) => n.id)).toEqual(['solana']);
    expect(network.demo).toBe(true);
    expect(network.name.en).toBe('Solana (local demo chain)');
    expect(network.name.zh).toBe('Solana（索拉纳）（本地演示链）');
  });
});

describe('SolanaAdapter scenarios', () => {
  it('asks the node the right questions, in parallel', async () => {
    const before = dev.calls.length;
    await found('failed-jupiter-slippage');
    const calls = dev.calls.slice(before);
    const getTx = calls.find((c) => c.method === 'getTransaction')!;
    expect(getTx.params[1]).toMatchObject({ encoding: 'jsonParsed', commitment: 'confirmed', maxSupportedTransactionVersion: 0 });
    const statuses = calls.find((c) => c.method === 'getSignatureStatuses')!;
    expect(statuses.params).toEqual([[sig('failed-jupiter-slippage')], { searchTransactionHistory: true }]);
  });

  it('SOL transfer, finalized', async () => {
    const f = await found('sol-transfer-finalized');
    expect(f).toMatchObject({ family: 'solana', network: 'solana', status: 'success', final: true, confirmations: null, confirmationsRequired: 32, failure: null });
    expect(f.value).toMatchObject({ raw: '1500000000', formatted: '1.5', symbol: 'SOL', decimals: 9 });
    expect(f.fee).toMatchObject({ raw: '5000', formatted: '0.000005' });
    expect(f.block).toEqual({ number: f.solana!.slot, timestamp: f.solana!.blockTime });
    expect(f.block!.timestamp).toBeGreaterThan(1_700_000_000);
    expect(f.explorerUrl).toBe(`http://demo.local/s/solana/${f.hash}`);
    expect(f.tokenTransfers).toEqual([]);
    const s = f.solana!;
    expect(s.commitment).toBe('finalized');
    expect(s.solTransfers).toHaveLength(1);
    expect(s.solTransfers[0]).toMatchObject({ from: f.from, to: f.to, toIsTokenAccount: false, toWasEmpty: false });
    expect(s.solChanges.find((c) => c.feePayer)!.change.raw).toBe('-1500005000');
    expect(s.fee).toMatchObject({ signatures: 1, computeUnitLimit: null });
    expect(s.fee!.priority.raw).toBe('0');
  });

  it('USDC transferChecked: well-known token, owner-level transfer, fee split from ComputeBudget', async () => {
    const f = await found('usdc-transfer-finalized');
    expect(f.status).toBe('success');
    expect(f.tokenTransfers).toHaveLength(1);
    const t = f.tokenTransfers[0];
    expect(t).toMatchObject({ token: USDC, symbol: 'USDC', name: 'USD Coin', decimals: 6, from: f.from, wellKnown: true });
    expect(t.impersonates).toBeUndefined();
    expect(t.amount).toMatchObject({ raw: '250000000', formatted: '250' });
    expect(f.intendedTransfer).toMatchObject({ token: USDC, symbol: 'USDC', to: t.to, wellKnown: true });
    expect(f.to).toBe(t.to);
    const s = f.solana!;
    // 12,000 CU × 250,000 micro-lamports = 3,000 lamports priority on top of 5,000 base.
    expect(s.fee).toMatchObject({ computeUnitLimit: 12_000, computeUnitPriceMicroLamports: '250000', signatures: 1 });
    expect([s.fee!.total.raw, s.fee!.base.raw, s.fee!.priority.raw]).toEqual(['8000', '5000', '3000']);
    expect(s.splTransfers[0]).toMatchObject({ type: 'transferChecked', mint: USDC, destinationOwner: t.to, ownerIsTokenAccount: false, ownerTokenAccountOwner: null, destinationIsAssociated: true, destinationCreated: false, rentPaid: null });
    const changes = s.tokenChanges.map((c) => [c.owner, c.change.formatted]);
    expect(changes).toEqual([
      [f.from, '-250'],
      [t.to, '250'],
    ]);
  });

  it('transaction-level error InsufficientFundsForRent: failed, only the fee spent', async () => {
    const f = await found('failed-insufficient-funds-for-rent');
    expect(f.status).toBe('failed');
    expect(f.final).toBe(true);
    expect(f.failure).toMatchObject({ kind: 'unknown', decoded: { type: 'custom', name: 'InsufficientFundsForRent' } });
    const e = f.solana!.error!;
    expect(e).toMatchObject({ scope: 'transaction', name: 'InsufficientFundsForRent', category: 'rent', known: true, accountIndex: 1, account: f.to });
    expect(f.solana!.solTransfers[0]).toMatchObject({ toWasEmpty: true, amount: { formatted: '0.0005' } });
    // Nothing moved but the fee.
    expect(f.solana!.solChanges.map((c) => c.change.raw)).toEqual(['-5000']);
    expect(f.tokenTransfers).toEqual([]);
  });

  it('InstructionError with a built-in variant (InvalidAccountData at instruction 2)', async () => {
    const f = await found('failed-invalid-account-data');
    expect(f.status).toBe('failed');
    expect(f.failure).toMatchObject({ kind: 'instruction_error', instructionIndex: 2, decoded: { type: 'custom', name: 'InvalidAccountData' } });
    expect(f.solana!.error).toMatchObject({ scope: 'instruction', instructionIndex: 2, programName: 'SPL Token', category: 'account', known: true });
    // The destination was a wallet, not a token account: the node knows no owner for it.
    expect(f.solana!.splTransfers[0]).toMatchObject({ destinationOwner: null, destinationIsAssociated: null, destinationCreated: false });
    expect(f.intendedTransfer).toMatchObject({ symbol: 'USDC', amount: { formatted: '40' } });
  });

  it('SPL Token custom error 1: insufficient funds, intended transfer still known', async () => {
    const f = await found('failed-spl-insufficient-funds');
    expect(f.status).toBe('failed');
    expect(f.failure).toMatchObject({
      kind: 'instruction_error',
      instructionIndex: 1,
      decoded: { type: 'custom', name: 'InsufficientFunds', signature: 'custom program error: 0x1' },
      raw: '{"InstructionError":[1,{"Custom":1}]}',
    });
    expect(f.solana!.error).toMatchObject({ customCode: 1, category: 'insufficient_funds', programId: 'TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA' });
    expect(f.intendedTransfer).toMatchObject({ token: USDC, amount: { raw: '500000000', formatted: '500' }, wellKnown: true });
    expect(f.solana!.splTransfers[0].sourceBalance).toMatchObject({ formatted: '120.5', symbol: 'USDC' });
    expect(f.tokenTransfers).toEqual([]);
    // createIdempotent on an account that already existed created nothing.
    expect(f.solana!.createdAccounts).toEqual([]);
  });

  it('swap aggregator slippage: Jupiter v6 custom 6001 (0x1771) in a v0 transaction', async () => {
    const f = await found('failed-jupiter-slippage');
    expect(f.status).toBe('failed');
    expect(f.to).toBe('JUP6LkbZbjS1jKKwapdHNy74zcZ3tLUZoi5QNyVTaV4');
    expect(f.solana!.version).toBe(0);
    expect(f.solana!.error).toMatchObject({
      scope: 'instruction',
      instructionIndex: 3,
      programName: 'Jupiter Aggregator v6',
      name: 'SlippageToleranceExceeded',
      customCode: 6001,
      display: 'custom program error: 0x1771',
      category: 'slippage',
    });
    const route = f.solana!.instructions.find((i) => i.index === 3)!;
    expect(route).toMatchObject({ program: 'Jupiter Aggregator v6', type: null });
    expect(f.solana!.fee!.priority.raw).toBe('20000');
  });

  it('a success whose logs say "insufficient" reads as success (meta.err only)', async () => {
    const f = await found('success-with-insufficient-log');
    expect(f.status).toBe('success');
    expect(f.failure).toBeNull();
    expect(f.solana!.error).toBeNull();
    expect(f.value.formatted).toBe('0.05');
    expect(f.solana!.instructions[1]).toMatchObject({ program: 'Memo', type: null, info: { value: 'refund: deposit below minimum (insufficient amount)' } });
  });

  it('confirmed but not finalized: success, not final, with the cluster confirmation count', async () => {
    const f = await found('confirmed-not-finalized');
    expect(f).toMatchObject({ status: 'success', final: false, confirmations: 12 });
    expect(f.solana!.commitment).toBe('confirmed');
    expect(f.tokenTransfers[0].amount.formatted).toBe('80');
  });

  it('processed only: pending from the signature status alone', async () => {
    const f = await found('processed-only');
    expect(f).toMatchObject({ status: 'pending', final: false, confirmations: 0, fee: null, from: '', to: null, failure: null });
    expect(f.solana).toMatchObject({ commitment: 'processed', statusOnly: true, instructions: [], error: null });
  });

  it('fake "USDC": metadata says USDC, the mint is not the well-known one', async () => {
    const f = await found('fake-usdc');
    expect(f.status).toBe('success');
    const t = f.tokenTransfers[0];
    expect(t.token).not.toBe(USDC);
    expect(t).toMatchObject({ symbol: 'USDC', name: 'USD Coin', wellKnown: false, impersonates: 'USDC', amount: { formatted: '5000' } });
    expect(f.intendedTransfer).toMatchObject({ symbol: 'USDC', wellKnown: false });
    expect(f.solana!.tokenChanges.find((c) => c.createdInTx)).toMatchObject({ owner: t.to, wellKnown: false, symbol: 'USDC' });
  });

  it('a token account used as the recipient wallet: owner is itself a token account', async () => {
    const f = await found('usdc-to-token-account');
    const spl = f.solana!.splTransfers[0];
    const tokenAccountAsWallet = spl.destinationOwner!;
    expect(spl).toMatchObject({ ownerIsTokenAccount: true, destinationIsAssociated: true, destinationCreated: true, rentPaid: { raw: '2039280' } });
    // The "wallet" is the exchange's associated token account: program-derived, no key exists for it.
    expect(spl.ownerOffCurve).toBe(true);
    expect(spl.ownerTokenAccountOwner).toBeTruthy();
    expect(spl.ownerTokenAccountOwner).not.toBe(tokenAccountAsWallet);
    // The node itself says the "wallet" is a USDC token account (owned by the exchange).
    const info = await new Connection(dev.url).getParsedAccountInfo(new PublicKey(tokenAccountAsWallet));
    expect(info.value?.owner.toBase58()).toBe('TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA');
    expect(info.value?.data).toMatchObject({ program: 'spl-token', parsed: { type: 'account', info: { mint: USDC } } });
    expect(f.tokenTransfers[0]).toMatchObject({ to: tokenAccountAsWallet, wellKnown: true, amount: { formatted: '300' } });
  });

  it('SOL sent to a token account', async () => {
    const f = await found('sol-to-token-account');
    expect(f.status).toBe('success');
    expect(f.solana!.solTransfers[0]).toMatchObject({ toIsTokenAccount: true, toTokenAccountMint: USDC, toTokenAccountSymbol: 'USDC', amount: { formatted: '2' } });
    expect(f.solana!.solTransfers[0].toTokenAccountOwner).toBeTruthy();
    expect(f.tokenTransfers).toEqual([]);
  });

  it('tokens to an owner\'s existing associated account are not flagged', async () => {
    const f = await found('usdc-transfer-finalized');
    expect(f.solana!.splTransfers[0].ownerIsTokenAccount).toBe(false);
    expect(f.solana!.solTransfers).toEqual([]);
  });

  it('a transfer that created the recipient\'s associated token account: rent paid by the sender', async () => {
    const f = await found('recipient-account-created');
    const [created] = f.solana!.createdAccounts;
    expect(created).toMatchObject({ kind: 'associated-token-account', payer: f.from, mint: USDC, rentPaid: { raw: '2039280', formatted: '0.00203928' } });
    expect(f.solana!.splTransfers[0]).toMatchObject({ destination: created.address, destinationOwner: created.owner, destinationCreated: true, rentPaid: { formatted: '0.00203928' } });
    // The sender's SOL went down by rent + fee.
    const payer = f.solana!.solChanges.find((c) => c.feePayer)!;
    expect(BigInt(payer.change.raw)).toBe(-(2_039_280n + BigInt(f.fee!.raw)));
    expect(f.solana!.instructions.filter((i) => i.innerIndex !== undefined).map((i) => i.type)).toEqual(['getAccountDataSize', 'createAccount', 'initializeImmutableOwner', 'initializeAccount3']);
  });

  it('SetAuthority: the owner of a token account changed', async () => {
    const f = await found('set-authority-owner-change');
    expect(f.solana!.authorityChanges).toEqual([
      expect.objectContaining({ kind: 'setAuthority', authorityType: 'accountOwner', previous: f.from, instructionIndex: 0, inner: false }),
    ]);
    const change = f.solana!.authorityChanges[0];
    expect(change.next).not.toBe(f.from);
    expect(f.solana!.tokenChanges).toEqual([]); // the balance did not move: only who controls it
  });

  it('durable nonce: advanceNonceAccount first, a second signer pays', async () => {
    const f = await found('durable-nonce-transfer');
    expect(f.solana!.durableNonce).toMatchObject({ nonceAuthority: f.from });
    expect(f.solana!.signers).toHaveLength(2);
    expect(f.solana!.fee).toMatchObject({ signatures: 2 });
    expect(f.solana!.fee!.base.raw).toBe('10000');
    const transfer = f.solana!.solTransfers[0];
    expect(transfer.from).not.toBe(f.from); // the victim's SOL, the attacker's fee
    expect(transfer.to).toBe(f.from);
    expect(f.value.formatted).toBe('12');
  });
});

describe('SolanaAdapter: not found is only "not found"', () => {
  it('a signature neither the ledger nor the status cache knows', async () => {
    const r = await adapter.lookupTx(network, sig('not-found-expired'));
    expect(r).toEqual({ network, outcome: 'not_found' });
    expect(network.unconfirmedExpirySeconds).toBeGreaterThan(0);
  });

  it('the node lags on getTransaction but the status is known: found, from the status', async () => {
    dev.setBehavior({ method: 'getTransaction' }, { kind: 'null' });
    const f = await found('usdc-transfer-finalized');
    expect(f).toMatchObject({ status: 'success', final: true });
    expect(f.solana!.statusOnly).toBe(true);
  });

  it('a JSON-RPC error is an error, never not_found', async () => {
    dev.setBehavior({ method: 'getTransaction' }, { kind: 'rpc-error', code: -32005, message: 'Node is behind by 42 slots' });
    const e = errorOf(await adapter.lookupTx(network, sig('not-found-expired')));
    expect(e.code).toBe('UPSTREAM_RPC_ERROR');
    expect(e.message).toContain('Node is behind by 42 slots');
  });

  it('an error on the status call alone still fails the lookup', async () => {
    dev.setBehavior({ method: 'getSignatureStatuses' }, { kind: 'rpc-error', code: -32603, message: 'Internal error' });
    expect(errorOf(await adapter.lookupTx(network, sig('not-found-expired'))).code).toBe('UPSTREAM_RPC_ERROR');
  });

  it('HTTP 500', async () => {
    dev.setBehavior({}, { kind: 'http-error', status: 500 });
    const e = errorOf(await adapter.lookupTx(network, sig('not-found-expired')));
    expect(e).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
    expect(e.message).toContain('HTTP 500');
  });

  it('HTTP 429 is retried only by the upstream policy (web3.js\'s own retries are off), then reported', async () => {
    dev.setBehavior({}, { kind: 'http-error', status: 429, body: 'Too many requests' });
    const before = dev.calls.length;
    expect(errorOf(await adapter.lookupTx(network, sig('sol-transfer-finalized'))).code).toBe('UPSTREAM_UNAVAILABLE');
    expect(dev.calls.length - before).toBe(2 * 2); // both calls, in 1 + 1 retry attempts
  });

  it('malformed JSON', async () => {
    dev.setBehavior({}, { kind: 'malformed' });
    expect(errorOf(await adapter.lookupTx(network, sig('not-found-expired'))).code).toBe('UPSTREAM_BAD_RESPONSE');
  });

  it('a slow node times out per request', async () => {
    const impatient = new SolanaAdapter(dev.networks, { endpoints: { solana: [dev.url] }, timeoutMs: 150 });
    dev.setBehavior({ method: 'getSignatureStatuses' }, { kind: 'delay', ms: 1500 });
    const started = Date.now();
    const e = errorOf(await impatient.lookupTx(network, sig('not-found-expired')));
    expect(e.code).toBe('UPSTREAM_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('an unreachable endpoint; the next endpoint is tried', async () => {
    const closedPort = await freePort();
    const dead = new SolanaAdapter(dev.networks, { endpoints: { solana: [`http://127.0.0.1:${closedPort}`] }, timeoutMs: 1000 });
    const e = errorOf(await dead.lookupTx(network, sig('sol-transfer-finalized')));
    expect(e.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(e.message).toContain(`127.0.0.1:${closedPort}`);

    const failover = new SolanaAdapter(dev.networks, { endpoints: { solana: [`http://127.0.0.1:${closedPort}`, dev.url] }, timeoutMs: 1000 });
    expect((await failover.lookupTx(network, sig('sol-transfer-finalized'))).outcome).toBe('found');
  });

  it('endpoint secrets never reach the error message (host only)', async () => {
    const closedPort = await freePort();
    const keyed = new SolanaAdapter(dev.networks, { endpoints: { solana: [`http://127.0.0.1:${closedPort}/secret-api-key?token=abc`] }, timeoutMs: 1000 });
    const e = errorOf(await keyed.lookupTx(network, sig('sol-transfer-finalized')));
    expect(e.message).not.toContain('secret-api-key');
    expect(e.message).not.toContain('abc');
  });

  it('token metadata that cannot be fetched leaves the token unknown instead of failing', async () => {
    dev.setBehavior({ method: 'getMultipleAccounts' }, { kind: 'rpc-error' });
    const f = await found('fake-usdc');
    expect(f.tokenTransfers[0]).toMatchObject({ symbol: '?', name: 'unknown token', wellKnown: false });
    expect(f.tokenTransfers[0].impersonates).toBeUndefined();
  });
});

describe('Solana devnet extras (for address investigations)', () => {
  it('getSignaturesForAddress lists an address\'s history, newest first, with memos', async () => {
    const refund = dev.fixtures.find((f) => f.scenario === 'success-with-insufficient-log')!;
    const user = refund.transaction!.transaction.message.accountKeys[1].pubkey;
    const list = await new Connection(dev.url).getSignaturesForAddress(new PublicKey(user));
    expect(list.length).toBeGreaterThan(5);
    expect(list.map((s) => s.slot)).toEqual([...list.map((s) => s.slot)].sort((a, b) => b - a));
    expect(list.find((s) => s.signature === refund.signature)?.memo).toBe('[51] refund: deposit below minimum (insufficient amount)');
    expect(list.find((s) => s.signature === sig('failed-spl-insufficient-funds'))?.err).toEqual({ InstructionError: [1, { Custom: 1 }] });
  });

  it('getAccountInfo: a wallet is a system account with its latest balance; unknown is null', async () => {
    const c = new Connection(dev.url);
    const payer = dev.fixtures.find((f) => f.scenario === 'sol-transfer-finalized')!.transaction!.transaction.message.accountKeys[1].pubkey;
    const info = await c.getAccountInfo(new PublicKey(payer));
    expect(info?.owner.toBase58()).toBe('11111111111111111111111111111111');
    expect(info?.data.length).toBe(0);
    expect(await c.getAccountInfo(new PublicKey('7Np41oeYqPefeNQEHSv1UDhYrehxin3NStELsSKCT4K2'))).toBeNull();
  });

  it('answers JSON-RPC batches', async () => {
    const res = await fetch(dev.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([
        { jsonrpc: '2.0', id: 1, method: 'getSlot' },
        { jsonrpc: '2.0', id: 2, method: 'getSignatureStatuses', params: [[sig('confirmed-not-finalized')]] },
        { jsonrpc: '2.0', id: 3, method: 'noSuchMethod' },
      ]),
    });
    const body = (await res.json()) as { id: number; result?: any; error?: any }[];
    expect(body.map((r) => r.id)).toEqual([1, 2, 3]);
    expect(body[1].result.value[0]).toMatchObject({ confirmationStatus: 'confirmed', confirmations: 12 });
    expect(body[2].error).toEqual({ code: -32601, message: 'Method not found' });
  });

  it('refuses what a real node refuses: processed commitment, v0 without maxSupportedTransactionVersion', async () => {
    const call = (params: unknown[]) =>
      fetch(dev.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'getTransaction', params }) }).then((r) => r.json() as Promise<any>);
    expect((await call([sig('sol-transfer-finalized'), { encoding: 'jsonParsed', commitment: 'processed' }])).error.code).toBe(-32602);
    expect((await call([sig('failed-jupiter-slippage'), { encoding: 'jsonParsed' }])).error.code).toBe(-32015);
    // A merely confirmed transaction is not served at `finalized`.
    expect((await call([sig('confirmed-not-finalized'), { encoding: 'jsonParsed', commitment: 'finalized' }])).result).toBeNull();
  });

  it('lists one demo case per scenario with an expected code, then the address (theft) cases', () => {
    const txCases = dev.cases.filter((c) => c.txHash);
    expect(txCases.length).toBe(dev.fixtures.length);
    for (const c of txCases) expect(c).toMatchObject({ network: 'solana', txHash: expect.any(String), expectedCode: expect.any(String), text: expect.any(String) });
    const addressCases = dev.cases.filter((c) => !c.txHash);
    expect(addressCases.length).toBeGreaterThanOrEqual(4);
    for (const c of addressCases) expect(c).toMatchObject({ network: 'solana', scenario: expect.stringMatching(/^solana-theft-/), address: expect.any(String), text: expect.any(String) });
  });
});

describe('SolanaAdapter wall time', () => {
  it('a lookup costs one round trip of wall time (the two calls go out together)', async () => {
    const slow = await startSolanaDevnet({ latencyMs: 400 });
    try {
      const a = new SolanaAdapter(slow.networks, { endpoints: { solana: [slow.url] }, timeoutMs: 3000 });
      const started = Date.now();
      const r = await a.lookupTx(slow.networks[0], slow.fixtures[0].signature);
      const elapsed = Date.now() - started;
      expect(r.outcome).toBe('found');
      expect(elapsed).toBeGreaterThanOrEqual(390);
      expect(elapsed).toBeLessThan(780);
    } finally {
      await slow.close();
    }
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}
