import { showAmount } from '../../chains/amount.ts';
import type { TxFacts } from '../../chains/types.ts';

/**
 * The one transfer a transaction made, when it made exactly one: its amount and where it
 * went, so an answer can name what and where ("250 TRX … TXYZ…") for the user to check.
 * A swap or a batch moves several: none is named.
 */
export function soleTransfer(tx: TxFacts): { amount: string; recipient: string } | undefined {
  const moves = tx.tokenTransfers.filter((t) => t.amount.raw !== '0').map((t) => ({ amount: t.amount, to: t.to }));
  if (tx.value.raw !== '0' && tx.to) moves.push({ amount: tx.value, to: tx.to });
  return moves.length === 1 ? { amount: showAmount(moves[0].amount), recipient: moves[0].to } : undefined;
}
