import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.ts';
import { knownNetworks, startInstance, type RunningInstance, type StartOptions } from '../../src/runtime.ts';

/** A fresh case store directory per instance, so tests never share or leave data in ./data. */
export const tempDataDir = () => mkdtempSync(join(tmpdir(), 'txtriage-test-'));

/**
 * The same demo instance `npm start` runs: real local EVM nodes with seeded cases. Without
 * `npm start`'s clock the demo chains stand still, which the network monitor would rightly
 * call stalled: tests about other things run without it (HEALTH_MONITOR=off) unless they ask.
 * Background jobs (re-checks, webhooks) are off unless asked for too: a re-check in the
 * background would add upstream requests to tests that count them or inject faults, and so
 * would reusing address investigations (tests switch faults on and off between two of them).
 */
export async function startDemoInstance(env: Record<string, string> = {}, options: StartOptions = { tuning: { jobs: false } }): Promise<RunningInstance> {
  // A directory made here is removed at close (a test that brings its own DATA_DIR keeps it, to restart on it).
  const ownDir = env.DATA_DIR ? undefined : tempDataDir();
  const instance = await startInstance(loadConfig({ MODE: 'demo', PORT: '0', LOG_LEVEL: 'silent', DATA_DIR: ownDir ?? '', HEALTH_MONITOR: 'off', ADDRESS_CACHE_TTL_MS: '0', ...env }, knownNetworks), options);
  if (!ownDir) return instance;
  const close = instance.close.bind(instance);
  instance.close = async () => {
    await close();
    rmSync(ownDir, { recursive: true, force: true });
  };
  return instance;
}
