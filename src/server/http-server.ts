import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { bucketKey } from '../api/middleware/rate-limit.ts';

export interface ConnectionLimits {
  /** Whole request (headers and body) must arrive within this (slow bodies). */
  requestTimeoutMs: number;
  /** Headers must arrive within this, also on a connection that sends nothing (idle sockets). */
  headersTimeoutMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
  /** Open connections per process; more are refused. */
  maxConnections: number;
  /** Open connections per client (IPv4 address or IPv6 /64); 0 = no cap (behind a proxy, cap there). */
  maxConnectionsPerClient: number;
}

/**
 * The HTTP server with its connection limits: Node's defaults let a request's body take
 * 300 s and never cap connections, so idle or slow sockets from one host could fill the
 * file-descriptor limit and shut everyone out.
 */
export function startHttpServer(fetch: (req: Request, env: unknown) => Response | Promise<Response>, opts: { port: number; hostname: string; limits: ConnectionLimits }, onListening?: (port: number) => void): Server {
  const { limits } = opts;
  const server = serve(
    {
      fetch,
      port: opts.port,
      hostname: opts.hostname,
      serverOptions: {
        requestTimeout: limits.requestTimeoutMs,
        headersTimeout: limits.headersTimeoutMs,
        keepAliveTimeout: limits.keepAliveTimeoutMs,
        // How often the timeouts above are enforced (Node's default is 30 s).
        connectionsCheckingInterval: Math.max(100, Math.min(1_000, limits.headersTimeoutMs / 2)),
      },
    },
    (info) => onListening?.(info.port),
  ) as Server;
  server.maxConnections = limits.maxConnections;
  if (limits.maxConnectionsPerClient > 0) capPerClient(server, limits.maxConnectionsPerClient);
  return server;
}

function capPerClient(server: Server, max: number): void {
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const client = bucketKey(socket.remoteAddress ?? 'unknown');
    const n = (open.get(client) ?? 0) + 1;
    if (n > max) {
      socket.destroy();
      return;
    }
    open.set(client, n);
    socket.once('close', () => {
      const left = (open.get(client) ?? 1) - 1;
      if (left <= 0) open.delete(client);
      else open.set(client, left);
    });
  });
}

/** The limits from configuration. */
export function connectionLimits(config: { HTTP_REQUEST_TIMEOUT_MS: number; HTTP_HEADERS_TIMEOUT_MS: number; HTTP_KEEPALIVE_TIMEOUT_MS: number; MAX_CONNECTIONS: number; MAX_CONNECTIONS_PER_CLIENT: number }): ConnectionLimits {
  return {
    requestTimeoutMs: config.HTTP_REQUEST_TIMEOUT_MS,
    headersTimeoutMs: Math.min(config.HTTP_HEADERS_TIMEOUT_MS, config.HTTP_REQUEST_TIMEOUT_MS),
    keepAliveTimeoutMs: config.HTTP_KEEPALIVE_TIMEOUT_MS,
    maxConnections: config.MAX_CONNECTIONS,
    maxConnectionsPerClient: config.MAX_CONNECTIONS_PER_CLIENT,
  };
}
