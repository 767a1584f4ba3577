import { serve } from '@hono/node-server';
import { writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { Session } from 'node:inspector/promises';
import { createApp } from '../src/api/app.ts';
import { loadConfig } from '../src/config.ts';
import { knownNetworks, startInstance, type DemoChains, type RunningInstance, type StartOptions } from '../src/runtime.ts';

/**
 * The txtriage server under benchmark, alone in its own process so that its CPU time
 * (process.cpuUsage) is the server's only: the chains, the proxies and the load
 * generator run in the parent (bench/run.ts), which drives this process over IPC.
 */
type Message =
  | { type: 'start'; env: Record<string, string>; demoChains: DemoChains; tuning?: StartOptions['tuning'] }
  | { type: 'cpu' }
  | { type: 'metrics' }
  /** V8 CPU profile of a measurement window only (not of start-up), for finding hot spots. */
  | { type: 'profile-start' }
  | { type: 'profile-stop'; file: string }
  | { type: 'exit' };

let session: Session | undefined;

let instance: RunningInstance | undefined;
let server: Server | undefined;
const send = (m: unknown) => process.send!(m);

process.on('message', async (m: Message) => {
  switch (m.type) {
    case 'start': {
      instance = await startInstance(loadConfig(m.env, knownNetworks), { demoChains: m.demoChains, tuning: m.tuning });
      const app = createApp(instance);
      server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => send({ type: 'ready', port: info.port })) as Server;
      server.keepAliveTimeout = 30_000;
      break;
    }
    case 'cpu':
      send({ type: 'cpu', usage: process.cpuUsage() });
      break;
    case 'metrics':
      send({ type: 'metrics', snapshot: instance?.metrics.snapshot() ?? {} });
      break;
    case 'profile-start':
      session = new Session();
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.start');
      send({ type: 'profile-start' });
      break;
    case 'profile-stop': {
      const { profile } = await session!.post('Profiler.stop');
      writeFileSync(m.file, JSON.stringify(profile));
      session!.disconnect();
      send({ type: 'profile-stop' });
      break;
    }
    case 'exit':
      server?.close();
      await instance?.close();
      process.exit(0);
  }
});
