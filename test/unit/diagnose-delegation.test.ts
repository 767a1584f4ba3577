import { describe, expect, it } from 'vitest';
import { ethereum } from '../../chains/evm/networks.ts';
import type { EvmTxDetails, TxFacts } from '../../chains/types.ts';
import { diagnose } from '../../src/diagnose/index.ts';
import { render } from '../../src/explain/render.ts';
import { ALICE, codes, evmTx, foundIn, input, usdtTransfer } from '../support/facts.ts';
import { addressFacts, addressInput, OWNER, usdtMove } from '../support/address-facts.ts';

const SWEEPER = '0x63c0c19a282a1B52b07dD5a65b58948A07DAE32B';
const THIEF = '0x9999999999999999999999999999999999999999';
const ZERO = '0x0000000000000000000000000000000000000000';

/** A self-sent set-code transaction (type 0x4): how a wallet signs its own EIP-7702 delegation. */
function setCodeTx(evm: Partial<EvmTxDetails> = {}, overrides: Partial<TxFacts> = {}): TxFacts {
  const base = evmTx({ to: ALICE, ...overrides });
  return { ...base, evm: { ...base.evm!, recipientIsContract: false, tokenRecipientIsContract: null, method: undefined, delegations: [{ authority: ALICE, delegate: SWEEPER, chainId: 1, nonce: 8 }], recipientDelegatesTo: SWEEPER, ...evm } };
}

const delegated = (tx: TxFacts, hints = {}) => diagnose(input([foundIn(tx)], hints));

describe('ACCOUNT_DELEGATED (EIP-7702)', () => {
  it('a transaction that delegated the wallet to a contract is high, with the delegate and the wallet named', () => {
    const d = delegated(setCodeTx());
    const f = d.findings.find((x) => x.code === 'ACCOUNT_DELEGATED')!;
    expect(f).toMatchObject({ severity: 'high', category: 'suspicious', params: { source: 'tx', delegates: SWEEPER, account: ALICE, active: 'yes' } });
    expect(f.evidence.map((e) => e.value)).toContain(`${ALICE} → ${SWEEPER} (chain id 1, nonce 8)`);
    // A delegated wallet is still a wallet: not "sent to a contract".
    expect(codes(d)).not.toContain('SENT_TO_CONTRACT');
  });

  it('is critical when the user reports a theft', () => {
    const d = delegated(setCodeTx(), { theft: true });
    expect(d.findings.find((x) => x.code === 'ACCOUNT_DELEGATED')?.severity).toBe('critical');
    expect(d.priority).toBe('P1');
  });

  it('is critical when funds left the delegated wallet in the same transaction, and says how much went where', () => {
    const d = delegated(setCodeTx({}, { tokenTransfers: [usdtTransfer(500, THIEF)] }));
    const f = d.findings.find((x) => x.code === 'ACCOUNT_DELEGATED')!;
    expect(f.severity).toBe('critical');
    expect(f.params.moved).toBe(`500 USDT → ${THIEF}`);
  });

  it('names the delegation the wallet carries when its code, not this transaction, shows it', () => {
    const d = delegated(setCodeTx({ delegations: undefined }));
    expect(d.findings.find((x) => x.code === 'ACCOUNT_DELEGATED')?.params).toMatchObject({ source: 'code', delegates: SWEEPER, account: ALICE });
  });

  it('an authorization whose signer is unknown still names the delegate, without claiming whose wallet it was', () => {
    const d = delegated(setCodeTx({ delegations: [{ authority: null, delegate: SWEEPER, chainId: 0, nonce: 0 }], recipientDelegatesTo: undefined }));
    const f = d.findings.find((x) => x.code === 'ACCOUNT_DELEGATED')!;
    expect(f.params).toMatchObject({ delegates: SWEEPER, active: 'unknown' });
    expect(f.params.account).toBeUndefined();
  });

  it('stays silent for a revocation (delegation to the zero address), a failed transaction, and a stranger\'s delegated wallet', () => {
    expect(codes(delegated(setCodeTx({ delegations: [{ authority: ALICE, delegate: ZERO, chainId: 1, nonce: 8 }], recipientDelegatesTo: undefined })))).not.toContain('ACCOUNT_DELEGATED');
    expect(codes(delegated(setCodeTx({}, { status: 'failed', failure: { kind: 'revert' } })))).not.toContain('ACCOUNT_DELEGATED');
    // Paying someone whose wallet is delegated says nothing about the user's own wallet.
    expect(codes(delegated(setCodeTx({ delegations: undefined }, { to: THIEF })))).not.toContain('ACCOUNT_DELEGATED');
  });

  it('tells the user in both languages what happened, what to do, and warns about "recovery" scams', () => {
    const d = delegated(setCodeTx({}, { tokenTransfers: [usdtTransfer(500, THIEF)] }), { theft: true });
    const en = render(d, 'en', [ethereum]);
    const mine = en.findings.find((f) => f.code === 'ACCOUNT_DELEGATED')!;
    expect(mine.title).toBe(`This transaction handed your wallet's control to contract ${SWEEPER}`);
    expect(en.explanation).toContain(`In the same transaction, funds already left the wallet: 500 USDT → ${THIEF}.`);
    const steps = en.nextSteps.join(' ');
    expect(steps).toContain(`Do not send anything to ${ALICE} any more`);
    expect(steps).toContain('NEW recovery phrase');
    expect(steps).toContain("your wallet app's own official feature");
    expect(en.suggestedReply.toLowerCase()).toContain('recovery phrase');
    const zh = render(d, 'zh', [ethereum]);
    expect(zh.findings.find((f) => f.code === 'ACCOUNT_DELEGATED')!.title).toBe(`这笔交易把您钱包的控制权交给了合约 ${SWEEPER}`);
    expect(zh.explanation).toContain(`同一笔交易中已有资产被转出：500 USDT → ${THIEF}。`);
    expect(zh.nextSteps.join(' ')).toContain('新的助记词');
    expect(zh.suggestedReply).toContain('助记词');
  });

  describe('an address investigation ("my wallet was emptied")', () => {
    it('a wallet whose code delegates to a contract now is critical, even before anything left it', () => {
      const d = diagnose(addressInput(addressFacts({ delegatedTo: SWEEPER }), true));
      expect(d.findings.find((f) => f.code === 'ACCOUNT_DELEGATED')).toMatchObject({ severity: 'critical', params: { source: 'address', delegates: SWEEPER, account: OWNER, active: 'yes' } });
      expect(d.priority).toBe('P1');
      // Never delegated, or the code could not be read (a gap, said elsewhere): no such finding.
      expect(codes(diagnose(addressInput(addressFacts(), true)))).not.toContain('ACCOUNT_DELEGATED');
    });

    it('names the wallet, the delegate and what already left, in both languages', () => {
      const d = diagnose(addressInput(addressFacts({ delegatedTo: SWEEPER, transfers: [usdtMove('out', 1200, THIEF)] }), true));
      const en = render(d, 'en', [ethereum]);
      const mine = en.findings.find((f) => f.code === 'ACCOUNT_DELEGATED')!;
      expect(mine.title).toBe(`Your wallet runs the code of contract ${SWEEPER}`);
      expect(mine.detail).toBe(`EIP-7702 delegation in the code of ${OWNER} on Ethereum now: → ${SWEEPER}. Sent out of the wallet in the history we read: 1200 USDT.`);
      expect(en.explanation).toContain('Funds have already left the wallet: 1200 USDT.');
      expect(en.explanation).not.toContain('undefined');
      const zh = render(d, 'zh', [ethereum]);
      expect(zh.findings.find((f) => f.code === 'ACCOUNT_DELEGATED')!.detail).toBe(`以太坊上 ${OWNER} 当前的代码是 EIP-7702 委托：→ ${SWEEPER}。在我们查看的记录中已转出：1200 USDT。`);
      expect(zh.suggestedReply).toContain('助记词');
    });
  });
});
