import { showAmount } from '../../../../chains/amount.ts';
import { finding } from '../../finding.ts';
import type { TxRule } from '../../types.ts';
import { solanaEvidence } from './evidence.ts';

/**
 * Control of an account changed: the first thing a drainer does. Only changes that took
 * effect are facts (a failed transaction changed nothing).
 */
export const authorityChangedRule: TxRule = ({ tx }) =>
  (tx.status === 'success' ? (tx.solana?.authorityChanges ?? []) : []).map((c) =>
    finding(
      'SOLANA_AUTHORITY_CHANGED',
      {
        kind: c.kind,
        authorityType: c.authorityType,
        account: c.account,
        previous: c.previous ?? undefined,
        next: c.next ?? 'nobody',
        amount: c.amount ? showAmount(c.amount) : undefined,
        network: tx.network,
      },
      [...solanaEvidence(tx), { label: `${c.kind} (${c.authorityType})`, value: `${c.account}: ${c.previous ?? '?'} → ${c.next ?? 'none'}` }],
      { network: tx.network, txHash: tx.hash },
    ),
  );

/**
 * A durable-nonce transaction never expires, so it can be signed now and sent months
 * later. Custodians use them legitimately; it is suspicious when SOL or tokens leave a
 * signer that neither submitted (paid the fee) nor controls the nonce.
 */
export const durableNonceRule: TxRule = ({ tx }) => {
  const s = tx.solana;
  if (tx.status !== 'success' || !s?.durableNonce) return [];
  const submitter = s.feePayer;
  const outsiders = (from: string | null) => from !== null && from !== submitter && from !== s.durableNonce!.nonceAuthority && s.signers.includes(from);
  const sol = s.solTransfers.find((t) => !t.inner && outsiders(t.from));
  const spl = s.splTransfers.find((t) => !t.inner && outsiders(t.authority));
  const moved = sol ? { amount: sol.amount, victim: sol.from } : spl ? { amount: spl.amount, victim: spl.authority! } : undefined;
  if (!moved) return [];
  return [
    finding(
      'SOLANA_DURABLE_NONCE',
      { amount: showAmount(moved.amount), victim: moved.victim, submitter: submitter ?? undefined, nonceAccount: s.durableNonce.nonceAccount, network: tx.network },
      solanaEvidence(tx),
      { network: tx.network, txHash: tx.hash },
    ),
  ];
};
