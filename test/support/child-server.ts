import { fork, type ChildProcess } from 'node:child_process';

export interface ChildServer {
  url: string;
  child: ChildProcess;
  /** kill -9: no shutdown hooks, no flushing. */
  kill9(): Promise<void>;
  stop(): Promise<void>;
  /** Background work done by this instance; `…ByJob` of it for a pg-boss job (the rest by the sweep or the in-process loop). */
  stats(): Promise<{ mode?: 'pg-boss' | 'in-process'; owner?: string; rechecks: number; rechecksByJob: number; attempts: number; attemptsByJob: number; delivered: number; upstream: unknown }>;
}

/** Starts test/support/case-server.ts in a child process with this config. */
export async function startChildServer(env: Record<string, string>): Promise<ChildServer> {
  const child = fork(new URL('./case-server.ts', import.meta.url).pathname, [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, ...Object.fromEntries(Object.entries(env).map(([k, v]) => [`TXT_${k}`, v])) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const port = await new Promise<number>((resolve, reject) => {
    child.on('message', (m: { type: string; port?: number }) => m.type === 'ready' && resolve(m.port!));
    child.once('exit', (code) => reject(new Error(`case server exited with ${code} before it was ready`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    async kill9() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
    stats: () =>
      new Promise((resolve) => {
        const on = (m: { type: string }) => {
          if (m.type !== 'stats') return;
          child.off('message', on);
          resolve(m as never);
        };
        child.on('message', on);
        child.send({ type: 'stats' });
      }),
  };
}
