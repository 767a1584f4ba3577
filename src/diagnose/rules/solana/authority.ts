import { PublicKey } from '@solana/web3.js';
import { showAmount } from '../../../../chains/amount.ts';
import type { SolanaAuthorityChange } from '../../../../chains/solana/facts.ts';
import type { TxFacts } from '../../../../chains/types.ts';
import { finding } from '../../finding.ts';
import type { Finding, TxRule } from '../../types.ts';
import { solanaEvidence } from './evidence.ts';

/**
 * Control of an account changed in this transaction: the first thing a drainer does.
 * Same codes and params as the address investigation's findings (theft codes), so an
 * agent sees one vocabulary whether the user sent a hash or an address. Only changes that
 * took effect are facts: a failed transaction changed nothing.
 */
export const authorityChangedRule: TxRule = ({ tx }) =>
  (tx.status === 'success' ? (tx.solana?.authorityChanges ?? []) : []).flatMap((c) => {
    const where = { network: tx.network, txHash: tx.hash };
    const evidence = [...solanaEvidence(tx), { label: `${c.kind} (${c.authorityType})`, value: `${c.account}: ${c.previous ?? '?'} → ${c.next ?? 'none'}` }];
    switch (c.kind) {
      case 'setAuthority':
        return [finding('TOKEN_AUTHORITY_CHANGED', { network: tx.network, txHash: tx.hash, newAuthorities: c.next ?? 'nobody', detail: setAuthorityDetail(c) }, evidence, where)];
      case 'closeAccount':
        // Closing your own empty account returns its rent to you; sending it elsewhere is a sweep.
        if (!c.next || c.next === c.previous) return [];
        return [
          finding(
            'ACCOUNT_CLOSED_AND_SWEPT',
            { network: tx.network, txHash: tx.hash, newAuthorities: c.next, detail: `token account ${c.account} of ${c.previous ?? 'its owner'} closed, its SOL sent to ${c.next}`, swept: c.amount ? showAmount(c.amount) : undefined },
            evidence,
            where,
          ),
        ];
      case 'approve':
        return [approvalFinding(tx, c, evidence, where)];
      default:
        // A wallet assigned to a program (system assign) stays in the facts; no shared code says it yet.
        return [];
    }
  });

function setAuthorityDetail(c: SolanaAuthorityChange): string {
  return `${c.authorityType} of ${c.account}: ${c.previous ?? 'unknown'} → ${c.next ?? 'nobody'}`;
}

/** An SPL delegate approval, in RISKY_APPROVAL's terms: a key-holding delegate is a wallet, like an EOA spender. */
function approvalFinding(tx: TxFacts, c: SolanaAuthorityChange, evidence: Finding['evidence'], where: { network: string; txHash: string }): Finding {
  const delegateIsWallet = c.next ? PublicKey.isOnCurve(new PublicKey(c.next)) : false;
  // Wallets asking for "everything" approve u64::MAX; at or above 2^63 it reads as unlimited.
  const unlimited = c.amount ? BigInt(c.amount.raw) >= 2n ** 63n : false;
  return finding(
    'RISKY_APPROVAL',
    {
      network: tx.network,
      kind: 'spl-delegate',
      token: c.amount?.symbol && c.amount.symbol !== '?' ? c.amount.symbol : `the token in ${c.account}`,
      spender: c.next ?? 'unknown',
      owner: c.previous ?? undefined,
      approved: unlimited ? 'unlimited' : c.amount ? showAmount(c.amount) : 'unknown',
      // The transaction says what was approved, not what is left of it now.
      current: 'unknown',
      source: 'tx',
      reasons: ['delegate', unlimited ? 'unlimited' : '', delegateIsWallet ? 'eoa' : ''].filter(Boolean).join(','),
    },
    evidence,
    where,
  );
}

/**
 * A durable-nonce transaction never expires, so it can be signed now and sent months
 * later. Custodians use them legitimately; it is suspicious when SOL or tokens leave a
 * signer that neither submitted (paid the fee) nor controls the nonce.
 */
export const durableNonceRule: TxRule = ({ tx }) => {
  const s = tx.solana;
  if (tx.status !== 'success' || !s?.durableNonce) return [];
  const submitter = s.feePayer;
  const outsider = (from: string | null) => from !== null && from !== submitter && from !== s.durableNonce!.nonceAuthority && s.signers.includes(from);
  const sol = s.solTransfers.find((t) => !t.inner && outsider(t.from));
  const spl = s.splTransfers.find((t) => !t.inner && outsider(t.authority));
  const moved = sol ? { amount: sol.amount, victim: sol.from } : spl ? { amount: spl.amount, victim: spl.authority! } : undefined;
  if (!moved) return [];
  return [
    finding(
      'DURABLE_NONCE_PRESIGNED',
      {
        network: tx.network,
        txHash: tx.hash,
        detail: `${showAmount(moved.amount)} left ${moved.victim}; sent and paid for by ${submitter ?? 'another address'}; nonce account ${s.durableNonce.nonceAccount} (authority ${s.durableNonce.nonceAuthority ?? 'unknown'})`,
      },
      solanaEvidence(tx),
      { network: tx.network, txHash: tx.hash },
    ),
  ];
};
