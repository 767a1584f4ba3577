import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A local HTTP proxy in front of a local chain (hardhat JSON-RPC node, the TRON
 * stand-in, any HTTP API) that behaves like a bad public endpoint: added round-trip time,
 * dropped connections, 429 with Retry-After, 500s, malformed JSON, truncated bodies, a
 * node lagging behind the head, or silence. Every request is logged with its arrival and
 * answer times (the benchmark derives round trips on the critical path from them).
 */
export type Fault =
  | { kind: 'pass' }
  /** Answer normally after `ms` more. */
  | { kind: 'latency'; ms: number }
  /** Close the connection without answering. */
  | { kind: 'drop' }
  /** Accept and never answer (a hung node). */
  | { kind: 'hang' }
  | { kind: 'http_429'; retryAfterSeconds?: number }
  /** HTTP 500 with an HTML error page. */
  | { kind: 'http_500' }
  /** HTTP 200, content-type JSON, a body that is not JSON (a gateway's error page). */
  | { kind: 'malformed_json' }
  /** The real answer, its full Content-Length declared, cut in the middle, connection closed. */
  | { kind: 'truncated' }
  /**
   * JSON-RPC node `blocks` behind: eth_blockNumber answers head − blocks, and
   * eth_getTransactionByHash / eth_getTransactionReceipt answer null for transactions
   * that are pending or in a later block.
   */
  | { kind: 'lagging'; blocks: number };

export interface ProxiedRequest {
  /** ms (performance.now()) when the request arrived and when its answer was sent (or it ended). */
  start: number;
  end: number;
  path: string;
  /** JSON-RPC methods in the body, or [path]. */
  methods: string[];
  fault: Fault['kind'];
}

export interface FaultProxy {
  url: string;
  /** Added to every request (half before forwarding, half after): the injected round-trip time. */
  rttMs: number;
  /**
   * Applies a fault to the next `times` matching requests (default: all of them until
   * changed). `match` selects requests by their JSON-RPC methods / path.
   */
  setFault(fault: Fault, opts?: { times?: number; match?: (methods: string[]) => boolean }): void;
  requests: ProxiedRequest[];
  clearLog(): void;
  close(): Promise<void>;
}

const sleep = (ms: number) => (ms > 0 ? new Promise<void>((r) => setTimeout(r, ms)) : Promise.resolve());

function methodsOf(body: string, path: string): string[] {
  try {
    const parsed = JSON.parse(body) as { method?: string } | { method?: string }[];
    const list = (Array.isArray(parsed) ? parsed : [parsed]).map((p) => p?.method).filter((m): m is string => typeof m === 'string');
    if (list.length) return list;
  } catch {
    // not JSON-RPC
  }
  return [path];
}

export async function startFaultProxy(opts: { target: string; rttMs?: number }): Promise<FaultProxy> {
  const target = opts.target.replace(/\/+$/, '');
  let fault: Fault = { kind: 'pass' };
  let remaining = Infinity;
  let match: ((methods: string[]) => boolean) | undefined;
  const sockets = new Set<Socket>();
  const requests: ProxiedRequest[] = [];

  const forward = async (req: IncomingMessage, body: string) => {
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string' && !['host', 'connection', 'content-length'].includes(k)) headers[k] = v;
    const res = await fetch(target + (req.url ?? '/'), { method: req.method, headers, body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body });
    return { status: res.status, contentType: res.headers.get('content-type') ?? 'application/json', text: await res.text() };
  };

  const lagged = async (req: IncomingMessage, body: string, blocks: number) => {
    const headRes = await fetch(target, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_blockNumber', params: [] }) });
    const head = Number(((await headRes.json()) as { result: string }).result);
    const lagHead = Math.max(0, head - blocks);
    const answer = await forward(req, body);
    const sent = JSON.parse(body) as { id: number; method: string } | { id: number; method: string }[];
    const methodById = new Map((Array.isArray(sent) ? sent : [sent]).map((p) => [p.id, p.method]));
    const parsed = JSON.parse(answer.text) as Record<string, any> | Record<string, any>[];
    for (const item of Array.isArray(parsed) ? parsed : [parsed]) {
      const method = methodById.get(item.id);
      if (method === 'eth_blockNumber') item.result = `0x${lagHead.toString(16)}`;
      if ((method === 'eth_getTransactionByHash' || method === 'eth_getTransactionReceipt') && item.result) {
        const bn = item.result.blockNumber;
        if (bn == null || Number(bn) > lagHead) item.result = null;
      }
    }
    return { ...answer, text: JSON.stringify(parsed) };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse, body: string) => {
    const path = (req.url ?? '/').split('?')[0];
    const methods = methodsOf(body, path);
    const applies = remaining > 0 && (!match || match(methods));
    const f: Fault = applies ? fault : { kind: 'pass' };
    if (applies && fault.kind !== 'pass') remaining--;
    const entry: ProxiedRequest = { start: performance.now(), end: 0, path, methods, fault: f.kind };
    requests.push(entry);
    const done = () => (entry.end = performance.now());
    res.on('close', done);
    await sleep(proxy.rttMs / 2);
    switch (f.kind) {
      case 'drop':
        req.socket.destroy();
        return;
      case 'hang':
        return;
      case 'http_429':
        await sleep(proxy.rttMs / 2);
        res.writeHead(429, { 'content-type': 'text/plain', 'retry-after': String(f.retryAfterSeconds ?? 1) }).end('Too Many Requests');
        return;
      case 'http_500':
        await sleep(proxy.rttMs / 2);
        res.writeHead(500, { 'content-type': 'text/html' }).end('<html><body><h1>500 Internal Server Error</h1></body></html>');
        return;
      case 'malformed_json':
        await sleep(proxy.rttMs / 2);
        res.writeHead(200, { 'content-type': 'application/json' }).end('<html><body>upstream temporarily unavailable</body></html>');
        return;
    }
    const answer = f.kind === 'lagging' ? await lagged(req, body, f.blocks) : await forward(req, body);
    await sleep(proxy.rttMs / 2 + (f.kind === 'latency' ? f.ms : 0));
    if (f.kind === 'truncated') {
      const bytes = Buffer.from(answer.text);
      res.writeHead(answer.status, { 'content-type': answer.contentType, 'content-length': String(bytes.length) });
      res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => req.socket.destroy());
      return;
    }
    res.writeHead(answer.status, { 'content-type': answer.contentType }).end(answer.text);
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      handle(req, res, Buffer.concat(chunks).toString('utf8')).catch((err) => {
        if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' }).end(`proxy: ${String(err)}`);
        else res.destroy();
      });
    });
  });
  server.keepAliveTimeout = 30_000;
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;

  const proxy: FaultProxy = {
    url: `http://127.0.0.1:${port}`,
    rttMs: opts.rttMs ?? 0,
    setFault(next, o = {}) {
      fault = next;
      remaining = o.times ?? Infinity;
      match = o.match;
    },
    requests,
    clearLog() {
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
  return proxy;
}
