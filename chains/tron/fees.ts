import { toAmount } from '../amount.ts';
import type { Amount } from '../types.ts';

/**
 * TRON fee arithmetic. A transaction pays with two resources:
 * - bandwidth (bytes of the transaction): free daily allowance or staked TRX first, else
 *   TRX is burned at the bandwidth price;
 * - energy (smart-contract execution, e.g. every TRC-20 transfer): staked/rented energy
 *   first, else TRX is burned at the energy price, up to the transaction's fee limit.
 * Source: TRON docs, "Resource model" (https://developers.tron.network/docs/resource-model)
 * and the receipt fields of /wallet/gettransactioninfobyid
 * (https://developers.tron.network/reference/gettransactioninfobyid).
 *
 * Prices are chain parameters that proposals change; these constants are only for
 * estimates. What a given transaction actually paid is always read from its receipt.
 */

export const SUN_PER_TRX = 1_000_000n;
export const TRX_DECIMALS = 6;

/**
 * Sun burned per energy unit. 100 since Proposal #104 (29 Aug 2025, "change the fee of
 * one energy unit to 0.0001 TRX"; it was 210 before).
 * Source: https://tronscan.org/#/proposal/104, summarised at
 * https://gaspeek.com/es/knowledge-base/tron-slashes-fees.
 */
export const ENERGY_PRICE_SUN = 100n;

/**
 * Sun burned per bandwidth point (byte) when free/staked bandwidth is short: 1000.
 * A TRX transfer (~268 bytes) therefore burns 0.268 TRX; a TRC-20 transfer (~345 bytes)
 * 0.345 TRX (see receipts with `net_fee: 345000` for `345` bytes, e.g. Grommash9/aiotx
 * docs/clients/tron_client/get_transaction_info.rst, tx b69c51db…).
 */
export const BANDWIDTH_PRICE_SUN = 1000n;

/**
 * Energy a USDT (TRC-20) `transfer` typically consumes, dynamic-energy penalty included:
 * 64,285 when the recipient already holds USDT, 130,285 when it holds none (the contract
 * writes a new storage slot). Source: CatFee, "How Much Energy and Bandwidth Does a USDT
 * Transfer Consume?" (https://docs.catfee.io/en/energy/usdt-transfer-energy-on-tron);
 * matches real receipts (`energy_usage_total` 64285 in aiotx tx b69c51db…, 130285 in
 * LedgerHQ/ledger-live coin-tron getTransactionInfoById.fixture.json).
 */
export const USDT_TRANSFER_ENERGY = { toHolder: 64_285, toEmptyAddress: 130_285 } as const;
/** Bytes of bandwidth a plain TRC-20 transfer uses (same sources). */
export const TRC20_TRANSFER_BANDWIDTH = 345;

/**
 * Creating (activating) an account that does not exist yet: a fixed 1 TRX
 * (`getCreateNewAccountFeeInSystemContract`) plus, unless the sender has staked or
 * delegated bandwidth (free bandwidth does not count), 0.1 TRX (`getCreateAccountFee`)
 * instead of bandwidth. Source: tronprotocol/documentation-zh, wallet-cli
 * "账户命令 › 如何创建账户"; real receipt: the TRON docs' gettransactioninfobyid example
 * (tx 7c2d4206…, `fee: 1100000`, `receipt.net_fee: 100000`).
 */
export const CREATE_ACCOUNT_FEE_SUN = 1_000_000n;
export const CREATE_ACCOUNT_BANDWIDTH_FEE_SUN = 100_000n;

/**
 * Updating account permissions (AccountPermissionUpdateContract) burns 100 TRX
 * (`getUpdateAccountPermissionFee`); every multi-signature transaction 1 TRX
 * (`getMultiSignFee`). Source: tronprotocol/tips issue #915 (proposal to lower both,
 * quoting the current values) and wallet-cli "permission update (burns 100 TRX)".
 */
export const UPDATE_PERMISSION_FEE_SUN = 100_000_000n;
export const MULTI_SIGN_FEE_SUN = 1_000_000n;
/** A transaction carrying a memo (`raw_data.data`) burns 1 TRX (`getMemoFee`; TIP-387, https://github.com/tronprotocol/tips/blob/master/tip-387.md). */
export const MEMO_FEE_SUN = 1_000_000n;

export function sunToTrx(sun: bigint | string | number): Amount {
  return toAmount(sun, TRX_DECIMALS, 'TRX');
}

/** "12.5" TRX → 12500000n sun. Exact (no floats); rejects more than 6 decimals. */
export function trxToSun(trx: string | number): bigint {
  const text = String(trx).trim();
  const match = /^(\d+)(?:\.(\d{1,6}))?$/.exec(text);
  if (!match) throw new Error(`not a TRX amount: ${trx}`);
  return BigInt(match[1]) * SUN_PER_TRX + BigInt((match[2] ?? '').padEnd(6, '0'));
}

/** Energy × price: what burning TRX for that much energy costs, in sun. */
export function energyCostSun(energy: number | bigint, priceSun: bigint = ENERGY_PRICE_SUN): bigint {
  return BigInt(energy) * priceSun;
}

export function bandwidthCostSun(bytes: number | bigint, priceSun: bigint = BANDWIDTH_PRICE_SUN): bigint {
  return BigInt(bytes) * priceSun;
}

/** What a USDT transfer costs when every unit of energy and bandwidth is paid by burning TRX. */
export function usdtTransferBurnCostSun(recipientHoldsUsdt: boolean, energyPriceSun: bigint = ENERGY_PRICE_SUN): bigint {
  const energy = recipientHoldsUsdt ? USDT_TRANSFER_ENERGY.toHolder : USDT_TRANSFER_ENERGY.toEmptyAddress;
  return energyCostSun(energy, energyPriceSun) + bandwidthCostSun(TRC20_TRANSFER_BANDWIDTH);
}

/** Receipt fields as numbers (absent fields are 0 on the wire: protobuf omits zeros). */
export interface EnergyReceipt {
  energyUsageTotal: number;
  /** Energy from the caller's own stake or delegated (rented) energy. */
  energyUsage: number;
  /** Energy paid by the contract's deployer (consume_user_resource_percent < 100). */
  originEnergyUsage: number;
  energyFeeSun: bigint;
}

/** Energy the caller paid for by burning TRX. */
export function energyBurned(r: EnergyReceipt): number {
  return Math.max(0, r.energyUsageTotal - r.energyUsage - r.originEnergyUsage);
}

/** The energy price this transaction actually paid (sun per unit), when it burned any. */
export function effectiveEnergyPriceSun(r: EnergyReceipt): bigint | null {
  const burned = energyBurned(r);
  return burned > 0 ? r.energyFeeSun / BigInt(burned) : null;
}

/**
 * Did the fee limit stop the execution? The caller's energy is capped by
 * min(staked energy + balance / price, feeLimit / price) (java-tron
 * `VMActuator.getTotalEnergyLimitWithFixRatio`), so when the caller's own energy plus
 * burned energy reaches feeLimit / price, the fee limit was the cap; below it, the account
 * ran out of energy and TRX first.
 */
export function feeLimitExhausted(r: EnergyReceipt, feeLimitSun: bigint | null, priceSun: bigint | null): boolean {
  if (feeLimitSun === null || feeLimitSun <= 0n) return false;
  const price = priceSun ?? ENERGY_PRICE_SUN;
  const callerEnergy = BigInt(r.energyUsage + energyBurned(r));
  const limitEnergy = feeLimitSun / price;
  return limitEnergy > 0n && callerEnergy >= limitEnergy;
}

/**
 * Days unstaked TRX wait before they can be withdrawn (Stake 2.0 network parameter
 * `getUnfreezeDelayDays`, 14 since proposal #70; TRON docs "Stake 2.0": "the unstaked
 * TRX can be withdrawn after 14 days").
 */
export const UNFREEZE_DELAY_DAYS = 14;
