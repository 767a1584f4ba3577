import { describe, expect, it } from 'vitest';
import { toAmount } from '../../chains/amount.ts';
import { ethereum } from '../../chains/evm/networks.ts';
import { tron } from '../../chains/tron/networks.ts';
import { sunToTrx } from '../../chains/tron/fees.ts';
import type { TxApproval } from '../../chains/types.ts';
import { diagnose } from '../../src/diagnose/index.ts';
import { render } from '../../src/explain/render.ts';
import { addressFacts, addressInput, OWNER, usdtMove } from '../support/address-facts.ts';
import { ALICE, codes, evmTx, foundIn, input, USDT_ETH, usdtTransfer } from '../support/facts.ts';
import { onTron, T_USER, tronInput, tronTx } from '../support/tron-facts.ts';
import { solana } from '../../chains/solana/networks.ts';
import { solanaFactsOf } from '../support/solana-facts.ts';

const SPENDER = '0x5555555555555555555555555555555555555555';
const approvalOf = (extra: Partial<TxApproval> = {}): TxApproval => ({
  kind: 'erc20',
  owner: ALICE,
  token: USDT_ETH,
  symbol: 'USDT',
  spender: SPENDER,
  approved: 'unlimited',
  spenderIsContract: true,
  ...extra,
});
const approveTx = (a: TxApproval) => evmTx({ tokenTransfers: [], approvals: [a], evm: { ...evmTx().evm!, method: 'approve' } });
const explainEn = (d: ReturnType<typeof diagnose>, networks = [ethereum]) => render(d, 'en', networks).explanation;
const explainZh = (d: ReturnType<typeof diagnose>, networks = [ethereum]) => render(d, 'zh', networks).explanation;

describe('a transaction that granted a spending permission', () => {
  it('says an unlimited approve let the spender take the token without limit, and to revoke it', () => {
    const d = diagnose(input([foundIn(approveTx(approvalOf()))]));
    expect(codes(d)).toContain('RISKY_APPROVAL');
    expect(d.findings.find((f) => f.code === 'RISKY_APPROVAL')!.severity).toBe('high');
    const en = explainEn(d);
    expect(en).toContain(`This transaction allowed ${SPENDER} to spend your USDT without limit`);
    expect(en).toMatch(/revoke it now/);
    expect(en).not.toMatch(/arrived at the receiving address/);
    expect(explainZh(d)).toContain(`这笔交易授权 ${SPENDER} 动用您的 USDT，而且没有额度上限`);
  });

  it('is critical when the spender is a plain wallet, even for an amount', () => {
    const d = diagnose(input([foundIn(approveTx(approvalOf({ spenderIsContract: false, approved: toAmount(500_000_000n, 6, 'USDT') })))]));
    const f = d.findings.find((x) => x.code === 'RISKY_APPROVAL')!;
    expect(f.severity).toBe('critical');
    expect(explainEn(d)).toContain('up to 500 USDT');
    expect(explainEn(d)).toContain('personal wallet');
  });

  it('calls a limited approve to an application normal, with how to revoke it', () => {
    const d = diagnose(input([foundIn(approveTx(approvalOf({ approved: toAmount(100_000_000n, 6, 'USDT') })))]));
    expect(codes(d)).toContain('APPROVAL_GRANTED');
    expect(codes(d)).not.toContain('RISKY_APPROVAL');
    expect(d.category).toBe('ok');
    expect(explainEn(d)).toContain('up to 100 USDT of your USDT');
    expect(render(d, 'en', [ethereum]).nextSteps.join(' ')).toContain('revoke');
  });

  it('does not alarm over an unlimited approve to a labelled service', () => {
    const d = diagnose(input([foundIn(approveTx(approvalOf({ spenderLabel: { name: 'Uniswap router', kind: 'service' } })))]));
    expect(codes(d)).toContain('APPROVAL_GRANTED');
    expect(codes(d)).not.toContain('RISKY_APPROVAL');
  });

  it('reads a TRON TRC-20 approve the same way', () => {
    const tx = tronTx({ tokenTransfers: [], intendedTransfer: null, approvals: [approvalOf({ kind: 'trc20', owner: T_USER, token: tron.tokens[0].address, spender: 'TLXG4f6oFjHa7e7C2osZi1gvD38jsvfVyq', spenderIsContract: false })] });
    const d = diagnose(tronInput([onTron(tx)]));
    expect(codes(d)).toContain('RISKY_APPROVAL');
    expect(render(d, 'en', [tron]).explanation).toContain('TLXG4f6oFjHa7e7C2osZi1gvD38jsvfVyq to spend your USDT without limit');
  });
});

describe('a zero-value transferFrom batch (address poisoning)', () => {
  const POISONER = '0x6666666666666666666666666666666666666666';
  const LOOKALIKE = '0x7a25aa11bb22cc33dd44ee55ff6600112233c0de';
  const batch = evmTx({
    from: POISONER,
    to: '0x8888888888888888888888888888888888888888',
    tokenTransfers: [
      usdtTransfer(0, LOOKALIKE, { from: ALICE }),
      usdtTransfer(0, '0x9a25aa11bb22cc33dd44ee55ff6600112233c0df', { from: '0x3333333333333333333333333333333333333333' }),
    ],
  });

  it('says nothing was taken and never to copy addresses from history', () => {
    const d = diagnose(input([foundIn(batch)], { ownAddress: ALICE }));
    const f = d.findings.find((x) => x.code === 'ADDRESS_POISONING')!;
    expect(f.params).toMatchObject({ via: 'zero-transfer', lookalikeAddress: LOOKALIKE, victims: 2, victimIsUser: 'yes' });
    const r = render(d, 'en', [ethereum]);
    expect(r.explanation).toContain('Nothing was taken');
    expect(r.explanation).toContain('from your address');
    expect(r.explanation).not.toMatch(/funds have left your wallet/);
    expect(r.nextSteps.join(' ')).toContain('Never copy an address from your transaction history');
    expect(render(d, 'zh', [ethereum]).explanation).toContain('您没有任何损失');
  });

  it('is not raised for the owner sending their own transfer', () => {
    expect(codes(diagnose(input([foundIn(evmTx({ tokenTransfers: [usdtTransfer(0)] }))])))).not.toContain('ADDRESS_POISONING');
  });
});

describe('TRON staking and resource operations', () => {
  const stakeTx = (kind: 'freeze' | 'unfreeze' | 'delegate', extra = {}) =>
    tronTx({ tokenTransfers: [], intendedTransfer: null, to: null }, { contractType: `${kind}Contract`, call: null, resourceOperation: { kind, resource: 'ENERGY', amount: sunToTrx(300_000_000), receiver: null, ...extra } });

  it('explains a freeze as staked, not lost, and when it can come back', () => {
    const d = diagnose(tronInput([onTron(stakeTx('freeze'))]));
    expect(codes(d)).toContain('STAKING_OPERATION');
    expect(d.category).toBe('ok');
    const en = render(d, 'en', [tron]).explanation;
    expect(en).toContain('You staked 300 TRX for energy');
    expect(en).toContain('not lost');
    expect(en).toContain('14 days later');
    expect(render(d, 'zh', [tron]).explanation).toContain('您在波场上质押了 300 TRX 来获取能量');
  });

  it('gives the date unstaked TRX can be withdrawn', () => {
    const d = diagnose(tronInput([onTron(stakeTx('unfreeze'))]));
    expect(d.findings.find((f) => f.code === 'STAKING_OPERATION')!.params.availableAt).toBe('2023-11-28');
    expect(render(d, 'en', [tron]).explanation).toContain('from 2023-11-28');
  });

  it('says delegated energy stays the user\'s TRX', () => {
    const d = diagnose(tronInput([onTron(stakeTx('delegate', { receiver: 'TLXG4f6oFjHa7e7C2osZi1gvD38jsvfVyq' }))]));
    expect(render(d, 'en', [tron]).explanation).toContain('stay staked in your account and still belong to you');
  });
});

describe('an EVM revert with no reason and gas used near the limit', () => {
  const failed = (failure: NonNullable<ReturnType<typeof evmTx>['failure']>) =>
    evmTx({ status: 'failed', failure, tokenTransfers: [], evm: { ...evmTx().evm!, gasLimit: '300000', gasUsed: '296000', method: undefined } });

  it('is explained as probably out of gas', () => {
    const d = diagnose(input([foundIn(failed({ kind: 'out_of_gas', probable: true }))]));
    const f = d.findings.find((x) => x.code === 'TX_OUT_OF_GAS')!;
    expect(f.params.certainty).toBe('probable');
    const r = render(d, 'en', [ethereum]);
    expect(r.findings[0].title).toBe('Failed: probably ran out of gas');
    expect(r.explanation).toContain('most likely because it ran out of gas');
    expect(render(d, 'zh', [ethereum]).explanation).toContain('很可能是 Gas 不足');
  });

  it('names the inner call when a call trace found it', () => {
    const inner = { to: '0x4444444444444444444444444444444444444444', depth: 1, outOfGas: true };
    const d = diagnose(input([foundIn(failed({ kind: 'out_of_gas', innerCall: inner }))]));
    const r = render(d, 'en', [ethereum]);
    expect(r.explanation).toContain(`a contract it called (${inner.to}) ran out of gas`);
    expect(r.findings[0].evidence).toContainEqual({ label: 'failing inner call (call trace)', value: `${inner.to} at depth 1: out of gas` });
  });
});

describe('dusting after the owner\'s own transfers', () => {
  const STRANGER = '0x00000000000000000000000000000000000d05e1';
  const sent = usdtMove('out', 120, '0x2222222222222222222222222222222222222222');
  const dust = (extra = {}) => usdtMove('in', 0.000001, STRANGER, { timestamp: sent.timestamp! + 60, block: sent.block + 5, ...extra });

  it('reports tiny transfers from a stranger right after a payment, and no all-clear', () => {
    const d = diagnose(addressInput(addressFacts({ transfers: [dust(), sent] })));
    expect(codes(d)).toContain('DUSTING_TRANSFERS');
    expect(codes(d)).not.toContain('NO_THEFT_PATTERN');
    const r = render(d, 'en', [ethereum]);
    expect(r.explanation).toContain('Right after you sent 120 USDT');
    expect(r.explanation).toContain('Nothing was taken');
  });

  it('counts spam tokens and zero-value native transfers, not the owner\'s own history', () => {
    const spam = dust({ token: '0x000000000000000000000000000000000000beef', symbol: 'FREE', wellKnown: false, amount: toAmount(1000n, 0, 'FREE') });
    expect(codes(diagnose(addressInput(addressFacts({ transfers: [spam, sent] }))))).toContain('DUSTING_TRANSFERS');
    const clean = diagnose(addressInput(addressFacts({ transfers: [sent, usdtMove('in', 500, '0x2222222222222222222222222222222222222222')] })));
    expect(codes(clean)).toEqual(['NO_THEFT_PATTERN']);
  });

  it('leaves dust that arrived long before any payment alone', () => {
    const early = dust({ timestamp: sent.timestamp! - 86_400, block: sent.block - 100 });
    expect(codes(diagnose(addressInput(addressFacts({ transfers: [sent, early] }))))).toEqual(['NO_THEFT_PATTERN']);
  });

  it('is owned by OWNER', () => expect(sent.executor).toBe(OWNER));
});

describe('Solana stake program operations', () => {
  const onSolana = (tx: ReturnType<typeof solanaFactsOf>) => ({ ...input([{ id: tx.hash, lookups: [{ network: solana, outcome: 'found' as const, facts: tx }] }]), networks: [solana] });
  const staked = solanaFactsOf('stake-delegate');

  it('reads create + delegate from the parsed stake instructions', () => {
    expect(staked.solana!.stakeActions.map((a) => a.kind)).toEqual(['create', 'delegate']);
    const d = diagnose(onSolana(staked));
    const f = d.findings.find((x) => x.code === 'STAKING_OPERATION')!;
    expect(f.params).toMatchObject({ family: 'solana', action: 'stake', amount: '25.002283 SOL' });
    expect(render(d, 'en', [solana]).explanation).toContain('The SOL is not lost and was not sent to anyone');
  });

  it('explains a deactivation as unstaking, withdrawable after the epoch', () => {
    const s = staked.solana!;
    const tx = { ...staked, solana: { ...s, stakeActions: [{ ...s.stakeActions[1], kind: 'deactivate' as const, voteAccount: null }] } };
    const r = render(diagnose(onSolana(tx)), 'zh', [solana]);
    expect(r.explanation).toContain('您开始解除质押');
    expect(r.explanation).toContain('通常 2 到 3 天内');
  });
});

describe('a wrapped-SOL account opened for the recipient', () => {
  it('counts only the rent, not the wrapped SOL, as the deposit', () => {
    const tx = solanaFactsOf('wsol-recipient-account-created');
    expect(tx.solana!.createdAccounts[0].rentPaid.raw).toBe('2039280');
    const d = diagnose({ ...input([{ id: tx.hash, lookups: [{ network: solana, outcome: 'found', facts: tx }] }]), networks: [solana] });
    expect(codes(d)).toContain('SOLANA_RECIPIENT_ACCOUNT_CREATED');
    expect(codes(d)).not.toContain('SOLANA_SENT_TO_TOKEN_ACCOUNT');
  });
});
