import { afterAll, beforeAll } from 'vitest';
import { createApp } from '../../src/api/app.ts';
import type { RunningInstance, StartOptions } from '../../src/runtime.ts';
import { startDemoInstance } from './instance.ts';

export interface DemoApp {
  instance: RunningInstance;
  app: ReturnType<typeof createApp>;
  /** The bootstrap admin's headers. */
  agent: Record<string, string>;
}

/**
 * A demo instance and its API for one test file: started before the file's tests, closed
 * after them; `ready` hands them to the file's own variables. The per-client rate limit is
 * off unless `env` sets it: these files are one client making many requests (the limit has
 * its own tests).
 */
export function useDemoApp(env: Record<string, string>, ready: (demo: DemoApp) => unknown, options?: StartOptions): void {
  let instance: RunningInstance | undefined;
  beforeAll(async () => {
    instance = await startDemoInstance({ RATE_LIMIT_PER_MINUTE: '0', ...env }, options);
    await ready({ instance, app: createApp(instance), agent: { authorization: `Bearer ${instance.agentKey}` } });
  });
  afterAll(async () => instance?.close());
}
