import { describe, expect, it } from 'vitest';
import { loadSolanaFixtures } from '../../chains/solana/devnet/fixtures.ts';
import { classify } from '../../chains/solana/rpc.ts';
import { accountsData, MalformedAnswer, parsedTransaction, signatureEntries, signatureStatus } from '../../chains/solana/wire.ts';
import { asParsedTransaction } from '../support/solana-facts.ts';

const fixtures = loadSolanaFixtures();
const served = fixtures.filter((f) => f.transaction);

/** What web3.js would have returned: the fields the facts read, base58 strings as PublicKeys (compared as text). */
const asText = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('wire answers', () => {
  it('reads every served fixture as web3.js would (the fields the facts read)', () => {
    for (const f of served) {
      const tx = parsedTransaction(structuredClone(f.transaction));
      const expected = asText(asParsedTransaction(f.transaction!));
      const read = asText(tx);
      expect(read.transaction.message.accountKeys, f.scenario).toEqual(expected.transaction.message.accountKeys);
      expect(read.transaction.message.instructions, f.scenario).toEqual(expected.transaction.message.instructions.map(({ stackHeight: _s, ...ix }: Record<string, unknown>) => ix));
      expect(read.meta?.preTokenBalances, f.scenario).toEqual(expected.meta?.preTokenBalances);
      expect(read.meta?.fee, f.scenario).toBe(expected.meta?.fee);
      expect(tx!.transaction.message.accountKeys[0].pubkey.equals(asParsedTransaction(f.transaction!).transaction.message.accountKeys[0].pubkey)).toBe(true);
    }
  });

  it('getSignaturesForAddress entries keep what the history reads', () => {
    const entry = { signature: 'x', slot: 7, err: { InstructionError: [0, 'Custom'] }, memo: null, blockTime: null, confirmationStatus: 'finalized' };
    expect(signatureEntries([entry])).toEqual([{ signature: 'x', slot: 7, err: entry.err, blockTime: null, confirmationStatus: 'finalized' }]);
  });

  it('null is "not served", never an error', () => {
    expect(parsedTransaction(null)).toBeNull();
    expect(signatureStatus({ context: { slot: 5 }, value: [null] })).toEqual({ contextSlot: 5, status: null });
  });

  it('a field of the wrong shape is a malformed answer, named by its path', () => {
    const tx = structuredClone(served[0].transaction!) as any;
    tx.meta.fee = '5000';
    expect(() => parsedTransaction(tx)).toThrow(new MalformedAnswer('meta.fee is not a number'));
    const badKey = structuredClone(served[0].transaction!) as any;
    badKey.transaction.message.accountKeys[1].pubkey = 'not-a-key';
    expect(() => parsedTransaction(badKey)).toThrow(MalformedAnswer);
    expect(() => signatureStatus({ value: [] })).toThrow(MalformedAnswer);
    expect(() => signatureStatus({ context: { slot: 1 }, value: [{ slot: 1, confirmations: null, err: null, confirmationStatus: 'rooted' }] })).toThrow(MalformedAnswer);
    expect(() => accountsData({ context: { slot: 1 }, value: [{ data: ['AA==', 'base58'] }] })).toThrow(MalformedAnswer);
    expect(() => signatureEntries([{ signature: 'x', slot: '7', err: null, memo: null }])).toThrow(new MalformedAnswer('[0].slot is not a number'));
  });

  it('a malformed answer is UPSTREAM_BAD_RESPONSE, worth asking another node', () => {
    const e = classify(new MalformedAnswer('meta.fee is not a number'), 'rpc.example', 'getTransaction + getSignatureStatuses');
    expect(e).toMatchObject({ code: 'UPSTREAM_BAD_RESPONSE', retryable: true });
    expect(e.message).toBe('rpc.example sent a malformed answer to getTransaction + getSignatureStatuses: meta.fee is not a number');
  });
});
