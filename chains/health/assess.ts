import type { Network } from '../types.ts';
import type { EvmFeeMarket, HealthProbe, HealthReason, HealthThresholds, NetworkHealth, NetworkState } from './types.ts';

/** Failed probes in a row after which the state is `unknown` (one failure is a blip, not an outage). */
const UNKNOWN_AFTER_FAILURES = 2;

/** Defaults where a network's data has no `health` (a network added without thresholds still gets sane ones). */
export function thresholdsOf(network: Network): HealthThresholds {
  return {
    pollSeconds: Math.max(network.blockTimeSeconds, 4),
    slowAfterBlocks: 4,
    slowIntervalFactor: 2,
    stalledAfterBlocks: 20,
    ...network.health,
  };
}

const median = <T extends number | bigint>(xs: T[]): T | undefined => {
  if (xs.length === 0) return undefined;
  const s = [...xs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return s[Math.floor((s.length - 1) / 2)];
};
const percentile = (xs: number[], p: number): number | undefined => {
  if (xs.length === 0) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};

/**
 * Seconds per block from the monitor's own samples: the span between the oldest and the
 * newest head it saw, by block time where the chain gives one, else by when it saw them.
 */
function observedInterval(samples: HealthProbe[]): number | undefined {
  if (samples.length < 2) return undefined;
  const first = samples[0];
  const last = samples[samples.length - 1];
  const blocks = last.head - first.head;
  if (blocks <= 0) return undefined;
  const seconds = first.headTimestamp !== null && last.headTimestamp !== null ? last.headTimestamp - first.headTimestamp : (last.at - first.at) / 1000;
  return seconds > 0 ? seconds / blocks : undefined;
}

/** Seconds since the head block: its own timestamp, or (Solana) since the monitor first saw that slot. */
function headAge(samples: HealthProbe[], nowMs: number): number {
  const last = samples[samples.length - 1];
  if (last.headTimestamp !== null) return Math.max(0, nowMs / 1000 - last.headTimestamp);
  let firstSeen = last.at;
  for (let i = samples.length - 1; i >= 0 && samples[i].head === last.head; i--) firstSeen = samples[i].at;
  return Math.max(0, (nowMs - firstSeen) / 1000);
}

/** The fee window split into "now" (newest `recent` blocks) and the recent level before it. */
function evmFeeMarket(probe: NonNullable<HealthProbe['evm']>, recent: number): EvmFeeMarket | undefined {
  const n = probe.baseFeeWei.length;
  if (n === 0) return undefined;
  const r = Math.min(recent, n);
  const split = n - r;
  // Empty blocks report 0 tips: they say nothing about what a block accepts.
  const withTxs = (from: number, to: number) => probe.tipsWei.slice(from, to).filter((_, i) => (probe.gasUsedRatio[from + i] ?? 0) > 0);
  const tipMedian = (rows: [string, string, string][], k: 0 | 1 | 2) => median(rows.map((t) => BigInt(t[k]))) ?? 0n;
  const now = withTxs(split, n);
  const before = withTxs(0, split);
  return {
    baseFeeWei: probe.baseFeeWei[n - 1],
    tipP10Wei: String(tipMedian(now, 0)),
    tipP50Wei: String(tipMedian(now, 1)),
    tipP90Wei: String(tipMedian(now, 2)),
    gasUsedRatio: probe.gasUsedRatio.slice(split).reduce((a, b) => a + b, 0) / Math.max(1, n - split),
    baselineTipP50Wei: String(tipMedian(before, 1)),
    baselineBaseFeeWei: String(median(probe.baseFeeWei.slice(0, split).map(BigInt)) ?? 0n),
  };
}

/**
 * The state of one network from the monitor's recent samples (oldest first) and its
 * consecutive failures. Pure: the clock comes in as `nowMs`.
 *
 * Order of precedence: unknown (we cannot see it) > stalled > slow > busy > normal, since a
 * halt explains any delay, late blocks explain more than fees do.
 */
export function assessHealth(network: Network, samples: readonly HealthProbe[], failures: number, nowMs: number, watched = true): NetworkHealth {
  const t = thresholdsOf(network);
  const expected = network.blockTimeSeconds;
  const base: NetworkHealth = {
    network: network.id,
    state: 'unknown',
    reasons: [],
    checkedAt: null,
    head: null,
    headAgeSeconds: null,
    blockIntervalSeconds: expected,
    intervalSource: 'typical',
    expectedBlockSeconds: expected,
    finalityLag: null,
    watched,
    failures,
  };
  if (samples.length === 0) return { ...base, reasons: [failures > 0 ? 'probe_failed' : 'no_data'] };
  const list = [...samples];
  const last = list[list.length - 1];
  const age = headAge(list, nowMs);
  const observed = last.solana?.slotSeconds ?? observedInterval(list);
  const finalityLag = last.finalized !== undefined ? Math.max(0, last.head - last.finalized) : null;
  const health: NetworkHealth = {
    ...base,
    checkedAt: Math.floor(last.at / 1000),
    head: last.head,
    headAgeSeconds: Math.round(age * 10) / 10,
    blockIntervalSeconds: observed !== undefined ? Math.round(observed * 1000) / 1000 : expected,
    intervalSource: observed !== undefined ? 'observed' : 'typical',
    finalityLag,
  };
  if (last.evm) health.evm = evmFeeMarket(last.evm, t.recentBlocks ?? 3);
  if (last.tron) health.tron = { ...last.tron };
  if (last.solana) {
    health.solana = {
      slotSeconds: last.solana.slotSeconds,
      transactionsPerSecond: last.solana.transactionsPerSecond,
      priorityFeeMedian: percentile(last.solana.priorityFees, 50) ?? null,
      priorityFeeP90: percentile(last.solana.priorityFees, 90) ?? null,
    };
  }

  const reasons: HealthReason[] = [];
  let state: NetworkState = 'normal';
  if (failures >= UNKNOWN_AFTER_FAILURES) return { ...health, state: 'unknown', reasons: ['probe_failed'] };
  if (age > t.stalledAfterBlocks * expected) return { ...health, state: 'stalled', reasons: ['head_old'] };
  if (age > t.slowAfterBlocks * expected) reasons.push('head_old');
  if (observed !== undefined && observed > t.slowIntervalFactor * expected) reasons.push('blocks_late');
  if (finalityLag !== null && t.finalityLagBlocks !== undefined && finalityLag > t.finalityLagBlocks) reasons.push('finality_lagging');
  if (reasons.length > 0) state = 'slow';
  else {
    const fee = health.evm;
    if (fee && t.busyGasUsedRatio !== undefined && fee.gasUsedRatio >= t.busyGasUsedRatio) reasons.push('blocks_full');
    if (fee && t.busyFeeFactor !== undefined) {
      const factor = BigInt(Math.round(t.busyFeeFactor * 100));
      const minTip = BigInt(t.busyMinTipWei ?? '0');
      const tip = BigInt(fee.tipP50Wei);
      const tipHigh = tip >= minTip && BigInt(fee.baselineTipP50Wei) > 0n && tip * 100n >= BigInt(fee.baselineTipP50Wei) * factor;
      const baseHigh = BigInt(fee.baselineBaseFeeWei) > 0n && BigInt(fee.baseFeeWei) * 100n >= BigInt(fee.baselineBaseFeeWei) * factor;
      if (tipHigh || baseHigh) reasons.push('fees_high');
    }
    const sol = health.solana;
    if (sol?.priorityFeeMedian != null && t.busyPriorityFeeMicroLamports !== undefined && sol.priorityFeeMedian >= t.busyPriorityFeeMicroLamports) reasons.push('priority_fees_high');
    if (reasons.length > 0) state = 'busy';
  }
  return { ...health, state, reasons };
}
