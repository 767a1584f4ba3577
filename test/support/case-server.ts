import { serve } from '@hono/node-server';
import { createApp } from '../../src/api/app.ts';
import { loadConfig } from '../../src/config.ts';
import { knownNetworks, startInstance } from '../../src/runtime.ts';

/**
 * A txtriage server in its own process, for tests that kill it (kill -9) or run two of
 * them: env from the parent (TXT_* vars are its config), "ready <port>" over IPC.
 */
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('TXT_')).map(([k, v]) => [k.slice(4), v]));
const instance = await startInstance(loadConfig({ MODE: 'demo', PORT: '0', LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '0', ...env }, knownNetworks));
const app = createApp(instance);
serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => process.send!({ type: 'ready', port: info.port }));
process.on('message', async (m: { type: string }) => {
  if (m.type === 'stats') {
    const jobs = instance.jobs;
    process.send!({
      type: 'stats',
      mode: jobs?.mode,
      owner: jobs?.owner,
      rechecks: jobs?.rechecker.done ?? 0,
      rechecksByJob: jobs?.rechecker.byJob ?? 0,
      attempts: jobs?.sender.attempts ?? 0,
      attemptsByJob: jobs?.sender.byJob ?? 0,
      delivered: jobs?.sender.delivered ?? 0,
      upstream: instance.metrics.snapshot(),
    });
  }
});
