import { finding } from '../../finding.ts';
import { txEvidence } from '../../evidence.ts';
import type { TxRule } from '../../types.ts';

/**
 * A TRON transaction in the pending pool. TRON has no fee market to get stuck in: it is
 * packed within seconds or, past its expiration (raw_data.expiration, ~1 min by default),
 * never, in which case nothing was charged.
 */
export const tronPendingRule: TxRule = ({ tx, input }) => {
  if (tx.status !== 'pending' || !tx.tron) return [];
  const expiresAt = tx.tron.expiresAt;
  const expired = expiresAt !== null && input.now > expiresAt;
  const evidence = txEvidence(tx);
  if (expiresAt !== null) evidence.push({ label: 'expires at', value: new Date(expiresAt * 1000).toISOString() });
  return [
    finding(
      'TRON_PENDING',
      { network: tx.network, state: expired ? 'expired' : 'waiting', expiresInSeconds: expiresAt !== null && !expired ? expiresAt - input.now : undefined },
      evidence,
      { network: tx.network, txHash: tx.hash },
    ),
  ];
};
