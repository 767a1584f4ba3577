import { sameAddress } from '../../../../chains/token-symbols.ts';
import { finding } from '../../finding.ts';
import { txEvidence } from '../../evidence.ts';
import type { TxRule } from '../../types.ts';

/**
 * A transferFrom of 0 tokens needs no allowance, so anyone can make any address appear
 * to have "sent" 0 USDT to a look-alike of someone it really pays. Poisoners batch them
 * for many victims in one transaction. Seen from a victim's side, the transaction is not
 * theirs and took nothing: say so, and that addresses must never be copied from history.
 */
export const zeroValuePoisoningRule: TxRule = ({ tx, network, input }) => {
  if (tx.status !== 'success') return [];
  const planted = tx.tokenTransfers.filter((t) => t.amount.raw === '0' && !sameAddress(network, t.from, tx.from));
  if (planted.length === 0) return [];
  const victims = [...new Set(planted.map((t) => t.from))];
  const own = input.hints.ownAddress;
  const mine = own ? planted.find((t) => sameAddress(network, t.from, own)) : undefined;
  const shown = mine ?? planted[0];
  return [
    finding(
      'ADDRESS_POISONING',
      {
        network: network.id,
        via: 'zero-transfer',
        lookalikeAddress: shown.to,
        victim: shown.from,
        victimIsUser: mine ? 'yes' : victims.length === 1 ? 'probably' : 'unknown',
        victims: victims.length,
        sender: tx.from,
        token: shown.symbol,
      },
      [...txEvidence(tx), { label: 'zero-value transfers not sent by their owners', value: String(planted.length) }],
      { network: network.id, txHash: tx.hash },
    ),
  ];
};
