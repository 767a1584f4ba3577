import { describe, expect, it } from 'vitest';
import { ethereum } from '../../chains/evm/networks.ts';
import { assessHealth } from '../../chains/health/assess.ts';
import type { HealthProbe } from '../../chains/health/types.ts';
import { tron } from '../../chains/tron/networks.ts';

/** The pure state rules over hand-made samples (the integration test drives the same states on local chains). */
const T = 1_800_000_000_000;
const evmProbe = (at: number, head: number, ts: number, tipGwei: number[] = Array(20).fill(1), ratio = 0.5): HealthProbe => ({
  at,
  head,
  headTimestamp: ts,
  evm: { baseFeeWei: Array(20).fill('10000000000'), gasUsedRatio: Array(20).fill(ratio), tipsWei: tipGwei.map((g) => [String(g * 1e9), String(g * 1e9), String(g * 1e9)] as [string, string, string]) },
});

describe('assessHealth', () => {
  it('unknown without samples, and after two failed probes in a row', () => {
    expect(assessHealth(ethereum, [], 0, T).state).toBe('unknown');
    const s = [evmProbe(T, 100, T / 1000)];
    expect(assessHealth(ethereum, s, 1, T).state).toBe('normal');
    expect(assessHealth(ethereum, s, 2, T).state).toBe('unknown');
  });

  it('normal, slow and stalled by head age in block intervals (Ethereum: 4 and 10 × 12 s)', () => {
    const s = [evmProbe(T, 100, T / 1000)];
    expect(assessHealth(ethereum, s, 0, T + 30_000).state).toBe('normal');
    expect(assessHealth(ethereum, s, 0, T + 60_000)).toMatchObject({ state: 'slow', reasons: ['head_old'] });
    expect(assessHealth(ethereum, s, 0, T + 121_000)).toMatchObject({ state: 'stalled', reasons: ['head_old'] });
  });

  it('observed block interval from the samples; late blocks are slow', () => {
    const s = [evmProbe(T, 100, T / 1000), evmProbe(T + 60_000, 102, T / 1000 + 60)];
    const h = assessHealth(ethereum, s, 0, T + 60_000);
    expect(h).toMatchObject({ blockIntervalSeconds: 30, intervalSource: 'observed', state: 'slow', reasons: ['blocks_late'] });
  });

  it('busy: full blocks, or tips well above the window\'s earlier level', () => {
    expect(assessHealth(ethereum, [evmProbe(T, 1, T / 1000, undefined, 0.97)], 0, T)).toMatchObject({ state: 'busy', reasons: ['blocks_full'] });
    const tips = [...Array(17).fill(1), 5, 5, 5];
    expect(assessHealth(ethereum, [evmProbe(T, 1, T / 1000, tips)], 0, T)).toMatchObject({ state: 'busy', reasons: ['fees_high'] });
    // Doubling from a dust tip is not "busy": below busyMinTipWei (2 gwei on Ethereum).
    const dust = [...Array(17).fill(0.1), 0.5, 0.5, 0.5];
    expect(assessHealth(ethereum, [evmProbe(T, 1, T / 1000, dust)], 0, T).state).toBe('normal');
  });

  it('TRON: solidification lagging more than 40 blocks is slow; prices carried', () => {
    const p: HealthProbe = { at: T, head: 1000, headTimestamp: T / 1000, finalized: 950, tron: { energyPriceSun: 100, bandwidthPriceSun: 1000 } };
    expect(assessHealth(tron, [p], 0, T)).toMatchObject({ state: 'slow', reasons: ['finality_lagging'], finalityLag: 50, tron: { energyPriceSun: 100 } });
    expect(assessHealth(tron, [{ ...p, finalized: 981 }], 0, T).state).toBe('normal');
  });
});
