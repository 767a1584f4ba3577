import { Hono } from 'hono';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startHttpServer } from '../../src/server/http-server.ts';
import { gracefulShutdown } from '../../src/server/shutdown.ts';

/** SIGTERM: stop accepting, finish what is in flight (up to the grace period), then the hooks (outbox flush). */
const limits = { requestTimeoutMs: 5_000, headersTimeoutMs: 2_000, keepAliveTimeoutMs: 5_000, maxConnections: 100, maxConnectionsPerClient: 0 };

async function start(delayMs: number) {
  const app = new Hono().get('/slow', async (c) => {
    await new Promise((r) => setTimeout(r, delayMs));
    return c.text('done');
  });
  const server = await new Promise<ReturnType<typeof startHttpServer>>((resolve) => {
    const s = startHttpServer(app.fetch, { port: 0, hostname: '127.0.0.1', limits }, () => resolve(s));
  });
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe('graceful shutdown', () => {
  it('finishes the request in flight, refuses new ones, then runs the hooks', async () => {
    const { server, url } = await start(300);
    const inFlight = fetch(`${url}/slow`).then(async (r) => ({ status: r.status, text: await r.text() }));
    await new Promise((r) => setTimeout(r, 50));
    const events: string[] = [];
    const done = gracefulShutdown(server, { graceMs: 5_000, hooks: [async () => void events.push('outbox flushed')] }).then((r) => (events.push('closed'), r));
    await new Promise((r) => setTimeout(r, 20));
    await expect(fetch(`${url}/slow`)).rejects.toThrow();
    expect(await inFlight).toEqual({ status: 200, text: 'done' });
    expect(await done).toEqual({ cut: false });
    expect(events).toEqual(['outbox flushed', 'closed']);
  });

  it('cuts what is still running at the end of the grace period', async () => {
    const { server, url } = await start(5_000);
    const inFlight = fetch(`${url}/slow`).then((r) => r.status, () => 'cut');
    await new Promise((r) => setTimeout(r, 50));
    const t0 = performance.now();
    expect(await gracefulShutdown(server, { graceMs: 300 })).toEqual({ cut: true });
    expect(performance.now() - t0).toBeLessThan(2_000);
    expect(await inFlight).toBe('cut');
  });
});
