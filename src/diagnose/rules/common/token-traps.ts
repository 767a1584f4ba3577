import { showAmount } from '../../../../chains/amount.ts';
import { sameAddress } from '../../../../chains/token-symbols.ts';
import { finding } from '../../finding.ts';
import { txEvidence } from '../../evidence.ts';
import type { TxRule } from '../../types.ts';

/** Tokens sent to the token contract itself are stuck there for good on most tokens. */
export const sentToTokenContractRule: TxRule = ({ tx, network }) => {
  if (tx.status !== 'success') return [];
  const stuck = tx.tokenTransfers.find((t) => sameAddress(network, t.to, t.token));
  if (!stuck) return [];
  return [
    finding('SENT_TO_TOKEN_CONTRACT', { amount: showAmount(stuck.amount), token: stuck.token, network: tx.network }, txEvidence(tx), { network: tx.network, txHash: tx.hash }),
  ];
};

/** A token wearing a famous symbol that is not the real contract. */
export const fakeTokenRule: TxRule = ({ tx, network }) =>
  tx.tokenTransfers
    .filter((t) => t.impersonates)
    .map((t) =>
      finding(
        'FAKE_TOKEN',
        {
          amount: showAmount(t.amount),
          symbol: t.impersonates,
          fakeContract: t.token,
          realContract: network.tokens.find((k) => k.symbol === t.impersonates)?.address,
          network: tx.network,
        },
        txEvidence(tx),
        { network: tx.network, txHash: tx.hash },
      ),
    );
