import { finding } from '../../finding.ts';
import type { TxRule } from '../../types.ts';
import { solanaEvidence } from './evidence.ts';

/** Seen by a validator (processed) but not yet voted on by the cluster (confirmed). */
export const solanaProcessedRule: TxRule = ({ tx, network }) => {
  if (tx.status !== 'pending' || tx.solana?.commitment !== 'processed') return [];
  return [finding('SOLANA_PROCESSED', { network: network.id, expirySeconds: network.unconfirmedExpirySeconds }, solanaEvidence(tx), { network: tx.network, txHash: tx.hash })];
};
