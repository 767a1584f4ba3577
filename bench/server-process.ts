import { fork } from 'node:child_process';
import type { DemoChains, StartOptions } from '../src/runtime.ts';

/** The benchmark server (bench/server.ts) in its own process, so its CPU time is its own; driven over IPC. */
export interface ServerProcess {
  url: string;
  /** CPU time (user + system) the server process has used so far, in ms. */
  cpuMs(): Promise<number>;
  metrics(): Promise<unknown>;
  /** A V8 CPU profile of what runs between these two calls, written to `file`. */
  profileStart(): Promise<void>;
  profileStop(file: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Forks bench/server.ts (or `serverPath`: another checkout's, to compare two versions) and
 * starts an instance in it with this environment, these demo chains and this tuning.
 */
export async function startServerProcess(opts: { env: Record<string, string>; demoChains: DemoChains; tuning?: StartOptions['tuning']; execArgv?: string[]; serverPath?: string }): Promise<ServerProcess> {
  const path = opts.serverPath ?? new URL('./server.ts', import.meta.url).pathname;
  const child = fork(path, [], { execArgv: ['--import', 'tsx', ...(opts.execArgv ?? [])], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const waiting = new Map<string, (m: any) => void>();
  child.on('message', (m: any) => waiting.get(m.type)?.(m));
  // Each request is answered by a message of its own type (`start` by `ready`).
  const ask = (type: string, extra: object = {}) =>
    new Promise<any>((resolve) => {
      waiting.set(type === 'start' ? 'ready' : type, resolve);
      child.send({ type, ...extra });
    });
  // Only the chains' data crosses to the child (a running chains object also holds its servers).
  const { networks, endpoints, cases, labels } = opts.demoChains;
  const { port } = await ask('start', { env: opts.env, demoChains: { networks, endpoints, cases, labels }, tuning: opts.tuning });
  return {
    url: `http://127.0.0.1:${port}`,
    async cpuMs() {
      const { usage } = await ask('cpu');
      return (usage.user + usage.system) / 1000;
    },
    metrics: async () => (await ask('metrics')).snapshot,
    profileStart: async () => void (await ask('profile-start')),
    profileStop: async (file) => void (await ask('profile-stop', { file })),
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.send({ type: 'exit' });
      }),
  };
}
