import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningInstance } from '../../src/runtime.ts';
import { startDemoInstance } from '../support/instance.ts';

/**
 * Every seeded EVM scenario is a real transaction on a local hardhat node, sent,
 * mined, reverted or left pending. Investigated end to end (intake → ethers adapter →
 * rules → messages), each must produce its expected finding in the complaint's language.
 */
let instance: RunningInstance;
beforeAll(async () => {
  instance = await startDemoInstance();
});
afterAll(async () => instance?.close());

describe('demo scenarios on the local EVM nodes', () => {
  const txCases = () => instance.demoCases.filter((c) => c.txHash);

  it('seeds every scenario the demo promises', () => {
    expect(txCases().filter((c) => c.network === 'ethereum' || c.network === 'bsc').map((c) => c.scenario).sort()).toEqual(
      [
        'awaiting-confirmations',
        'erc20-transfer-final',
        'fake-token-received',
        'out-of-gas',
        'pending-fee-below-base-fee',
        'pending-nonce-gap',
        'pending-normal-fee',
        'phishing-token-name',
        'revert-custom-error-insufficient-balance',
        'revert-panic-division-by-zero',
        'revert-with-reason',
        'sent-to-token-contract',
        'wrong-network',
        'approve-unlimited',
        'zero-value-transferfrom-batch',
        'inner-call-out-of-gas',
      ].sort(),
    );
  });

  it('investigates each case by its complaint text with the expected finding and language', async () => {
    for (const c of txCases()) {
      const inv = await instance.investigator.investigate({ text: `${c.text} ${c.txHash}` });
      expect(inv.findings.map((f) => f.code), c.scenario).toContain(c.expectedCode);
      expect(inv.lang, c.scenario).toBe(/\p{Script=Han}/u.test(c.text!) ? 'zh' : 'en');
      expect(inv.demo).toBe(true);
    }
  });

  const caseOf = (scenario: string) => instance.demoCases.find((c) => c.scenario === scenario)!;
  const investigate = (scenario: string, lang: 'en' | 'zh' = 'en') => instance.investigator.investigate({ txHash: caseOf(scenario).txHash, lang });

  it('decodes a require() message and says the tokens did not move', async () => {
    const inv = await investigate('revert-with-reason');
    expect(inv.category).toBe('failure');
    expect(inv.findings[0].title).toBe('Failed: the contract said "Vault: amount exceeds daily withdrawal limit"');
    expect(inv.explanation).toMatch(/Only the network fee \(0\.\d+ ETH\) was used/);
  });

  it('explains a Solidity panic in Chinese', async () => {
    const inv = await investigate('revert-panic-division-by-zero', 'zh');
    expect(inv.explanation).toContain('除数为零');
  });

  it('names the OpenZeppelin custom error and says the wallet did not hold the amount (never "still in your wallet")', async () => {
    const inv = await investigate('revert-custom-error-insufficient-balance');
    expect(inv.findings[0].detail).toContain('ERC20InsufficientBalance');
    expect(inv.explanation).toContain('at that moment the sending wallet did not hold enough of the token to send 50000 USDT');
    expect(inv.explanation).not.toContain('still in your wallet');
    expect(inv.priority).not.toBe('P1');
  });

  it('reports out of gas with gas used = gas limit', async () => {
    const inv = await investigate('out-of-gas');
    expect(inv.findings[0].code).toBe('TX_OUT_OF_GAS');
    expect(inv.findings[0].evidence).toContainEqual({ label: 'gas used / limit', value: '120000 / 120000' });
  });

  it('shows a stuck fee against the live base fee', async () => {
    const inv = await investigate('pending-fee-below-base-fee');
    expect(inv.findings[0].code).toBe('TX_PENDING_FEE_TOO_LOW');
    expect(inv.transactions[0].status).toBe('pending');
    expect(inv.nextSteps[0]).toMatch(/Speed up/);
    // The user reads the fee for the whole transaction in ETH, not a price per gas in wei or gwei.
    expect(inv.explanation).toMatch(/it offers at most \d[\d.]* ETH in fees, while the network currently needs about \d[\d.]* ETH/);
    expect(inv.explanation).not.toMatch(/\bwei\b|gwei/);
  });

  it('finds the missing nonce that blocks a transaction', async () => {
    const inv = await investigate('pending-nonce-gap');
    expect(inv.findings[0].code).toBe('TX_PENDING_NONCE_GAP');
    expect(inv.findings[0].detail).toContain('next nonce to be mined is 0, which is missing');
  });

  it('counts confirmations against what exchanges wait for', async () => {
    const inv = await investigate('awaiting-confirmations');
    expect(inv.findings[0].title).toBe('Succeeded, waiting for confirmations (1/12)');
  });

  it('finds a hash on the other chain and calls out the wrong network', async () => {
    const c = caseOf('wrong-network');
    const inv = await instance.investigator.investigate({ text: `${c.text} ${c.txHash}` });
    expect(inv.findings[0].code).toBe('WRONG_NETWORK');
    expect(inv.lookups.map((l) => `${l.network}:${l.outcome}`).sort()).toEqual(['bsc:found', 'ethereum:not_found']);
    expect(inv.suggestedReply).toContain('助记词');
  });

  it('flags the fake USDT and the transfer to the token contract', async () => {
    expect((await investigate('fake-token-received')).findings[0].code).toBe('FAKE_TOKEN');
    expect((await investigate('sent-to-token-contract')).findings[0].code).toBe('SENT_TO_TOKEN_CONTRACT');
  });

  it('flags the phishing airdrop and quotes its name only for agents', async () => {
    const inv = await investigate('phishing-token-name');
    expect(inv.findings.map((f) => f.code)).toEqual(['PHISHING_TOKEN_NAME', 'TX_CONFIRMED']);
    expect(inv.transactions[0].tokenTransfers[0]).toMatchObject({ name: '<img src=x onerror=alert(1)>', symbol: 'Visit usdt-claim.com' });
    expect(inv.findings[0].detail).toContain('"Visit usdt-claim[.]com"');
    expect(inv.explanation).not.toContain('usdt-claim');
  });

  it('says not found only after every network answered', async () => {
    const inv = await instance.investigator.investigate({ txHash: `0x${'12'.repeat(32)}` });
    expect(inv.category).toBe('missing');
    expect(inv.findings.map((f) => f.code)).toEqual(['TX_NOT_FOUND']);
    expect(inv.lookups.map((l) => l.outcome)).toEqual(['not_found', 'not_found']);
  });
});
