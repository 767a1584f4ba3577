import { finding } from '../../finding.ts';
import { txEvidence } from '../../evidence.ts';
import type { TxRule } from '../../types.ts';

/** A successful transaction is either final, or still gathering confirmations. */
export const confirmationRule: TxRule = ({ tx, network }) => {
  if (tx.status !== 'success') return [];
  const where = { network: tx.network, txHash: tx.hash };
  // Permission updates, approvals and staking move no funds: do not tell the user funds arrived.
  // A zero-value transfer moves nothing either (poisoners plant them).
  const moved = tx.tokenTransfers.some((t) => t.amount.raw !== '0') || tx.value.raw !== '0' ? 'yes' : 'no';
  if (tx.final) return [finding('TX_CONFIRMED', { network: network.id, confirmations: tx.confirmations ?? undefined, moved }, txEvidence(tx), where)];
  const remaining = Math.max(0, tx.confirmationsRequired - (tx.confirmations ?? 0));
  return [
    finding(
      'TX_AWAITING_CONFIRMATIONS',
      {
        network: network.id,
        confirmations: tx.confirmations ?? 0,
        required: tx.confirmationsRequired,
        remaining,
        etaMinutes: Math.max(1, Math.ceil((remaining * network.blockTimeSeconds) / 60)),
      },
      txEvidence(tx),
      where,
    ),
  ];
};
