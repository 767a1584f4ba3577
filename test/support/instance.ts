import { loadConfig } from '../../src/config.ts';
import { knownNetworks, startInstance, type RunningInstance } from '../../src/runtime.ts';

/** The same demo instance `npm start` runs: real local EVM nodes with seeded cases. */
export async function startDemoInstance(env: Record<string, string> = {}): Promise<RunningInstance> {
  return startInstance(loadConfig({ MODE: 'demo', PORT: '0', LOG_LEVEL: 'silent', ...env }, knownNetworks));
}
