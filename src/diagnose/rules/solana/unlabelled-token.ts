import { finding } from '../../finding.ts';
import type { TxRule } from '../../types.ts';
import { solanaEvidence } from './evidence.ts';

/**
 * A Solana transaction carries mints, not names: a token without readable metadata is
 * "unknown" to us even if the user's wallet shows it as USDC. When the user names a
 * well-known token (USDC, USDT) and what arrived is an unknown mint — and no real one
 * moved — it is not that token. (Tokens whose metadata copies the symbol are reported by
 * the common fake-token rule.)
 */
export const unlabelledTokenRule: TxRule = ({ tx, network, input }) => {
  if (tx.status !== 'success') return [];
  const named = input.hints.tokens.map((t) => network.tokens.find((k) => k.symbol === t)).filter((k) => k !== undefined);
  return named.flatMap((real) => {
    if (tx.tokenTransfers.some((t) => t.token === real.address)) return [];
    const unknown = tx.tokenTransfers.find((t) => !t.wellKnown && t.symbol === '?');
    if (!unknown) return [];
    return [
      finding(
        'FAKE_TOKEN',
        { amount: `${unknown.amount.formatted} "${real.symbol}"`, symbol: real.symbol, fakeContract: unknown.token, realContract: real.address, network: tx.network },
        solanaEvidence(tx),
        { network: tx.network, txHash: tx.hash },
      ),
    ];
  });
};
