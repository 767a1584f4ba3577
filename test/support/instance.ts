import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.ts';
import { knownNetworks, startInstance, type RunningInstance } from '../../src/runtime.ts';

/** A fresh case store directory per instance, so tests never share or leave data in ./data. */
export const tempDataDir = () => mkdtempSync(join(tmpdir(), 'txtriage-test-'));

/**
 * The same demo instance `npm start` runs: real local EVM nodes with seeded cases. Without
 * `npm start`'s clock the demo chains stand still, which the network monitor would rightly
 * call stalled: tests about other things run without it (HEALTH_MONITOR=off) unless they ask.
 */
export async function startDemoInstance(env: Record<string, string> = {}): Promise<RunningInstance> {
  return startInstance(loadConfig({ MODE: 'demo', PORT: '0', LOG_LEVEL: 'silent', DATA_DIR: tempDataDir(), HEALTH_MONITOR: 'off', ...env }, knownNetworks));
}
