import { txEvidence } from '../../evidence.ts';
import { finding } from '../../finding.ts';
import type { TxRule } from '../../types.ts';
import { phishingSignals } from './phishing-token.ts';

/** At most this much of the contract's text goes into the agent's detail, quoted. */
const SHOWN_CHARS = 80;

/**
 * A revert message is written by whoever wrote the contract. Scam contracts use it as a
 * billboard ("claim your reward at …"), knowing wallets and helpdesks show it: a message
 * with a link, a lure or markup is flagged like a phishing token name, and the user is
 * told not to follow it.
 */
export const phishingRevertRule: TxRule = ({ tx }) => {
  const decoded = tx.failure?.decoded;
  if (tx.status !== 'failed' || decoded?.type !== 'error-string') return [];
  const signals = phishingSignals(decoded.message);
  if (signals.length === 0) return [];
  const shown = decoded.message.length > SHOWN_CHARS ? `${decoded.message.slice(0, SHOWN_CHARS)}…` : decoded.message;
  return [
    finding('PHISHING_REVERT_REASON', { network: tx.network, signals: signals.join(','), shown: JSON.stringify(shown) }, [...txEvidence(tx), { label: 'revert message', value: decoded.message }], {
      network: tx.network,
      txHash: tx.hash,
    }),
  ];
};
