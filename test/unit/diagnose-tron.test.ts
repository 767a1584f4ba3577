import { describe, expect, it } from 'vitest';
import { sunToTrx } from '../../chains/tron/fees.ts';
import { tron } from '../../chains/tron/networks.ts';
import { diagnose } from '../../src/diagnose/index.ts';
import { render } from '../../src/explain/render.ts';
import { codes } from '../support/facts.ts';
import { onTron, resources, T_EXCHANGE, T_THIEF, T_USDT, T_USER, tronInput, tronTx, usdtIntended } from '../support/tron-facts.ts';

const failed = (kind: 'out_of_energy' | 'out_of_time' | 'revert' | 'unknown', details: Parameters<typeof tronTx>[1], feeSun: number) =>
  tronTx({ status: 'failed', tokenTransfers: [], fee: sunToTrx(feeSun), failure: { kind, raw: 'x' } }, details);

describe('TRON failures', () => {
  const burned78k = resources({ energyUsageTotal: 78_572, energyBurned: 78_572, energyPenalty: 25_905, energyFeeSun: 7_857_200, energyPriceSun: 100, bandwidthUsed: 345 });

  it('OUT_OF_ENERGY below the fee limit: the account ran out (add TRX, stake or rent energy)', () => {
    const d = diagnose(tronInput([onTron(failed('out_of_energy', { contractResult: 'OUT_OF_ENERGY', resources: burned78k, feeLimitReached: false }, 7_857_200))]));
    expect(codes(d)).toEqual(['TRON_OUT_OF_ENERGY']);
    expect(d.category).toBe('failure');
    expect(d.priority).toBe('P3');
    expect(d.findings[0].params).toMatchObject({ fee: '7.8572 TRX', intended: '100 USDT', energyBurned: 78_572, feeLimit: '100 TRX', budget: '14 TRX' });
    expect(d.findings[0].evidence).toContainEqual({ label: 'energy total / from stake / burned', value: '78572 / 0 / 78572' });
  });

  it('OUT_OF_ENERGY at the fee limit: raise the limit, not the balance', () => {
    const tx = failed('out_of_energy', { contractResult: 'OUT_OF_ENERGY', feeLimitSun: '5000000', feeLimitReached: true, resources: resources({ energyUsageTotal: 50_000, energyBurned: 50_000, energyFeeSun: 5_000_000, energyPriceSun: 100 }) }, 5_000_000);
    const d = diagnose(tronInput([onTron(tx)]));
    expect(codes(d)).toEqual(['TRON_FEE_LIMIT_TOO_LOW']);
    expect(d.findings[0].params).toMatchObject({ feeLimit: '5 TRX', suggestedFeeLimit: '14 TRX' });
  });

  it('suggests three times the failed limit when the contract is not USDT', () => {
    const tx = tronTx({ status: 'failed', intendedTransfer: null, tokenTransfers: [], failure: { kind: 'out_of_energy' } }, { call: null, feeLimitSun: '20000000', feeLimitReached: true });
    expect(diagnose(tronInput([onTron(tx)])).findings[0].params.suggestedFeeLimit).toBe('60 TRX');
  });

  it('OUT_OF_TIME, and any other VM failure, get their own codes', () => {
    expect(codes(diagnose(tronInput([onTron(failed('out_of_time', { contractResult: 'OUT_OF_TIME', feeLimitReached: true }, 100_345_000))])))).toEqual(['TRON_OUT_OF_TIME']);
    const d = diagnose(tronInput([onTron(failed('unknown', { contractResult: 'TRANSFER_FAILED' }, 500_000))]));
    expect(codes(d)).toEqual(['TRON_CONTRACT_FAILED']);
    expect(d.findings[0].params).toMatchObject({ result: 'TRANSFER_FAILED', meaning: expect.stringContaining('transfer') });
  });

  it('REVERT goes to the common TX_REVERTED with the decoded reason', () => {
    const tx = tronTx({ status: 'failed', tokenTransfers: [], fee: sunToTrx(1_207_400), failure: { kind: 'revert', decoded: { type: 'error-string', message: 'SafeMath: subtraction overflow' } } }, { contractResult: 'REVERT' });
    const d = diagnose(tronInput([onTron(tx)]));
    expect(codes(d)).toEqual(['TX_REVERTED']);
    expect(d.findings[0].params).toMatchObject({ reason: 'SafeMath: subtraction overflow', fee: '1.2074 TRX' });
  });
});

describe('TRON fees on successful transactions', () => {
  const burned = resources({ energyUsageTotal: 130_285, energyFromStake: 4475, energyBurned: 125_810, energyPenalty: 100_635, energyFeeSun: 12_581_000, energyPriceSun: 100, bandwidthUsed: 345 });

  it('explains a large energy burn: first USDT to an empty address, dynamic-energy penalty', () => {
    const d = diagnose(tronInput([onTron(tronTx({ fee: sunToTrx(12_581_000) }, { resources: burned }))]));
    expect(codes(d)).toEqual(['TRON_HIGH_FEE_ENERGY_BURN', 'TX_CONFIRMED']);
    expect(d.category).toBe('ok');
    expect(d.priority).toBe('P4');
    expect(d.findings[0].params).toMatchObject({ energyFee: '12.581 TRX', penaltyPercent: 77, firstUsdt: 'yes', usdt: 'yes', holderCost: '6.7735 TRX' });
  });

  it('stays quiet about a small burn unless the user complains about the fee', () => {
    const small = tronTx({ fee: sunToTrx(2_000_000) }, { resources: resources({ energyUsageTotal: 64_285, energyFromStake: 44_285, energyBurned: 20_000, energyFeeSun: 2_000_000, energyPriceSun: 100 }) });
    expect(codes(diagnose(tronInput([onTron(small)])))).toEqual(['TX_CONFIRMED']);
    const d = diagnose(tronInput([onTron(small)], { intents: ['fee'] }));
    expect(codes(d)).toEqual(['TRON_HIGH_FEE_ENERGY_BURN', 'TX_CONFIRMED']);
    expect(d.findings[0].params.firstUsdt).toBe('no');
  });

  it('never for energy paid entirely from stake', () => {
    expect(codes(diagnose(tronInput([onTron(tronTx())], { intents: ['fee'] })))).toEqual(['TX_CONFIRMED']);
  });

  it('explains the account activation fee on a TRX transfer', () => {
    const tx = tronTx(
      { to: 'TU2dU9ZythgTwC4Dop45suJ6Tc6WJiekxN', value: sunToTrx(10_000_000), tokenTransfers: [], intendedTransfer: null, fee: sunToTrx(1_100_000) },
      { contractType: 'TransferContract', call: null, resources: resources({ bandwidthFeeSun: 100_000 }), otherFeeSun: '1000000', accountActivation: { account: 'TU2dU9ZythgTwC4Dop45suJ6Tc6WJiekxN', fee: sunToTrx(1_100_000) } },
    );
    const d = diagnose(tronInput([onTron(tx)]));
    expect(codes(d)).toEqual(['TRON_ACCOUNT_ACTIVATION_FEE', 'TX_CONFIRMED']);
    expect(d.findings[0].params).toMatchObject({ activationFee: '1.1 TRX', amount: '10 TRX', account: 'TU2dU9ZythgTwC4Dop45suJ6Tc6WJiekxN' });
  });
});

describe('USDT blacklist', () => {
  const check = (sender: boolean | null, recipient: boolean | null) => ({ token: T_USDT, symbol: 'USDT', sender, recipients: [{ address: T_EXCHANGE, blacklisted: recipient }] });

  it('a frozen sender: the transfer reverts, the blacklist is what matters', () => {
    const tx = tronTx({ status: 'failed', tokenTransfers: [], fee: sunToTrx(1_207_400), failure: { kind: 'revert', raw: 'REVERT opcode executed' } }, { contractResult: 'REVERT', usdtBlacklist: check(true, false) });
    const d = diagnose(tronInput([onTron(tx)]));
    expect(codes(d)).toEqual(['USDT_BLACKLISTED', 'TX_REVERTED']);
    expect(d.category).toBe('suspicious');
    expect(d.priority).toBe('P2');
    expect(d.findings[0].params).toMatchObject({ who: 'sender', sender: T_USER, address: T_USER, token: T_USDT, amount: '100 USDT' });
  });

  it('a frozen recipient of a successful transfer', () => {
    const d = diagnose(tronInput([onTron(tronTx({}, { usdtBlacklist: check(false, true) }))]));
    expect(codes(d)).toEqual(['USDT_BLACKLISTED', 'TX_CONFIRMED']);
    expect(d.findings[0].params).toMatchObject({ who: 'recipient', recipients: T_EXCHANGE, address: T_EXCHANGE });
  });

  it('an unknown blacklist status (failed read) is never a finding', () => {
    expect(codes(diagnose(tronInput([onTron(tronTx({}, { usdtBlacklist: check(null, null) }))])))).toEqual(['TX_CONFIRMED']);
  });
});

describe('TRON account permissions', () => {
  const update = (ownerControlLost: boolean) => ({
    account: T_USER,
    owner: { name: 'owner', id: 0, threshold: 1, keys: [{ address: ownerControlLost ? T_THIEF : T_USER, weight: 1 }] },
    witness: null,
    actives: [{ name: 'active', id: 2, threshold: 1, keys: [{ address: T_THIEF, weight: 1 }] }],
    foreignSigners: [T_THIEF],
    ownerControlLost,
  });
  const permissionTx = (lost: boolean) =>
    tronTx({ to: null, tokenTransfers: [], intendedTransfer: null, fee: sunToTrx(100_000_000) }, { contractType: 'AccountPermissionUpdateContract', call: null, permissionUpdate: update(lost) });

  it('control handed to another key is critical and P1', () => {
    const d = diagnose(tronInput([onTron(permissionTx(true))]));
    expect(codes(d)).toEqual(['ACCOUNT_PERMISSION_CHANGED', 'TX_CONFIRMED']);
    expect(d.priority).toBe('P1');
    expect(d.findings[0].params).toMatchObject({ account: T_USER, newAuthorities: T_THIEF, ownerLost: 'yes', txHash: 'ab'.repeat(32) });
    expect(d.findings[0].params.detail).toBe(`owner: ${T_THIEF} (weight 1); threshold 1; active "active": ${T_THIEF} (weight 1); threshold 1; the account's own key no longer meets the owner threshold`);
    expect(d.findings[0].evidence).toContainEqual({ label: 'owner permission now', value: `${T_THIEF} (weight 1); threshold 1` });
  });

  it('an update that keeps the owner but adds other signers is still reported', () => {
    expect(diagnose(tronInput([onTron(permissionTx(false))])).findings[0].params.ownerLost).toBe('no');
  });

  it('an update that only lists the account itself is not', () => {
    const own = tronTx({ to: null, tokenTransfers: [], intendedTransfer: null }, { contractType: 'AccountPermissionUpdateContract', call: null, permissionUpdate: { ...update(false), actives: [], foreignSigners: [] } });
    expect(codes(diagnose(tronInput([onTron(own)])))).toEqual(['TX_CONFIRMED']);
  });
});

describe('TRON pending and confirmations', () => {
  const pending = tronTx({ status: 'pending', block: null, fee: null, confirmations: 0, final: false, tokenTransfers: [], intendedTransfer: usdtIntended(5) }, { resources: null, contractResult: null, solidified: false, expiresAt: 1_700_000_060 });

  it('waiting in the pool, then expired', () => {
    const waiting = diagnose(tronInput([onTron(pending)], {}, 1_700_000_030));
    expect(codes(waiting)).toEqual(['TRON_PENDING']);
    expect(waiting.findings[0].params).toMatchObject({ state: 'waiting', expiresInSeconds: 30 });
    expect(diagnose(tronInput([onTron(pending)], {}, 1_700_000_100)).findings[0].params.state).toBe('expired');
  });

  it('not yet solidified: the common awaiting-confirmations finding with TRON numbers', () => {
    const d = diagnose(tronInput([onTron(tronTx({ confirmations: 6, final: false }, { solidified: false }))]));
    expect(codes(d)).toEqual(['TX_AWAITING_CONFIRMATIONS']);
    expect(d.findings[0].params).toMatchObject({ confirmations: 6, required: 19, remaining: 13, etaMinutes: 1 });
  });
});

describe('TRON messages', () => {
  it('explains energy in plain words and gives concrete numbers, in both languages', () => {
    const tx = failed('out_of_energy', { contractResult: 'OUT_OF_ENERGY', resources: resources({ energyUsageTotal: 78_572, energyBurned: 78_572, energyFeeSun: 7_857_200, energyPriceSun: 100 }) }, 7_857_200);
    const d = diagnose(tronInput([onTron(tx)]));
    const en = render(d, 'en', [tron]);
    expect(en.explanation).toContain('energy');
    expect(en.explanation).toContain('The 100 USDT was not sent');
    expect(en.explanation).toContain('7.8572 TRX');
    expect(en.nextSteps[0]).toContain('14 TRX');
    const zh = render(d, 'zh', [tron]);
    expect(zh.explanation).toContain('波场');
    expect(zh.explanation).toContain('能量');
    expect(zh.nextSteps[0]).toContain('14 TRX');
  });

  it('warns about scams where USDT is frozen or the account was taken over', () => {
    const frozen = diagnose(tronInput([onTron(tronTx({}, { usdtBlacklist: { token: T_USDT, symbol: 'USDT', sender: false, recipients: [{ address: T_EXCHANGE, blacklisted: true }] } }))]));
    const zh = render(frozen, 'zh', [tron]);
    expect(zh.suggestedReply).toContain('助记词');
    expect(zh.findings[0].title).toBe('收款地址已被 USDT 发行方冻结');
    const en = render(frozen, 'en', [tron]);
    expect(en.explanation).toContain(`The 100 USDT was sent to ${T_EXCHANGE}, an address Tether has frozen.`);
    expect(en.nextSteps.join(' ')).toContain('tether.to');
    expect(en.nextSteps.join(' ')).not.toContain('stop retrying');
  });
});
