import { showAmount } from '../../../../chains/amount.ts';
import { ENERGY_PRICE_SUN, sunToTrx, USDT_TRANSFER_ENERGY, usdtTransferBurnCostSun } from '../../../../chains/tron/fees.ts';
import type { TronTxDetails } from '../../../../chains/tron/facts.ts';
import type { TxFacts } from '../../../../chains/types.ts';
import type { Evidence, FindingParams } from '../../types.ts';

/** "5 TRX" from a sun string; undefined when absent. */
export function trx(sun: string | null | undefined): string | undefined {
  return sun === null || sun === undefined ? undefined : showAmount(sunToTrx(sun));
}

/** Whole TRX, rounded up: what to tell a user to keep ("14 TRX"). */
export function trxCeil(sun: bigint): string {
  return `${(sun + 999_999n) / 1_000_000n} TRX`;
}

/** The transaction moves (or meant to move) the network's real USDT. */
export function isUsdt(tx: TxFacts): boolean {
  const t = tx.intendedTransfer ?? tx.tokenTransfers[0];
  return Boolean(t?.wellKnown && t.symbol === 'USDT');
}

/** The energy price this transaction paid, else today's (chains/tron/fees.ts). */
export function priceOf(t: TronTxDetails): bigint {
  return t.resources?.energyPriceSun ? BigInt(t.resources.energyPriceSun) : ENERGY_PRICE_SUN;
}

/**
 * TRX that covers one USDT transfer with no staked energy, even to an address that never
 * held USDT (the expensive case), at the price this transaction paid.
 */
export function usdtBudget(tx: TxFacts): string | undefined {
  return tx.tron && isUsdt(tx) ? trxCeil(usdtTransferBurnCostSun(false, priceOf(tx.tron))) : undefined;
}

/** A USDT transfer whose energy shows the recipient had no USDT before (≈130k instead of ≈65k). */
export function firstUsdtToAddress(tx: TxFacts): boolean {
  const total = tx.tron?.resources?.energyUsageTotal ?? 0;
  return isUsdt(tx) && total >= (USDT_TRANSFER_ENERGY.toHolder + USDT_TRANSFER_ENERGY.toEmptyAddress) / 2;
}

/** Energy and bandwidth, as numbers and TRX, for messages. */
export function resourceParams(t: TronTxDetails): FindingParams {
  const r = t.resources;
  if (!r) return {};
  return {
    energyTotal: r.energyUsageTotal,
    energyStake: r.energyFromStake,
    energyBurned: r.energyBurned,
    energyPenalty: r.energyPenalty,
    energyFee: showAmount(r.energyFee),
    bandwidthFee: showAmount(r.bandwidthFee),
    energyPriceSun: r.energyPriceSun ?? undefined,
  };
}

export function resourceEvidence(t: TronTxDetails): Evidence[] {
  const out: Evidence[] = [];
  const r = t.resources;
  if (r) {
    out.push({ label: 'energy total / from stake / burned', value: `${r.energyUsageTotal} / ${r.energyFromStake} / ${r.energyBurned}` });
    if (r.energyPenalty) out.push({ label: 'dynamic energy penalty', value: String(r.energyPenalty) });
    out.push({ label: 'TRX burned for energy / bandwidth', value: `${showAmount(r.energyFee)} / ${showAmount(r.bandwidthFee)}` });
  }
  if (t.feeLimitSun) out.push({ label: 'fee limit', value: trx(t.feeLimitSun)! });
  if (t.contractResult && t.contractResult !== 'SUCCESS') out.push({ label: 'contract result', value: t.contractResult });
  if (t.resMessage) out.push({ label: 'node message', value: t.resMessage });
  return out;
}
