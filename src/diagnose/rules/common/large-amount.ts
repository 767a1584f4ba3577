import { amountToNumber, showAmount } from '../../../../chains/amount.ts';
import { findWellKnownToken } from '../../../../chains/token-symbols.ts';
import { finding } from '../../finding.ts';
import type { TxRule } from '../../types.ts';

/**
 * Large sums jump the queue. Real stablecoins count at face value; native coins use
 * the network's own threshold (no price feed: a stale price must not decide priority).
 */
export const largeAmountRule: TxRule = ({ tx, network, input }) => {
  // A failed transfer moved nothing; a pending one is still about to move its amount.
  const intended = tx.status === 'pending' && tx.intendedTransfer ? [tx.intendedTransfer] : [];
  const stable = [...tx.tokenTransfers, ...intended].filter(
    (t) => t.wellKnown && findWellKnownToken(network, t.token)?.stablecoin,
  );
  const bigStable = stable.find((t) => amountToNumber(t.amount) >= input.policy.largeAmountUsd);
  const bigNative = tx.status !== 'failed' && amountToNumber(tx.value) >= network.largeNativeAmount ? tx.value : undefined;
  const big = bigStable?.amount ?? bigNative;
  if (!big) return [];
  return [finding('LARGE_AMOUNT', { amount: showAmount(big) }, [], { network: tx.network, txHash: tx.hash })];
};
