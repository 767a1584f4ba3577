import { showAmount } from '../../../../chains/amount.ts';
import { usdtTransferBurnCostSun } from '../../../../chains/tron/fees.ts';
import { finding } from '../../finding.ts';
import { txEvidence } from '../../evidence.ts';
import type { TxRule } from '../../types.ts';
import { firstUsdtToAddress, isUsdt, priceOf, resourceEvidence, resourceParams, trx } from './params.ts';

/**
 * Burning at least this much TRX for energy makes a successful transaction worth
 * explaining unasked (a USDT transfer without staked energy burns ≈6.4–13 TRX today).
 * Below it, the rule speaks only when the user complains about the fee.
 */
export const HIGH_ENERGY_BURN_SUN = 5_000_000n;

/** A successful transaction that burned TRX for energy: why it cost that much, and how to pay less. */
export const highEnergyBurnRule: TxRule = ({ tx, input }) => {
  const r = tx.tron?.resources;
  if (tx.status !== 'success' || !tx.tron || !r) return [];
  const burned = BigInt(r.energyFee.raw);
  if (burned === 0n || (burned < HIGH_ENERGY_BURN_SUN && !input.hints.intents.includes('fee'))) return [];
  const usdt = isUsdt(tx);
  const params = {
    network: tx.network,
    fee: tx.fee ? showAmount(tx.fee) : undefined,
    ...resourceParams(tx.tron),
    penaltyPercent: r.energyUsageTotal > 0 ? Math.round((r.energyPenalty / r.energyUsageTotal) * 100) : 0,
    usdt: usdt ? 'yes' : 'no',
    firstUsdt: firstUsdtToAddress(tx) ? 'yes' : 'no',
    // What the same USDT transfer costs when the recipient already holds USDT, at this price.
    holderCost: usdt ? trx(usdtTransferBurnCostSun(true, priceOf(tx.tron)).toString()) : undefined,
  };
  return [finding('TRON_HIGH_FEE_ENERGY_BURN', params, [...txEvidence(tx), ...resourceEvidence(tx.tron)], { network: tx.network, txHash: tx.hash })];
};

/** The transfer created the recipient's account: the one-time activation fee explains the extra TRX. */
export const activationFeeRule: TxRule = ({ tx }) => {
  const activation = tx.tron?.accountActivation;
  if (tx.status !== 'success' || !activation) return [];
  const moved = tx.intendedTransfer?.amount ?? (tx.value.raw !== '0' ? tx.value : undefined);
  return [
    finding(
      'TRON_ACCOUNT_ACTIVATION_FEE',
      { network: tx.network, account: activation.account, activationFee: showAmount(activation.fee), fee: tx.fee ? showAmount(tx.fee) : undefined, amount: moved ? showAmount(moved) : undefined },
      [...txEvidence(tx), { label: 'account created', value: activation.account }, { label: 'activation fee', value: showAmount(activation.fee) }],
      { network: tx.network, txHash: tx.hash },
    ),
  ];
};
