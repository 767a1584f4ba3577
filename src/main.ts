import { createApp } from './api/app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { startDemoClock } from './demo-clock.ts';
import { createLogger } from './log.ts';
import { knownNetworks, startInstance } from './runtime.ts';
import { StoreInUseError } from './store/database.ts';
import { connectionLimits, startHttpServer } from './server/http-server.ts';
import { gracefulShutdown } from './server/shutdown.ts';

let config;
try {
  config = loadConfig(process.env, knownNetworks);
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}

const log = createLogger(config.LOG_LEVEL);
const instance = await startInstance(config).catch((err: unknown) => {
  if (!(err instanceof StoreInUseError)) throw err;
  console.error(err.message);
  process.exit(1);
});
const stopDemoClock = config.mode === 'demo' ? await startDemoClock(instance) : () => {};
const app = createApp(instance);
const server = startHttpServer(app.fetch, { port: config.PORT, hostname: config.HOST, limits: connectionLimits(config) }, (port) => {
  const base = `http://${config.HOST}:${port}`;
  console.log(`txtriage listening on ${base} (${config.mode} mode; networks: ${instance.registry.networks.map((n) => n.id).join(', ')})`);
  if (config.mode === 'demo') {
    console.log(`DEMO DATA: local chains with ${instance.demoCases.length} seeded example cases. List them: curl ${base}/v1/demo`);
  }
  console.log(`API reference: ${base}/docs · OpenAPI: ${base}/openapi.json`);
  if (instance.database) {
    const jobs = instance.jobs?.mode === 'pg-boss' ? '; re-checks and webhooks on pg-boss, shared by every instance on this database' : '';
    console.log(`Cases: ${instance.database.backend} at ${instance.database.where} (kept across restarts${jobs}; docs/cases.md)`);
  }
  console.log(`Status page: ${base}/ · Agents' console: ${base}/console`);
  if (!instance.agentKey) console.log('AGENT_API_KEY is not set: only agent accounts and integration keys get in (set it to add the first admin; docs/accounts.md).');
  else if (!config.AGENT_API_KEY) console.log(`DEMO agent key (new at every start; set AGENT_API_KEY to choose one; it signs in as administrator to add agent accounts): ${instance.agentKey}`);
});

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    // A second signal means "now".
    if (stopping) process.exit(1);
    stopping = true;
    log.info('shutdown: stopped accepting connections', { signal, graceMs: config.SHUTDOWN_GRACE_MS });
    gracefulShutdown(server, { graceMs: config.SHUTDOWN_GRACE_MS, hooks: instance.shutdownHooks, log })
      .then(() => {
        stopDemoClock();
        return instance.close();
      })
      .catch((err) => log.error('shutdown failed', { error: String(err) }))
      .finally(() => process.exit(0));
  });
}
