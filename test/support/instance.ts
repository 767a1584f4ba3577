import { loadConfig } from '../../src/config.ts';
import { knownNetworks, startInstance, type RunningInstance } from '../../src/runtime.ts';

/**
 * The same demo instance `npm start` runs: real local EVM nodes with seeded cases. Without
 * `npm start`'s clock the demo chains stand still, which the network monitor would rightly
 * call stalled: tests about other things run without it (HEALTH_MONITOR=off) unless they ask.
 */
export async function startDemoInstance(env: Record<string, string> = {}): Promise<RunningInstance> {
  return startInstance(loadConfig({ MODE: 'demo', PORT: '0', LOG_LEVEL: 'silent', HEALTH_MONITOR: 'off', ...env }, knownNetworks));
}
