import { showAmount } from '../../../../chains/amount.ts';
import type { TxApproval } from '../../../../chains/types.ts';
import { finding } from '../../finding.ts';
import { txEvidence } from '../../evidence.ts';
import type { Finding, TxRule } from '../../types.ts';

/**
 * A transaction that granted a spending permission says so, in the address
 * investigation's vocabulary: unlimited, to a plain wallet or to a known drainer is
 * RISKY_APPROVAL (a wallet spender is worse: critical); a limited amount to an
 * application, or any amount to a labelled exchange or service, is APPROVAL_GRANTED.
 * Nothing moved yet either way; what the user needs is "revoke it if you did not mean to".
 */
export const approvalGrantedRule: TxRule = ({ tx, network }) => {
  if (tx.status !== 'success' || !tx.approvals?.length) return [];
  return tx.approvals.map((a) => approvalFinding(a, tx.hash, network.id, txEvidence(tx)));
};

function approvalFinding(a: TxApproval, txHash: string, networkId: string, base: Finding['evidence']): Finding {
  const label = a.spenderLabel;
  const trusted = label && (label.kind === 'exchange' || label.kind === 'service' || label.kind === 'token');
  const unlimited = a.approved === 'unlimited';
  const toWallet = a.spenderIsContract === false;
  const knownBad = label?.kind === 'drainer' || label?.kind === 'scam';
  const params = {
    network: networkId,
    token: a.symbol === '?' ? a.token : a.symbol,
    spender: a.spender,
    spenderLabel: label?.name,
    owner: a.owner,
    kind: a.kind,
    approved: unlimited ? 'unlimited' : showAmount(a.approved as Exclude<TxApproval['approved'], 'unlimited'>),
    // The transaction says what was granted, not what is left of it now.
    current: 'unknown',
    source: 'tx',
    txHash,
  };
  const evidence = [...base, { label: `approval (${a.kind})`, value: `${a.symbol} of ${a.owner} → spender ${a.spender}${a.spenderIsContract === false ? ' (plain wallet)' : a.spenderIsContract ? ' (contract)' : ''}: ${params.approved}` }];
  const where = { network: networkId, txHash };
  if (!trusted && (unlimited || toWallet || knownBad)) {
    const reasons = [unlimited ? 'unlimited' : '', toWallet ? 'eoa' : '', knownBad ? 'drainer' : ''].filter(Boolean).join(',');
    return finding('RISKY_APPROVAL', { ...params, reasons }, evidence, where, toWallet || knownBad ? 'critical' : 'high');
  }
  return finding('APPROVAL_GRANTED', params, evidence, where);
}
