import { Hono } from 'hono';
import type { Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer } from '../../src/server/http-server.ts';

/**
 * Idle sockets and slow bodies (the patterns that once filled the file-descriptor limit
 * and held /console/login open for 120 s), in small numbers and short limits.
 */
let server: Server;
let port: number;
const limits = { requestTimeoutMs: 1_000, headersTimeoutMs: 500, keepAliveTimeoutMs: 300, maxConnections: 50, maxConnectionsPerClient: 5 };

beforeAll(async () => {
  const app = new Hono().get('/', (c) => c.text('ok')).post('/console/login', async (c) => c.text(`read ${(await c.req.text()).length}`));
  await new Promise<void>((resolve) => {
    server = startHttpServer(app.fetch, { port: 0, hostname: '127.0.0.1', limits }, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

/** Opens a socket; resolves with it and a promise of when (ms after open) the server closed it. */
async function open(): Promise<{ socket: Socket; closed: Promise<number>; received: () => string }> {
  const socket = connect(port, '127.0.0.1');
  let data = '';
  socket.on('data', (d) => (data += d));
  socket.on('error', () => {});
  const t0 = performance.now();
  const closed = new Promise<number>((r) => socket.once('close', () => r(performance.now() - t0)));
  await new Promise<void>((r, reject) => {
    socket.once('connect', () => r());
    socket.once('close', () => reject(new Error('closed before connecting')));
  });
  return { socket, closed, received: () => data };
}

describe('connection limits', () => {
  it('closes idle sockets that send nothing, and caps them per client', async () => {
    const sockets = await Promise.all(Array.from({ length: 8 }, () => open().catch(() => undefined)));
    const times = await Promise.all(sockets.map((s) => s?.closed ?? Promise.resolve(0)));
    // Over the per-client cap: closed at once. The rest: closed by the headers timeout (+ the check interval).
    expect(times.filter((t) => t < 400).length).toBeGreaterThanOrEqual(3);
    for (const t of times) expect(t).toBeLessThan(limits.headersTimeoutMs + 1_500);
  });

  it('ends a slow body at the request timeout, not after minutes', async () => {
    const { socket, closed, received } = await open();
    socket.write('POST /console/login HTTP/1.1\r\nhost: x\r\ncontent-type: application/x-www-form-urlencoded\r\ncontent-length: 10000\r\n\r\nkey=');
    const drip = setInterval(() => socket.writable && socket.write('a'), 100);
    const ms = await closed;
    clearInterval(drip);
    expect(ms).toBeLessThan(limits.requestTimeoutMs + 1_500);
    expect(received()).toMatch(/^HTTP\/1.1 408|^$/);
  });

  it('closes an idle keep-alive connection after its timeout', async () => {
    const { socket, closed, received } = await open();
    socket.write('GET / HTTP/1.1\r\nhost: x\r\n\r\n');
    const ms = await closed;
    expect(received()).toContain('200 OK');
    expect(ms).toBeLessThan(limits.keepAliveTimeoutMs + 1_500);
  });

  it('still serves a normal client while another holds its quota of idle sockets', async () => {
    const idle = await Promise.all(Array.from({ length: 5 }, () => open()));
    const res = await fetch(`http://localhost:${port}/`).catch((e) => e as Error);
    // The same host (127.0.0.1) is over its quota; "localhost" may resolve to ::1, another client.
    if (res instanceof Response) expect(res.status).toBe(200);
    for (const s of idle) s.socket.destroy();
  });
});
