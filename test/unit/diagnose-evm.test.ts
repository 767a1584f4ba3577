import { describe, expect, it } from 'vitest';
import { toAmount } from '../../chains/amount.ts';
import { bsc, ethereum } from '../../chains/evm/networks.ts';
import { diagnose } from '../../src/diagnose/index.ts';
import { ALICE, codes, evmTx, EXCHANGE, foundIn, input, USDT_ETH, usdtTransfer } from '../support/facts.ts';

const pending = (evm: Partial<NonNullable<ReturnType<typeof evmTx>['evm']>>) => {
  const base = evmTx();
  return evmTx({ status: 'pending', block: null, confirmations: 0, final: false, fee: null, evm: { ...base.evm!, gasUsed: null, ...evm } });
};

describe('pending transactions', () => {
  it('flags a max fee below the current base fee', () => {
    const d = diagnose(input([foundIn(pending({ maxFeePerGas: '1', baseFeeNow: '1000000000', senderNonceLatest: 7, senderNoncePending: 8 }))]));
    expect(codes(d)).toEqual(['TX_PENDING_FEE_TOO_LOW']);
    expect(d.category).toBe('delay');
    expect(d.findings[0].params).toMatchObject({ baseFee: '1 gwei', nonce: 7 });
  });

  it('flags a nonce gap whose blocker was never sent', () => {
    const d = diagnose(input([foundIn(pending({ nonce: 9, maxFeePerGas: '2000000000', baseFeeNow: '1000000000', senderNonceLatest: 7, senderNoncePending: 7 }))]));
    expect(codes(d)).toEqual(['TX_PENDING_NONCE_GAP']);
    expect(d.findings[0].params).toMatchObject({ blockingNonce: 7, blocker: 'missing' });
  });

  it('says when the blocking nonce is itself pending', () => {
    const d = diagnose(input([foundIn(pending({ nonce: 9, maxFeePerGas: '2000000000', baseFeeNow: '1000000000', senderNonceLatest: 7, senderNoncePending: 10 }))]));
    expect(d.findings[0].params.blocker).toBe('pending');
  });

  it('reports a normal wait when fee and nonce are fine, with how long we have seen it', () => {
    const tx = { ...pending({ maxFeePerGas: '2000000000', baseFeeNow: '1000000000', senderNonceLatest: 7, senderNoncePending: 8 }), firstSeenPending: 1_700_000_000 };
    const d = diagnose(input([foundIn(tx)]));
    expect(codes(d)).toEqual(['TX_PENDING']);
    expect(d.findings[0].params.waitedMinutes).toBe(10);
    expect(d.priority).toBe('P4');
  });

  it('compares a legacy gas price with the base fee too', () => {
    const d = diagnose(input([foundIn(pending({ gasPrice: '500000000', maxFeePerGas: null, baseFeeNow: '1000000000', senderNonceLatest: 7 }))]));
    expect(codes(d)).toEqual(['TX_PENDING_FEE_TOO_LOW']);
  });
});

describe('replaced and dropped', () => {
  it('names the replacing transaction', () => {
    const tx = evmTx({ status: 'replaced', final: false, evm: { ...evmTx().evm!, replacedBy: '0xfeed' } });
    const d = diagnose(input([foundIn(tx)]));
    expect(codes(d)).toEqual(['TX_REPLACED']);
    expect(d.findings[0].params.replacedBy).toBe('0xfeed');
    expect(d.category).toBe('missing');
  });

  it('reports a dropped transaction', () => {
    expect(codes(diagnose(input([foundIn(evmTx({ status: 'dropped', final: false }))])))).toEqual(['TX_DROPPED']);
  });
});

describe('confirmations', () => {
  it('is final past the confirmations exchanges wait for', () => {
    const d = diagnose(input([foundIn(evmTx({ tokenTransfers: [usdtTransfer(50)] }))]));
    expect(codes(d)).toEqual(['TX_CONFIRMED']);
    expect(d.category).toBe('ok');
  });

  it('does not claim funds moved when nothing was transferred (approvals, permission updates)', () => {
    expect(diagnose(input([foundIn(evmTx())])).findings[0].params.moved).toBe('no');
    expect(diagnose(input([foundIn(evmTx({ tokenTransfers: [usdtTransfer(5)] }))])).findings[0].params.moved).toBe('yes');
  });

  it('counts the confirmations still missing and the wait', () => {
    const d = diagnose(input([foundIn(evmTx({ confirmations: 3, final: false, tokenTransfers: [usdtTransfer(50)] }))]));
    expect(codes(d)).toEqual(['TX_AWAITING_CONFIRMATIONS']);
    expect(d.findings[0].params).toMatchObject({ confirmations: 3, required: 12, remaining: 9, etaMinutes: 2 });
  });
});

describe('failures', () => {
  const failed = (failure: NonNullable<ReturnType<typeof evmTx>['failure']>, extra = {}) =>
    evmTx({
      status: 'failed',
      failure,
      intendedTransfer: { token: USDT_ETH, symbol: 'USDT', decimals: 6, to: EXCHANGE, amount: toAmount(100_000_000n, 6, 'USDT'), wellKnown: true },
      ...extra,
    });

  it('decodes Error(string) and says only the fee was lost', () => {
    const d = diagnose(input([foundIn(failed({ kind: 'revert', decoded: { type: 'error-string', message: 'Vault: paused' } }))]));
    expect(codes(d)).toEqual(['TX_REVERTED']);
    expect(d.findings[0].params).toMatchObject({ reasonKind: 'message', reason: 'Vault: paused', intended: '100 USDT', fee: '0.000021 ETH' });
    expect(d.category).toBe('failure');
  });

  it('explains a panic code', () => {
    const d = diagnose(input([foundIn(failed({ kind: 'revert', decoded: { type: 'panic', code: 0x11, meaning: 'arithmetic overflow or underflow' } }))]));
    expect(d.findings[0].params).toMatchObject({ reasonKind: 'panic', panicCode: 0x11 });
  });

  it('names a well-known custom error', () => {
    const decoded = { type: 'custom' as const, name: 'ERC20InsufficientBalance', signature: 'ERC20InsufficientBalance(address,uint256,uint256)', args: [], meaning: 'the sender does not hold enough of this token' };
    const d = diagnose(input([foundIn(failed({ kind: 'revert', decoded }))]));
    expect(d.findings[0].params).toMatchObject({ reasonKind: 'custom', errorName: 'ERC20InsufficientBalance' });
  });

  it('reports out of gas', () => {
    const d = diagnose(input([foundIn(failed({ kind: 'out_of_gas' }))]));
    expect(codes(d)).toEqual(['TX_OUT_OF_GAS']);
  });

  it('does not count a failed large transfer as a large sum', () => {
    const big = failed({ kind: 'revert' }, { intendedTransfer: { token: USDT_ETH, symbol: 'USDT', decimals: 6, to: EXCHANGE, amount: toAmount(50_000_000_000n, 6, 'USDT'), wellKnown: true } });
    expect(diagnose(input([foundIn(big)])).priority).toBe('P3');
  });
});

describe('the complaint against the chain', () => {
  it('detects the wrong network', () => {
    const tx = evmTx({ network: 'bsc', tokenTransfers: [usdtTransfer(200, EXCHANGE, { token: bsc.tokens[0].address, decimals: 18 })] }, bsc);
    const d = diagnose(input([foundIn(tx, bsc)], { networks: ['ethereum'] }));
    expect(codes(d)).toContain('WRONG_NETWORK');
    expect(d.category).toBe('missing');
    expect(d.priority).toBe('P2');
  });

  it('does not flag the network the user named', () => {
    expect(codes(diagnose(input([foundIn(evmTx())], { networks: ['ethereum'] })))).not.toContain('WRONG_NETWORK');
  });

  it('detects a recipient that differs from the claimed one, and a lookalike', () => {
    const lookalike = '0x2222aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa2222';
    const d = diagnose(input([foundIn(evmTx({ tokenTransfers: [usdtTransfer(10, lookalike)] }))], { claimedRecipient: EXCHANGE }));
    expect(codes(d)).toContain('RECIPIENT_MISMATCH');
    expect(d.findings.find((f) => f.code === 'RECIPIENT_MISMATCH')!.params).toMatchObject({ lookalike: 'yes', actual: lookalike });
  });

  it('accepts the claimed recipient in another letter case', () => {
    const d = diagnose(input([foundIn(evmTx({ tokenTransfers: [usdtTransfer(10)] }))], { claimedRecipient: EXCHANGE.toUpperCase().replace('0X', '0x') }));
    expect(codes(d)).not.toContain('RECIPIENT_MISMATCH');
  });

  it('flags an amount different from the one the user mentions', () => {
    const d = diagnose(input([foundIn(evmTx({ tokenTransfers: [usdtTransfer(20)] }))], { amounts: [{ value: 200, token: 'USDT' }] }));
    expect(codes(d)).toContain('AMOUNT_MISMATCH');
    expect(codes(diagnose(input([foundIn(evmTx({ tokenTransfers: [usdtTransfer(200)] }))], { amounts: [{ value: 200, token: 'USDT' }] })))).not.toContain('AMOUNT_MISMATCH');
  });

  it('names the amount and the receiver of a transaction that made one transfer, and none for several (a swap, a batch)', () => {
    const one = diagnose(input([foundIn(evmTx({ tokenTransfers: [usdtTransfer(20)] }))]));
    expect(one.findings.find((f) => f.code === 'TX_CONFIRMED')!.params).toMatchObject({ amount: '20 USDT', recipient: EXCHANGE });
    const two = diagnose(input([foundIn(evmTx({ tokenTransfers: [usdtTransfer(20), usdtTransfer(5, ALICE)] }))]));
    expect(two.findings.find((f) => f.code === 'TX_CONFIRMED')!.params).not.toHaveProperty('amount');
  });

  it('flags a network fee different from the one the user names in the fee coin, once it is paid', () => {
    // evmTx pays 21,000 gas at 1 gwei: 0.000021 ETH.
    const d = diagnose(input([foundIn(evmTx({ tokenTransfers: [usdtTransfer(20)] }))], { fees: [{ value: 0.01, token: 'ETH' }] }));
    expect(codes(d)).toContain('FEE_MISMATCH');
    expect(d.findings.find((f) => f.code === 'FEE_MISMATCH')!.params).toMatchObject({ claimed: '0.01 ETH', actual: '0.000021 ETH' });
    // It never decides what happened: the transfer is still the headline.
    expect(d.category).toBe('ok');
    expect(codes(d)[0]).toBe('TX_CONFIRMED');
    // Rounded by the user (within 5 %), in another coin (a platform's fee), or not paid yet: nothing to say.
    expect(codes(diagnose(input([foundIn(evmTx())], { fees: [{ value: 0.00002, token: 'ETH' }] })))).not.toContain('FEE_MISMATCH');
    // Within 15 %: the same fee read off a wallet's estimate, not worth correcting.
    expect(codes(diagnose(input([foundIn(evmTx())], { fees: [{ value: 0.000024, token: 'ETH' }] })))).not.toContain('FEE_MISMATCH');
    expect(codes(diagnose(input([foundIn(evmTx())], { fees: [{ value: 5, token: 'USDT' }] })))).not.toContain('FEE_MISMATCH');
    expect(codes(diagnose(input([foundIn(pending({ maxFeePerGas: '1', baseFeeNow: '1000000000' }))], { fees: [{ value: 0.01, token: 'ETH' }] })))).not.toContain('FEE_MISMATCH');
    // (A failed transaction stays a failure: test/integration/intake-replies.test.ts, on the demo TRON chain.)
  });

  it('flags tokens sent to the token contract itself, without a contradicting "arrived"', () => {
    const d = diagnose(input([foundIn(evmTx({ tokenTransfers: [usdtTransfer(30, USDT_ETH)] }))]));
    expect(codes(d)[0]).toBe('SENT_TO_TOKEN_CONTRACT');
    expect(d.findings.find((f) => f.code === 'TX_CONFIRMED')!.params.overshadowed).toBe('yes');
  });

  it('cautions about tokens sent to another contract', () => {
    const tx = evmTx({ tokenTransfers: [usdtTransfer(30)], evm: { ...evmTx().evm!, tokenRecipientIsContract: true } });
    expect(codes(diagnose(input([foundIn(tx)])))).toContain('SENT_TO_CONTRACT');
  });

  it('flags a fake token that copies a well-known symbol', () => {
    const fake = usdtTransfer(5000, ALICE, { token: '0x3333333333333333333333333333333333333333', wellKnown: false, impersonates: 'USDT' });
    const d = diagnose(input([foundIn(evmTx({ tokenTransfers: [fake] }))]));
    expect(codes(d)[0]).toBe('FAKE_TOKEN');
    expect(d.findings[0].params).toMatchObject({ symbol: 'USDT', realContract: USDT_ETH });
    expect(d.category).toBe('suspicious');
  });

  it('raises large sums to P1 without changing the category', () => {
    const d = diagnose(input([foundIn(evmTx({ tokenTransfers: [usdtTransfer(25_000)] }))]));
    expect(d.priority).toBe('P1');
    expect(d.category).toBe('ok');
  });

  it('puts theft first', () => {
    const d = diagnose(input([foundIn(evmTx({ tokenTransfers: [usdtTransfer(10)] }))], { theft: true }));
    expect(d.priority).toBe('P1');
    expect(codes(d)[0]).toBe('THEFT_REPORTED');
  });
});
