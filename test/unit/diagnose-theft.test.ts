import { describe, expect, it } from 'vitest';
import { toAmount } from '../../chains/amount.ts';
import { ethereum } from '../../chains/evm/networks.ts';
import { diagnose } from '../../src/diagnose/index.ts';
import { render } from '../../src/explain/render.ts';
import { addressFacts, addressInput, approval, dai, OWNER, usdtMove } from '../support/address-facts.ts';
import { codes, noHints } from '../support/facts.ts';

const FRIEND = '0x7a25c0de0000000000000000000000000000c0de';
const LOOKALIKE = '0x7a25aa11bb22cc33dd44ee55ff6600112233c0de';
const DRAINER = '0x9999999999999999999999999999999999999999';
const SWEEPER = '0x8888888888888888888888888888888888888888';

describe('approvals', () => {
  it('an unlimited approval to a plain wallet that is still active is critical', () => {
    const d = diagnose(addressInput(addressFacts({ approvals: [approval()] })));
    expect(codes(d)).toEqual(['RISKY_APPROVAL']);
    expect(d.findings[0].severity).toBe('critical');
    expect(d.priority).toBe('P1');
    expect(d.findings[0].params).toMatchObject({ reasons: 'unlimited,eoa', current: 'unlimited' });
  });

  it('an unlimited approval to an unlabelled contract is high, not critical', () => {
    const d = diagnose(addressInput(addressFacts({ approvals: [approval({ spenderIsContract: true })] })));
    expect(d.findings[0].severity).toBe('high');
  });

  it('ignores approvals already spent or revoked, and those to labelled services', () => {
    expect(codes(diagnose(addressInput(addressFacts({ approvals: [approval({ current: 'none' })] }))))).toEqual(['NO_THEFT_PATTERN']);
    const labelled = addressFacts({ approvals: [approval()], labels: { [DRAINER]: { name: 'Uniswap Permit2', kind: 'service' } } });
    expect(codes(diagnose(addressInput(labelled)))).toEqual(['NO_THEFT_PATTERN']);
  });

  it('treats an allowance that could not be read as possibly active', () => {
    expect(codes(diagnose(addressInput(addressFacts({ approvals: [approval({ current: null })] }))))).toEqual(['RISKY_APPROVAL']);
  });

  it('flags a known drainer even for a limited approval', () => {
    const facts = addressFacts({ approvals: [approval({ approved: toAmount(5_000_000n, 6, 'USDT'), current: toAmount(5_000_000n, 6, 'USDT'), spenderIsContract: true })], labels: { [DRAINER]: { name: 'Inferno Drainer', kind: 'drainer' } } });
    expect(diagnose(addressInput(facts)).findings[0]).toMatchObject({ code: 'RISKY_APPROVAL', severity: 'critical' });
  });
});

describe('drains and sweeps', () => {
  it('value taken by a third party with transferFrom is a drain', () => {
    const facts = addressFacts({ transfers: [usdtMove('out', 3000, SWEEPER, { executor: DRAINER }), usdtMove('in', 3000, '0x0000000000000000000000000000000000000000')] });
    const d = diagnose(addressInput(facts));
    expect(codes(d)).toEqual(['DRAIN_BY_SPENDER']);
    expect(d.findings[0].params).toMatchObject({ spender: DRAINER, destination: SWEEPER, assets: '3000 USDT', count: 1 });
  });

  it('a zero-value transferFrom by a stranger is not a drain', () => {
    const facts = addressFacts({ transfers: [usdtMove('out', 0, SWEEPER, { executor: DRAINER })] });
    expect(codes(diagnose(addressInput(facts)))).not.toContain('DRAIN_BY_SPENDER');
  });

  it('several assets to one unlabelled address within minutes is a sweep', () => {
    const facts = addressFacts({ transfers: [usdtMove('out', 2500, SWEEPER), dai(700, SWEEPER)], freshAddresses: [SWEEPER] });
    const d = diagnose(addressInput(facts));
    expect(codes(d)).toEqual(['SWEEP_TO_ONE_ADDRESS']);
    expect(d.findings[0].params).toMatchObject({ assets: '2500 USDT, 700 DAI', fresh: 'yes' });
    // Several assets read as a list, with a plural verb.
    expect(render(d, 'en', [ethereum]).explanation).toContain('2500 USDT and 700 DAI were moved out of your wallet');
  });

  it('regular payments to an exchange are not a sweep', () => {
    const exchange = '0x28C6c06298d514Db089934071355E5743bf21d60';
    const facts = addressFacts({ transfers: [usdtMove('out', 100, exchange), usdtMove('out', 200, exchange), usdtMove('out', 300, exchange)], labels: { [exchange]: { name: 'Binance 14', kind: 'exchange' } } });
    expect(codes(diagnose(addressInput(facts)))).toEqual(['NO_THEFT_PATTERN']);
  });

  it('names the exchange the trail reached', () => {
    const facts = addressFacts({
      transfers: [usdtMove('out', 3000, SWEEPER, { executor: DRAINER })],
      trails: [[{ from: SWEEPER, to: '0x28C6c06298d514Db089934071355E5743bf21d60', hash: '0xabc', amount: toAmount(2_990_000_000n, 6, 'USDT'), label: { name: 'Binance 14', kind: 'exchange' } }]],
    });
    const d = diagnose(addressInput(facts));
    expect(codes(d)).toContain('FUNDS_TRACED_TO_EXCHANGE');
    expect(d.findings.find((f) => f.code === 'FUNDS_TRACED_TO_EXCHANGE')!.params).toMatchObject({ exchange: 'Binance 14', hashes: '0xabc' });
  });
});

describe('address poisoning', () => {
  const history = [usdtMove('out', 1000, FRIEND), usdtMove('out', 0, LOOKALIKE, { executor: DRAINER })];

  it('spots a zero-value transfer to a look-alike of a real contact', () => {
    const d = diagnose(addressInput(addressFacts({ transfers: history })));
    expect(codes(d)).toEqual(['ADDRESS_POISONING']);
    expect(d.findings[0].params).toMatchObject({ lookalikeAddress: LOOKALIKE, realAddress: FRIEND });
    expect(d.priority).toBe('P2');
  });

  it('is critical once the user pays the look-alike', () => {
    const paid = usdtMove('out', 1500, LOOKALIKE);
    const d = diagnose(addressInput(addressFacts({ transfers: [...history, paid] })));
    expect(codes(d)[0]).toBe('SENT_TO_POISONED_ADDRESS');
    expect(d.findings[0].params).toMatchObject({ amount: '1500 USDT', txHash: paid.hash });
    expect(d.priority).toBe('P1');
  });

  // Only a token's issuer can freeze: Circle for USDC, nobody for a network's own coin.
  it.each([
    ['USDT', 'Tether, the issuer of USDT,', 'USDT 的发行方 Tether 公司'],
    ['USDC', 'Circle, the issuer of USDC,', 'USDC 的发行方 Circle 公司'],
    ['ETH', 'nobody can freeze ETH itself', 'ETH 本身也没有人能冻结'],
  ])('names who can freeze the %s paid to the look-alike, in both languages', (symbol, en, zh) => {
    const native = symbol === 'ETH';
    const paid = usdtMove('out', 1500, LOOKALIKE, { symbol, token: native ? undefined : '0x4444444444444444444444444444444444444444', amount: toAmount(1_500_000_000n, 6, symbol) });
    const d = diagnose(addressInput(addressFacts({ transfers: [...history, paid] })));
    const steps = (lang: 'en' | 'zh') => render(d, lang, [ethereum]).nextSteps.join(' ');
    expect(steps('en')).toContain(en);
    expect(steps('zh')).toContain(zh);
    if (symbol !== 'USDT') expect(steps('en') + steps('zh')).not.toMatch(/Tether/);
  });

  it('spots fake-token bait from a look-alike', () => {
    const bait = usdtMove('in', 5000, LOOKALIKE, { token: '0x3333333333333333333333333333333333333333', wellKnown: false, impersonates: 'USDT' });
    expect(codes(diagnose(addressInput(addressFacts({ transfers: [usdtMove('out', 1000, FRIEND), bait] }))))).toEqual(['ADDRESS_POISONING']);
  });

  it('orders by time when blocks are unknown (TRON\'s TRC-20 list gives block 0): only a payment after the bait counts', () => {
    const bait = usdtMove('out', 0, LOOKALIKE, { executor: DRAINER, block: 0 });
    const before = usdtMove('out', 1500, LOOKALIKE, { block: 0, timestamp: bait.timestamp! - 60 });
    const after = usdtMove('out', 1500, LOOKALIKE, { block: 0, timestamp: bait.timestamp! + 60 });
    const friend = usdtMove('out', 1000, FRIEND, { block: 0 });
    expect(codes(diagnose(addressInput(addressFacts({ transfers: [friend, bait, before] }))))).toEqual(['ADDRESS_POISONING']);
    expect(codes(diagnose(addressInput(addressFacts({ transfers: [friend, bait, after] }))))[0]).toBe('SENT_TO_POISONED_ADDRESS');
  });

  it('does not call two unrelated addresses look-alikes', () => {
    const other = usdtMove('out', 0, '0x7a25000000000000000000000000000000001234', { executor: DRAINER });
    expect(codes(diagnose(addressInput(addressFacts({ transfers: [usdtMove('out', 1000, FRIEND), other] }))))).toEqual(['NO_THEFT_PATTERN']);
  });
});

describe('authority changes and freezes', () => {
  it('maps each kind of authority change to its code', () => {
    const facts = addressFacts({
      authorityChanges: [
        { hash: '0x1', timestamp: 1, kind: 'tron-permission', newAuthorities: ['TXyz'], detail: 'owner threshold 1: TXyz' },
        { hash: '0x2', timestamp: 2, kind: 'solana-set-authority', newAuthorities: ['Evil'], detail: 'AccountOwner of token account X' },
        { hash: '0x3', timestamp: 3, kind: 'solana-close-account', newAuthorities: ['Evil'], detail: 'closed X', swept: toAmount(2_039_280n, 9, 'SOL') },
        { hash: '0x4', timestamp: 4, kind: 'solana-durable-nonce', newAuthorities: [], detail: 'advanceNonceAccount first' },
      ],
    });
    expect(codes(diagnose(addressInput(facts)))).toEqual(['ACCOUNT_PERMISSION_CHANGED', 'TOKEN_AUTHORITY_CHANGED', 'ACCOUNT_CLOSED_AND_SWEPT', 'DURABLE_NONCE_PRESIGNED']);
  });

  it('reports a USDT blacklist', () => {
    expect(codes(diagnose(addressInput(addressFacts({ blacklisted: { token: ethereum.tokens[0].address, symbol: 'USDT' } }))))).toEqual(['USDT_BLACKLISTED']);
  });
});

describe('all-clear is only given on complete data', () => {
  it('says no theft pattern for a clean, complete history, and tempers a theft report to P2', () => {
    const d = diagnose(addressInput(addressFacts({ transfers: [usdtMove('in', 100, FRIEND)] }), true));
    expect(codes(d)).toEqual(['THEFT_REPORTED', 'NO_THEFT_PATTERN']);
    expect(d.findings[0].severity).toBe('high');
    expect(d.priority).toBe('P2');
  });

  it('never gives an all-clear when part of the history is missing', () => {
    const facts = addressFacts({ coverage: { ...addressFacts().coverage, incomplete: true, gaps: ['blocks 1-5000: timeout'] } });
    const d = diagnose(addressInput(facts, true));
    expect(codes(d)).toEqual(['THEFT_REPORTED', 'ADDRESS_SCAN_INCOMPLETE']);
    expect(d.findings[0].severity).toBe('critical');
    expect(d.category).toBe('inconclusive');
  });

  it('is inconclusive when the network could not be asked at all', () => {
    const d = diagnose({ ...addressInput(addressFacts()), addresses: [{ address: OWNER, lookups: [{ network: ethereum, outcome: 'error', error: { code: 'UPSTREAM_UNAVAILABLE', message: 'ECONNREFUSED' } }] }], hints: noHints({ theft: true }) });
    expect(codes(d)).toEqual(['THEFT_REPORTED', 'ADDRESS_SCAN_INCOMPLETE']);
    expect(d.category).toBe('inconclusive');
    expect(d.priority).toBe('P1');
  });
});
