import { showAmount } from '../../../../chains/amount.ts';
import { finding } from '../../finding.ts';
import type { AddressRule, Finding } from '../../types.ts';
import { addressEvidence } from './evidence.ts';

/**
 * Approvals that let someone else spend the user's tokens. What matters is what they
 * still allow now: an approval already spent or revoked is history, not a risk.
 * Spenders labelled as exchanges or well-known services are left alone.
 */
export const riskyApprovalRule: AddressRule = ({ facts, network }) => {
  const out: Finding[] = [];
  for (const a of facts.approvals) {
    if (a.current === 'none') continue;
    const label = facts.labels[a.spender];
    if (label && (label.kind === 'exchange' || label.kind === 'service' || label.kind === 'token')) continue;
    const unlimited = a.approved === 'unlimited' || a.current === 'unlimited';
    const toWallet = a.spenderIsContract === false;
    const knownBad = label?.kind === 'drainer' || label?.kind === 'scam';
    if (!unlimited && !toWallet && !knownBad) continue;
    const reasons = [unlimited ? 'unlimited' : '', toWallet ? 'eoa' : '', knownBad ? 'drainer' : ''].filter(Boolean).join(',');
    out.push(
      finding(
        'RISKY_APPROVAL',
        {
          network: network.id,
          token: a.symbol,
          spender: a.spender,
          spenderLabel: label?.name,
          kind: a.kind,
          approved: a.approved === 'unlimited' ? 'unlimited' : showAmount(a.approved),
          current: a.current === null ? 'unknown' : a.current === 'unlimited' ? 'unlimited' : showAmount(a.current),
          reasons,
        },
        [addressEvidence(facts), { label: `approval (${a.kind})`, value: `${a.symbol} → spender ${a.spender} · ${a.hash}` }],
        { network: network.id, address: facts.address },
        toWallet || knownBad ? 'critical' : 'high',
      ),
    );
  }
  return out;
};
