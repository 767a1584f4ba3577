import { finding } from '../../finding.ts';
import { txEvidence } from '../../evidence.ts';
import type { TxRule } from '../../types.ts';

/** A transaction we saw pending that the network no longer has. */
export const vanishedRule: TxRule = ({ tx }) => {
  const where = { network: tx.network, txHash: tx.hash };
  if (tx.status === 'replaced') {
    const evidence = txEvidence(tx);
    if (tx.evm?.replacedBy) evidence.push({ label: 'replaced by', value: tx.evm.replacedBy });
    return [finding('TX_REPLACED', { network: tx.network, nonce: tx.evm?.nonce, replacedBy: tx.evm?.replacedBy }, evidence, where)];
  }
  if (tx.status === 'dropped') return [finding('TX_DROPPED', { network: tx.network, nonce: tx.evm?.nonce }, txEvidence(tx), where)];
  return [];
};
