import { describe, expect, it } from 'vitest';
import { ethereum } from '../../chains/evm/networks.ts';
import { solana } from '../../chains/solana/networks.ts';
import type { TxFacts } from '../../chains/types.ts';
import { diagnose } from '../../src/diagnose/index.ts';
import type { DiagnosisInput, TxInvestigation } from '../../src/diagnose/types.ts';
import type { Hints } from '../../src/intake/hints.ts';
import { render } from '../../src/explain/render.ts';
import { codes, input as baseInput } from '../support/facts.ts';
import { knownSolanaTokens, solanaFactsOf, solanaFixture } from '../support/solana-facts.ts';

/** Solana rules on facts built from the devnet fixtures (pure: no node, no HTTP). */
const found = (tx: TxFacts): TxInvestigation => ({ id: tx.hash, lookups: [{ network: solana, outcome: 'found', facts: tx }] });
const input = (txs: TxInvestigation[], hints: Partial<Hints> = {}): DiagnosisInput => ({ ...baseInput(txs, hints), networks: [solana, ethereum], now: 1_767_225_600 });
const diagnoseScenario = (scenario: string, hints: Partial<Hints> = {}) => diagnose(input([found(solanaFactsOf(scenario))], hints));
const findingOf = (d: ReturnType<typeof diagnose>, code: string) => d.findings.find((f) => f.code === code)!;

describe('Solana failures (from meta.err only)', () => {
  it('an SPL Token insufficient-funds failure names the instruction, the balance and what stayed put', () => {
    const d = diagnoseScenario('failed-spl-insufficient-funds');
    expect(codes(d)).toEqual(['SOLANA_INSTRUCTION_FAILED']);
    expect(d).toMatchObject({ category: 'failure', priority: 'P3' });
    expect(d.findings[0].params).toMatchObject({
      instruction: 2,
      program: 'SPL Token',
      errorName: 'InsufficientFunds',
      errorCode: 'custom program error: 0x1',
      errorCategory: 'insufficient_funds',
      intended: '500 USDC',
      balance: '120.5 USDC',
      fee: '0.000005 SOL',
    });
    expect(d.findings[0].evidence).toContainEqual({ label: 'error', value: 'instruction #2 (SPL Token): custom program error: 0x1 (InsufficientFunds)' });
  });

  it('a swap slippage failure is explained as a protective cancellation', () => {
    const d = diagnoseScenario('failed-jupiter-slippage');
    expect(d.findings[0].params).toMatchObject({ instruction: 4, program: 'Jupiter Aggregator v6', errorName: 'SlippageToleranceExceeded', errorCategory: 'slippage' });
    const en = render(d, 'en', [solana]);
    expect(en.explanation).toContain('slippage you allowed');
    expect(en.explanation).toContain('Nothing was swapped');
    expect(en.nextSteps[0]).toMatch(/raise the slippage/);
    expect(render(d, 'zh', [solana]).explanation).toContain('滑点');
  });

  it('a built-in InstructionError (InvalidAccountData) advises a wallet address, not a token account', () => {
    const d = diagnoseScenario('failed-invalid-account-data');
    expect(d.findings[0].params).toMatchObject({ instruction: 3, errorName: 'InvalidAccountData', errorCategory: 'account' });
    expect(render(d, 'en', [solana]).nextSteps[0]).toContain('not a token account address');
  });

  it('InsufficientFundsForRent to a new address: the rent-exempt minimum, and how much to send', () => {
    const d = diagnoseScenario('failed-insufficient-funds-for-rent');
    expect(codes(d)).toEqual(['SOLANA_TX_FAILED']);
    expect(d.findings[0].params).toMatchObject({ errorName: 'InsufficientFundsForRent', rentRole: 'recipient', intended: '0.0005 SOL', errorCategory: 'rent' });
    const zh = render(d, 'zh', [solana]);
    expect(zh.explanation).toContain('收款地址之前没有任何 SOL');
    expect(zh.explanation).toContain(String(d.findings[0].params.minimum));
  });

  it('InsufficientFundsForRent on the sender\'s own account says to keep the minimum', () => {
    const f = solanaFixture('failed-insufficient-funds-for-rent');
    const err = { InsufficientFundsForRent: { account_index: 0 } };
    f.transaction!.meta!.err = err;
    const d = diagnose(input([found(solanaFactsOf(f, { status: { ...(f.signatureStatus as any), err } }))]));
    expect(d.findings[0].params.rentRole).toBe('sender');
    expect(render(d, 'en', [solana]).explanation).toContain('your own wallet');
  });

  it('"insufficient" in the logs of a successful transaction is not a failure', () => {
    expect(codes(diagnoseScenario('success-with-insufficient-log'))).toEqual(['TX_CONFIRMED']);
  });
});

describe('Solana confirmation levels', () => {
  it('processed only: waiting, with the expiry window', () => {
    const d = diagnoseScenario('processed-only');
    expect(codes(d)).toEqual(['SOLANA_PROCESSED']);
    expect(d.findings[0].params).toMatchObject({ expirySeconds: 90 });
    expect(d.category).toBe('delay');
  });

  it('confirmed, not finalized: awaiting confirmations against the 32-slot finality', () => {
    const d = diagnoseScenario('confirmed-not-finalized');
    expect(codes(d)).toEqual(['TX_AWAITING_CONFIRMATIONS']);
    expect(d.findings[0].params).toMatchObject({ confirmations: 12, required: 32, remaining: 20, etaMinutes: 1 });
  });
});

describe('not found on Solana', () => {
  it('explains that an unlanded signature expires, so resending is safe', () => {
    const d = diagnose(input([{ id: 'sig', lookups: [{ network: solana, outcome: 'not_found' }] }]));
    expect(codes(d)).toEqual(['TX_NOT_FOUND']);
    expect(d.findings[0].params).toMatchObject({ expirySeconds: 90, expiringNetworks: 'solana' });
    const en = render(d, 'en', [solana]);
    expect(en.explanation).toContain('expires');
    expect(en.nextSteps.join(' ')).toContain('safe to send it again');
  });

  it('says nothing about expiry where transactions wait indefinitely (EVM)', () => {
    const d = diagnose(input([{ id: '0xab', lookups: [{ network: ethereum, outcome: 'not_found' }] }]));
    expect(d.findings[0].params.expirySeconds).toBeUndefined();
  });

  it('a failed query is still inconclusive, never not found', () => {
    const d = diagnose(input([{ id: 'sig', lookups: [{ network: solana, outcome: 'error', error: { code: 'UPSTREAM_TIMEOUT', message: 'slow' } }] }]));
    expect(codes(d)).toEqual(['LOOKUP_INCONCLUSIVE']);
  });
});

describe('recipients that are token accounts', () => {
  it('SOL sent to a USDC token account', () => {
    const d = diagnoseScenario('sol-to-token-account');
    const f = findingOf(d, 'SOLANA_SENT_TO_TOKEN_ACCOUNT');
    expect(f.params).toMatchObject({ kind: 'sol', amount: '2 SOL', symbol: 'USDC' });
    expect(f.params.accountOwner).toBeTruthy();
    expect(d).toMatchObject({ category: 'missing', priority: 'P2' });
  });

  it('tokens sent "to" a token account land in an account nobody can sign for', () => {
    const d = diagnoseScenario('usdc-to-token-account');
    const f = findingOf(d, 'SOLANA_SENT_TO_TOKEN_ACCOUNT');
    expect(f.params).toMatchObject({ kind: 'token', amount: '300 USDC', symbol: 'USDC', noKey: 'yes' });
    expect(render(d, 'en', [solana]).explanation).toContain('cannot be moved again');
  });

  it('an ordinary transfer to the owner\'s associated account is not flagged', () => {
    expect(codes(diagnoseScenario('usdc-transfer-finalized'))).toEqual(['TX_CONFIRMED']);
  });

  it('quoting the recipient\'s token account (as explorers show it) is not a recipient mismatch', () => {
    const tx = solanaFactsOf('usdc-transfer-finalized');
    const tokenAccount = tx.solana!.splTransfers[0].destination;
    expect(codes(diagnose(input([found(tx)], { claimedRecipient: tokenAccount })))).toEqual(['TX_CONFIRMED']);
    // Any other address is a mismatch (the sender never is: it is the user's own, issue 10 item 1).
    expect(codes(diagnose(input([found(tx)], { claimedRecipient: 'Es9vMFrzaCERmJfrF4H2FYD4KCoNkY11McCe8BenwNYB' })))).toContain('RECIPIENT_MISMATCH');
    expect(codes(diagnose(input([found(tx)], { claimedRecipient: tx.from })))).toEqual(['TX_CONFIRMED']);
  });
});

describe('rent paid for the recipient\'s account', () => {
  it('explains the extra 0.002 SOL', () => {
    const d = diagnoseScenario('recipient-account-created');
    const f = findingOf(d, 'SOLANA_RECIPIENT_ACCOUNT_CREATED');
    expect(f.params).toMatchObject({ rent: '0.002039 SOL', symbol: 'USDC', amount: '25 USDC' });
    expect(d.category).toBe('ok');
    expect(render(d, 'zh', [solana]).explanation).toContain('租金');
  });

  it('is not reported for a fake token (the fake-token finding is what matters)', () => {
    const fakeMint = solanaFixture('fake-usdc').transaction!.meta!.postTokenBalances[0].mint;
    const tokens = knownSolanaTokens([[fakeMint, { symbol: 'USDC', name: 'USD Coin', wellKnown: false, impersonates: 'USDC' }]]);
    const d = diagnose(input([found(solanaFactsOf('fake-usdc', { tokens }))]));
    expect(codes(d)).toEqual(['FAKE_TOKEN', 'TX_CONFIRMED']);
  });
});

describe('fake tokens on Solana', () => {
  const fakeMint = () => solanaFixture('fake-usdc').transaction!.meta!.postTokenBalances[0].mint;

  it('metadata copying "USDC" under another mint: the common fake-token rule, once', () => {
    const tokens = knownSolanaTokens([[fakeMint(), { symbol: 'USDC', name: 'USD Coin', wellKnown: false, impersonates: 'USDC' }]]);
    const d = diagnose(input([found(solanaFactsOf('fake-usdc', { tokens }))], { tokens: ['USDC'] }));
    expect(codes(d).filter((c) => c === 'FAKE_TOKEN')).toHaveLength(1);
    expect(findingOf(d, 'FAKE_TOKEN').params).toMatchObject({ symbol: 'USDC', fakeContract: fakeMint(), realContract: solana.tokens[0].address });
  });

  it('a token we cannot name, when the user calls it USDC, is not USDC', () => {
    const d = diagnose(input([found(solanaFactsOf('fake-usdc'))], { tokens: ['USDC'] }));
    expect(findingOf(d, 'FAKE_TOKEN').params).toMatchObject({ amount: '5000 "USDC"', symbol: 'USDC', fakeContract: fakeMint() });
  });

  it('without such a claim an unnamed token is not called fake', () => {
    expect(codes(diagnose(input([found(solanaFactsOf('fake-usdc'))])))).toEqual(['TX_CONFIRMED']);
  });

  it('real USDC named USDC is fine', () => {
    expect(codes(diagnoseScenario('usdc-transfer-finalized', { tokens: ['USDC'] }))).toEqual(['TX_CONFIRMED']);
  });
});

describe('theft signals (the theft codes address investigations also raise)', () => {
  it('SetAuthority: the token account owner handed to another address', () => {
    const d = diagnoseScenario('set-authority-owner-change');
    const tx = solanaFactsOf('set-authority-owner-change');
    const change = tx.solana!.authorityChanges[0];
    expect(codes(d)).toEqual(['TOKEN_AUTHORITY_CHANGED', 'TX_CONFIRMED']);
    expect(findingOf(d, 'TOKEN_AUTHORITY_CHANGED').params).toEqual({
      network: 'solana',
      txHash: tx.hash,
      newAuthorities: change.next,
      detail: `accountOwner of ${change.account}: ${change.previous} → ${change.next}`,
    });
    expect(d).toMatchObject({ category: 'suspicious', priority: 'P1' });
    expect(render(d, 'en', [solana]).suggestedReply).toContain('recovery phrase');
  });

  it('a delegate approval is a risky approval, in the token\'s units', () => {
    const f = solanaFixture('set-authority-owner-change');
    const ix = f.transaction!.transaction.message.instructions[0] as { parsed: any };
    const { account, authority, newAuthority } = ix.parsed.info;
    ix.parsed = { info: { amount: '549500000', delegate: newAuthority, owner: authority, source: account }, type: 'approve' };
    f.transaction!.meta!.postTokenBalances = f.transaction!.meta!.preTokenBalances;
    const d = diagnose(input([found(solanaFactsOf(f))]));
    expect(findingOf(d, 'RISKY_APPROVAL').params).toMatchObject({ kind: 'spl-delegate', token: 'USDC', approved: '549.5 USDC', spender: newAuthority, current: 'unknown' });
    expect(render(d, 'en', [solana]).nextSteps[0]).toContain('Revoke this delegation');
  });

  it('a token account closed with its SOL sent to someone else is a sweep; closing your own is not', () => {
    const f = solanaFixture('set-authority-owner-change');
    const keys = f.transaction!.transaction.message.accountKeys.map((k) => k.pubkey);
    const ix = f.transaction!.transaction.message.instructions[0] as { parsed: any };
    const { account, authority, newAuthority } = ix.parsed.info;
    const meta = f.transaction!.meta!;
    meta.preTokenBalances[0].uiTokenAmount = { amount: '0', decimals: 6, uiAmount: null, uiAmountString: '0' };
    meta.postTokenBalances = [];
    const closeTo = (destination: string) => {
      const g = structuredClone(f);
      (g.transaction!.transaction.message.instructions[0] as { parsed: any }).parsed = { info: { account, destination, owner: authority }, type: 'closeAccount' };
      const m = g.transaction!.meta!;
      const i = keys.indexOf(account);
      m.postBalances[i] = 0;
      const d = keys.indexOf(destination);
      if (d >= 0) m.postBalances[d] += m.preBalances[i];
      return solanaFactsOf(g);
    };
    f.transaction!.transaction.message.accountKeys.push({ pubkey: newAuthority, signer: false, writable: true, source: 'transaction' });
    meta.preBalances.push(0);
    meta.postBalances.push(0);
    keys.push(newAuthority);
    const swept = diagnose(input([found(closeTo(newAuthority))]));
    expect(findingOf(swept, 'ACCOUNT_CLOSED_AND_SWEPT').params).toMatchObject({ newAuthorities: newAuthority, swept: '0.002039 SOL' });
    expect(codes(diagnose(input([found(closeTo(authority))])))).toEqual(['TX_CONFIRMED']);
  });

  it('a failed SetAuthority changed nothing', () => {
    const f = solanaFixture('set-authority-owner-change');
    f.transaction!.meta!.err = { InstructionError: [0, { Custom: 4 }] };
    const d = diagnose(input([found(solanaFactsOf(f, { status: { ...(f.signatureStatus as any), err: f.transaction!.meta!.err } }))]));
    expect(codes(d)).toEqual(['SOLANA_INSTRUCTION_FAILED']);
    expect(d.findings[0].params).toMatchObject({ errorName: 'OwnerMismatch', errorCategory: 'authority' });
  });

  it('durable nonce: funds of one signer moved by a transaction another address submitted', () => {
    const d = diagnoseScenario('durable-nonce-transfer');
    const f = findingOf(d, 'DURABLE_NONCE_PRESIGNED');
    const tx = solanaFactsOf('durable-nonce-transfer');
    expect(f.params.detail).toContain(`12 SOL left ${tx.solana!.solTransfers[0].from}; sent and paid for by ${tx.from}`);
    expect(f.evidence).toContainEqual(expect.objectContaining({ label: 'durable nonce account' }));
  });

  it('durable nonce used by the owner of the funds themselves (custodians do): no finding', () => {
    const f = solanaFixture('durable-nonce-transfer');
    const ix = f.transaction!.transaction.message.instructions[1] as { parsed: any };
    ix.parsed.info.source = f.transaction!.transaction.message.accountKeys[0].pubkey; // the fee payer pays itself out
    expect(codes(diagnose(input([found(solanaFactsOf(f))])))).toEqual(['TX_CONFIRMED']);
  });
});
