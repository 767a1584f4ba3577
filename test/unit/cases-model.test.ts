import { describe, expect, it } from 'vitest';
import { newCaseNumber, parseCaseNumber } from '../../src/cases/case-number.ts';
import { whatChanged, type Outcome } from '../../src/cases/outcome.ts';
import { nextStatus } from '../../src/cases/status.ts';
import { NOT_FOUND_WATCH_MS, nextInterval, baseIntervalMs, txGroupKey, watchReason } from '../../src/cases/watch-policy.ts';

const outcome = (o: Partial<Outcome>): Outcome => ({ category: 'ok', priority: 'P3', codes: [], txs: [], lookups: [], txIds: ['0xabc'], addresses: [], ...o });
const pending = outcome({ category: 'delay', codes: ['TX_PENDING'], txs: [{ hash: '0xabc', network: 'bsc', status: 'pending', final: false }] });
const confirming = outcome({ category: 'delay', codes: ['TX_AWAITING_CONFIRMATIONS'], txs: [{ hash: '0xabc', network: 'bsc', status: 'success', final: false }] });
const confirmed = outcome({ category: 'ok', codes: ['TX_CONFIRMED'], txs: [{ hash: '0xabc', network: 'bsc', status: 'success', final: true }] });

describe('case numbers', () => {
  it('are short, unambiguous and typed back in any case', () => {
    for (let i = 0; i < 200; i++) expect(newCaseNumber()).toMatch(/^TX-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(parseCaseNumber(' tx-7k3qf ')).toBe('TX-7K3QF');
    expect(parseCaseNumber('TX 7K3QF')).toBe('TX-7K3QF');
    expect(parseCaseNumber('TX-7K3QO')).toBeNull(); // no O in Crockford base32
    expect(parseCaseNumber('0xabc')).toBeNull();
  });
});

describe('what changed', () => {
  it('says old → new of category, codes and transaction state, not of confirmation counts', () => {
    const c = whatChanged(pending, confirmed);
    expect(c).toMatchObject({ changed: true, category: { from: 'delay', to: 'ok' }, codesAdded: ['TX_CONFIRMED'], codesRemoved: ['TX_PENDING'] });
    expect(c.txs).toEqual([{ hash: '0xabc', network: 'bsc', from: 'pending', to: 'success (final)' }]);
    expect(whatChanged(confirming, { ...confirming }).changed).toBe(false);
  });
});

describe('watching', () => {
  it('watches what the chain still changes, and "not found" only for a while', () => {
    expect(watchReason(pending, 0)).toBe('pending');
    expect(watchReason(confirming, 0)).toBe('confirming');
    expect(watchReason(confirmed, 0)).toBeNull();
    expect(watchReason(outcome({ category: 'inconclusive', codes: ['LOOKUP_INCONCLUSIVE'] }), 0)).toBe('inconclusive');
    const notFound = outcome({ category: 'missing', codes: ['TX_NOT_FOUND'] });
    expect(watchReason(notFound, 60_000)).toBe('not_found_yet');
    expect(watchReason(notFound, NOT_FOUND_WATCH_MS)).toBeNull();
    expect(watchReason(outcome({ txIds: [], codes: ['NEED_TX_HASH'] }), 0)).toBeNull();
  });

  it('re-checks at block pace, backing off while nothing changes', () => {
    expect(baseIntervalMs([12])).toBe(12_000);
    expect(baseIntervalMs([3, 12])).toBe(3_000);
    expect(baseIntervalMs([0.4])).toBe(1_000);
    expect(nextInterval('pending', 3_000, 0)).toBe(3_000);
    expect(nextInterval('pending', 3_000, 2)).toBe(6_750);
    expect(nextInterval('pending', 3_000, 50)).toBe(600_000);
    expect(nextInterval('inconclusive', 3_000, 0)).toBe(5_000);
    expect(txGroupKey(['0xB', '0xa', '0xb'])).toBe('0xa,0xb');
  });
});

describe('status', () => {
  it('follows the chain while it holds the case, never overruling an agent from a timer', () => {
    expect(nextStatus(null, pending, 'pending', 'complaint')).toBe('waiting_on_chain');
    expect(nextStatus('waiting_on_chain', confirmed, null, 'recheck')).toBe('resolved');
    expect(nextStatus('open', confirmed, null, 'recheck')).toBe('open');
    expect(nextStatus('closed', pending, 'pending', 'complaint')).toBe('waiting_on_chain');
    expect(nextStatus(null, outcome({ txIds: [], codes: ['NEED_TX_HASH'], category: 'inconclusive' }), null, 'complaint')).toBe('waiting_on_user');
    expect(nextStatus(null, outcome({ category: 'failure', codes: ['TX_REVERTED'] }), null, 'complaint')).toBe('open');
  });
});
