import type { SignatureStatus } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import { solanaFactsOf, solanaFixture as fixture } from '../support/solana-facts.ts';

/** The pure builder on variations of the fixtures (what the adapter does after I/O). */
const facts = solanaFactsOf;

describe('solanaTxFacts', () => {
  it('links to the network\'s explorer', () => {
    const f = fixture('sol-transfer-finalized');
    expect(facts(f).explorerUrl).toBe(`https://solscan.io/tx/${f.signature}`);
  });

  it('a transaction served by getTransaction is at least confirmed, whatever a lagging status says', () => {
    const f = fixture('confirmed-not-finalized');
    const r = facts(f, { status: { slot: f.transaction!.slot, confirmations: 0, err: null, confirmationStatus: 'processed' } });
    expect(r.status).toBe('success');
    expect(r.solana!.commitment).toBe('confirmed');
    expect(r.final).toBe(false);
  });

  it('without a status the transaction is confirmed, not final', () => {
    const r = facts(fixture('sol-transfer-finalized'), { status: null });
    expect(r).toMatchObject({ status: 'success', final: false, confirmations: null });
    expect(r.solana!.commitment).toBe('confirmed');
  });

  it('failure comes from meta.err only: alarming logs on a successful transaction change nothing', () => {
    const f = fixture('sol-transfer-finalized');
    f.transaction!.meta!.logMessages.push('Program log: Error: insufficient funds', 'Program 11111111111111111111111111111111 failed: custom program error: 0x1');
    const r = facts(f);
    expect(r.status).toBe('success');
    expect(r.failure).toBeNull();
  });

  it('meta.err wins over the status entry', () => {
    const f = fixture('sol-transfer-finalized');
    f.transaction!.meta!.err = { InstructionError: [0, { Custom: 1 }] };
    const r = facts(f);
    expect(r.status).toBe('failed');
    expect(r.failure).toMatchObject({ kind: 'instruction_error', instructionIndex: 0, decoded: { name: 'ResultWithNegativeLamports' } });
  });

  it('a pre-funded associated token account: rent paid is only what the payer added', () => {
    const f = fixture('recipient-account-created');
    const keys = f.transaction!.transaction.message.accountKeys.map((k) => k.pubkey);
    const created = facts(f).solana!.createdAccounts[0].address;
    const i = keys.indexOf(created);
    f.transaction!.meta!.preBalances[i] = 890_880; // someone had sent SOL to the address before
    const r = facts(f);
    expect(r.solana!.createdAccounts[0]).toMatchObject({ address: created, rentPaid: { raw: String(2_039_280 - 890_880) } });
    expect(r.solana!.splTransfers[0]).toMatchObject({ destinationCreated: true, rentPaid: { raw: '1148400' } });
  });

  it('a failed transaction created nothing and changed no authority (its instructions are still listed)', () => {
    const f = fixture('set-authority-owner-change');
    f.transaction!.meta!.err = { InstructionError: [0, { Custom: 4 }] };
    f.transaction!.meta!.postTokenBalances = f.transaction!.meta!.preTokenBalances;
    const r = facts(f, { status: { ...(f.signatureStatus as SignatureStatus), err: f.transaction!.meta!.err as never } });
    expect(r.status).toBe('failed');
    expect(r.solana!.authorityChanges).toEqual([]);
    expect(r.solana!.instructions[0]).toMatchObject({ type: 'setAuthority' });
    expect(r.solana!.error).toMatchObject({ name: 'OwnerMismatch', category: 'authority' });
  });

  it('token transfers come from balance changes per owner: a swap pays USDC to the pool and receives wSOL', () => {
    const f = fixture('failed-jupiter-slippage');
    const meta = f.transaction!.meta!;
    meta.err = null;
    const bump = (i: number, delta: bigint) => {
      const b = meta.postTokenBalances[i];
      b.uiTokenAmount = { ...b.uiTokenAmount, amount: String(BigInt(b.uiTokenAmount.amount) + delta) };
    };
    bump(0, -10_000_000_000n); // user USDC −10,000
    bump(1, 61_000_000_000n); // user wSOL +61
    bump(2, 10_000_000_000n); // pool USDC +10,000
    bump(3, -61_000_000_000n); // pool wSOL −61
    const r = facts(f);
    const user = r.from;
    const pool = meta.postTokenBalances[2].owner!;
    expect(r.status).toBe('success');
    expect(r.tokenTransfers.map((t) => [t.symbol, t.from, t.to, t.amount.formatted])).toEqual([
      ['USDC', user, pool, '10000'],
      ['wSOL', pool, user, '61'],
    ]);
  });

  it('an unknown mint reads as an unknown token, not as a guess', () => {
    const f = fixture('fake-usdc');
    const r = facts(f); // the metadata lookup is the adapter's job; without it the token is unknown
    expect(r.tokenTransfers[0]).toMatchObject({ symbol: '?', name: 'unknown token', wellKnown: false });
    expect(r.intendedTransfer).toMatchObject({ symbol: '?', wellKnown: false, amount: { formatted: '5000' } });
  });
});
