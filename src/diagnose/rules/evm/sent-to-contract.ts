import { showAmount } from '../../../../chains/amount.ts';
import { sameAddress } from '../../../../chains/token-symbols.ts';
import { finding } from '../../finding.ts';
import { txEvidence } from '../../evidence.ts';
import type { TxRule } from '../../types.ts';

/**
 * Tokens that land on a contract (not the token itself, reported separately) can only
 * be moved by that contract's own code. Exchanges' deposit contracts do sweep them, so
 * this is a caution, not a verdict.
 */
export const sentToContractRule: TxRule = ({ tx, network }) => {
  if (tx.status !== 'success' || !tx.evm?.tokenRecipientIsContract) return [];
  const t = tx.tokenTransfers.find((x) => !sameAddress(network, x.to, x.token));
  if (!t) return [];
  return [finding('SENT_TO_CONTRACT', { amount: showAmount(t.amount), recipient: t.to, network: tx.network }, txEvidence(tx), { network: tx.network, txHash: tx.hash })];
};
