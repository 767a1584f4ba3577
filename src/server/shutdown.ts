import type { Server } from 'node:http';
import type { Logger } from '../log.ts';

export interface ShutdownOptions {
  /** How long in-flight requests (investigations) may take to finish. */
  graceMs: number;
  /** Run after the last request ended, in order (e.g. flushing the webhook outbox). */
  hooks?: readonly (() => Promise<void>)[];
  log?: Logger;
}

/**
 * SIGTERM: stop accepting connections, close idle keep-alive ones, let requests in flight
 * finish for up to `graceMs`, cut what is left, then run the hooks. Resolves when done;
 * the caller closes the instance and exits.
 */
export async function gracefulShutdown(server: Server, opts: ShutdownOptions): Promise<{ cut: boolean }> {
  const started = performance.now();
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  // Keep-alive sockets that finish a request meanwhile must not wait for the next one.
  const idleSweep = setInterval(() => server.closeIdleConnections(), 100);
  let timer: NodeJS.Timeout | undefined;
  const cut = await Promise.race([closed.then(() => false), new Promise<boolean>((r) => (timer = setTimeout(() => r(true), opts.graceMs)))]);
  clearTimeout(timer);
  clearInterval(idleSweep);
  if (cut) {
    opts.log?.warn('shutdown: grace period over, closing the connections left', { graceMs: opts.graceMs });
    server.closeAllConnections();
    await closed;
  }
  for (const hook of opts.hooks ?? []) {
    try {
      await hook();
    } catch (err) {
      opts.log?.error('shutdown hook failed', { error: String((err as Error)?.message ?? err) });
    }
  }
  opts.log?.info('shutdown complete', { ms: Math.round(performance.now() - started), cut });
  return { cut };
}
