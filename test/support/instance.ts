import { loadConfig } from '../../src/config.ts';
import { knownNetworks, startInstance, type RunningInstance } from '../../src/runtime.ts';

/** The same demo instance `npm start` runs: real local EVM nodes with seeded cases. */
export async function startDemoInstance(env: Record<string, string> = {}): Promise<RunningInstance> {
  // No reuse of address investigations: tests switch faults on and off between two of them.
  return startInstance(loadConfig({ MODE: 'demo', PORT: '0', LOG_LEVEL: 'silent', ADDRESS_CACHE_TTL_MS: '0', ...env }, knownNetworks));
}
