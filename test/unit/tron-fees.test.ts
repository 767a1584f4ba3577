import { describe, expect, it } from 'vitest';
import {
  bandwidthCostSun,
  effectiveEnergyPriceSun,
  energyBurned,
  energyCostSun,
  feeLimitExhausted,
  sunToTrx,
  trxToSun,
  USDT_TRANSFER_ENERGY,
  usdtTransferBurnCostSun,
} from '../../chains/tron/fees.ts';

// The real USDT receipt in LedgerHQ/ledger-live coin-tron getTransactionInfoById.fixture.json
// (Feb 2025, 210 sun per energy then): 130285 energy, 4475 from stake, 26.4201 TRX burned.
const LEDGER_RECEIPT = { energyUsageTotal: 130_285, energyUsage: 4475, originEnergyUsage: 0, energyFeeSun: 26_420_100n };

describe('sun and TRX', () => {
  it('formats sun as TRX', () => {
    expect(sunToTrx(26_420_100n)).toEqual({ raw: '26420100', decimals: 6, symbol: 'TRX', formatted: '26.4201' });
    expect(sunToTrx(0).formatted).toBe('0');
  });

  it('parses TRX amounts exactly', () => {
    expect(trxToSun('12.5')).toBe(12_500_000n);
    expect(trxToSun('0.000001')).toBe(1n);
    expect(trxToSun(100)).toBe(100_000_000n);
    expect(() => trxToSun('1.0000001')).toThrow();
    expect(() => trxToSun('-1')).toThrow();
    expect(() => trxToSun('ten')).toThrow();
  });
});

describe('energy and bandwidth arithmetic', () => {
  it('prices energy and bandwidth', () => {
    expect(energyCostSun(64_285)).toBe(6_428_500n); // 100 sun per energy since Proposal #104
    expect(energyCostSun(64_285, 210n)).toBe(13_499_850n);
    expect(bandwidthCostSun(345)).toBe(345_000n);
  });

  it('knows what a USDT transfer costs when everything is burned', () => {
    expect(USDT_TRANSFER_ENERGY).toEqual({ toHolder: 64_285, toEmptyAddress: 130_285 });
    expect(usdtTransferBurnCostSun(true)).toBe(6_773_500n); // 6.4285 TRX energy + 0.345 TRX bandwidth
    expect(usdtTransferBurnCostSun(false)).toBe(13_373_500n);
  });

  it('reads burned energy and the price actually paid from a real receipt', () => {
    expect(energyBurned(LEDGER_RECEIPT)).toBe(125_810);
    expect(effectiveEnergyPriceSun(LEDGER_RECEIPT)).toBe(210n);
    expect(effectiveEnergyPriceSun({ ...LEDGER_RECEIPT, energyUsage: 130_285, energyFeeSun: 0n })).toBeNull();
  });

  it('tells a fee-limit cap from an empty account', () => {
    const capped = { energyUsageTotal: 50_000, energyUsage: 0, originEnergyUsage: 0, energyFeeSun: 5_000_000n };
    expect(feeLimitExhausted(capped, 5_000_000n, 100n)).toBe(true);
    // Same burn under a 100 TRX limit: the balance ran out, not the limit.
    expect(feeLimitExhausted(capped, 100_000_000n, 100n)).toBe(false);
    // Staked energy counts against the fee limit too.
    expect(feeLimitExhausted({ ...capped, energyUsage: 10_000, energyUsageTotal: 60_000 }, 6_000_000n, 100n)).toBe(true);
    expect(feeLimitExhausted(capped, null, 100n)).toBe(false);
  });
});
