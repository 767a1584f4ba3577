import http from 'node:http';
import https from 'node:https';

/** What an exchange needs from HTTP: status, headers (lowercase keys) and the whole body as text. */
export interface HttpAnswer {
  status: number;
  headers: Record<string, string>;
  text: string;
}

export interface HttpInit {
  method: string;
  headers?: Record<string, string>;
  body?: string;
  /** The whole exchange (connect, answer, body) must end within this. */
  timeoutMs: number;
}

/** No answer in time (`timeout`), none at all (`connect`), or a body cut off (`body`). */
export class TransportError extends Error {
  constructor(
    readonly phase: 'connect' | 'body' | 'timeout',
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(phase === 'timeout' ? 'timed out' : `${phase === 'body' ? 'connection closed mid-answer' : 'unreachable'} (${code})`, options);
  }
}

export type HttpTransport = (url: string, init: HttpInit) => Promise<HttpAnswer>;

// Keep-alive: a lookup's two batches, and the next lookup, reuse the connection. Idle
// sockets are closed before typical servers (Node: 5 s) close them.
const agents = {
  'http:': new http.Agent({ keepAlive: true, timeout: 4_000 }),
  'https:': new https.Agent({ keepAlive: true, timeout: 4_000 }),
};

/** Endpoint URLs are few and fixed: parse each once. */
const parsed = new Map<string, { mod: typeof http | typeof https; options: http.RequestOptions }>();
function target(url: string) {
  let t = parsed.get(url);
  if (!t) {
    const u = new URL(url);
    const protocol = u.protocol as 'http:' | 'https:';
    t = {
      mod: protocol === 'https:' ? https : http,
      options: { protocol, hostname: u.hostname, port: u.port || undefined, path: u.pathname + u.search, agent: agents[protocol], auth: u.username ? `${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}` : undefined },
    };
    if (parsed.size > 1_000) parsed.clear();
    parsed.set(url, t);
  }
  return t;
}

/**
 * node:http(s) with keep-alive. Cheaper per request than the global fetch (undici's
 * WHATWG streams and AbortSignals cost ~0.5 ms of CPU per request here), and it reads a
 * large body (multi-MB eth_getLogs) in one concatenation. A request that fails on a
 * reused keep-alive socket before any answer (the server closed it meanwhile) is sent
 * once more on a fresh one, as the Node docs advise; every request we make is a read.
 */
export const nodeHttp: HttpTransport = (url, init) => send(url, init, true, performance.now() + init.timeoutMs);

function send(url: string, init: HttpInit, mayResend: boolean, deadline: number): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const { mod, options } = target(url);
    // A string body goes out in one write with the headers (a Buffer would be a writev).
    const body = init.body;
    const headers: Record<string, string | number> = { ...init.headers };
    if (body !== undefined) headers['content-length'] = Buffer.byteLength(body);
    let answered = false;
    let timedOut = false;
    const req = mod.request({ ...options, method: init.method, headers }, (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        clearTimeout(timer);
        if (!res.complete) return reject(new TransportError('body', 'incomplete'));
        const out: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
        resolve({ status: res.statusCode ?? 0, headers: out, text: Buffer.concat(chunks).toString('utf8') });
      });
      res.on('error', (err) => fail(err));
      res.on('close', () => {
        if (!res.complete) fail(new Error('closed'));
      });
    });
    const timer = setTimeout(() => {
      timedOut = true;
      req.destroy(new Error('timeout'));
    }, Math.max(0, deadline - performance.now()));
    const fail = (err: unknown) => {
      clearTimeout(timer);
      if (timedOut) return reject(new TransportError('timeout', 'timeout', { cause: err }));
      reject(new TransportError(answered ? 'body' : 'connect', codeOf(err), { cause: err }));
    };
    req.on('error', (err) => {
      if (!answered && !timedOut && mayResend && req.reusedSocket && /ECONNRESET|EPIPE/.test(codeOf(err))) {
        clearTimeout(timer);
        send(url, init, false, deadline).then(resolve, reject);
        return;
      }
      fail(err);
    });
    req.end(body);
  });
}

function codeOf(err: unknown): string {
  const e = err as { code?: string; name?: string; message?: string };
  return e?.code ?? e?.name ?? e?.message ?? 'error';
}

/** A transport over a fetch function (tests script answers with a fake fetch). */
export function fetchTransport(fetchImpl: typeof fetch): HttpTransport {
  return async (url, init) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), init.timeoutMs);
    try {
      let res: Response;
      try {
        res = await fetchImpl(url, { method: init.method, headers: init.headers, body: init.body, signal: controller.signal });
      } catch (err) {
        if (controller.signal.aborted) throw new TransportError('timeout', 'timeout', { cause: err });
        const e = err as { cause?: { code?: string } };
        throw new TransportError('connect', e?.cause?.code ?? codeOf(err), { cause: err });
      }
      let text: string;
      try {
        text = await res.text();
      } catch (err) {
        throw new TransportError(controller.signal.aborted ? 'timeout' : 'body', codeOf(err), { cause: err });
      }
      const headers: Record<string, string> = {};
      res.headers.forEach((v, k) => (headers[k] = v));
      return { status: res.status, headers, text };
    } finally {
      clearTimeout(timer);
    }
  };
}
