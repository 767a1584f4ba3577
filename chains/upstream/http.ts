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
  signal: AbortSignal;
}

/** Failed before an answer began (`connect`) or while its body was arriving (`body`). */
export class TransportError extends Error {
  constructor(
    readonly phase: 'connect' | 'body',
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(`${phase === 'body' ? 'connection closed mid-answer' : 'unreachable'} (${code})`, options);
  }
}

export type HttpTransport = (url: string, init: HttpInit) => Promise<HttpAnswer>;

// Keep-alive: a lookup's two batches, and the next lookup, reuse the connection. Idle
// sockets are closed before typical servers (Node: 5 s) close them.
const agents = {
  'http:': new http.Agent({ keepAlive: true, timeout: 4_000 }),
  'https:': new https.Agent({ keepAlive: true, timeout: 4_000 }),
};

/**
 * node:http(s) with keep-alive. Cheaper per request than the global fetch (undici's
 * WHATWG streams cost ~0.5 ms of CPU per request here), and it reads a large body
 * (multi-MB eth_getLogs) in one concatenation. A request that fails on a reused
 * keep-alive socket before any answer (the server closed it meanwhile) is sent once more
 * on a fresh one, as the Node docs advise; every request we make is a read.
 */
export const nodeHttp: HttpTransport = (url, init) => send(url, init, true);

function send(url: string, init: HttpInit, mayResend: boolean): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const mod = u.protocol === 'https:' ? https : http;
    const body = init.body === undefined ? undefined : Buffer.from(init.body);
    const headers: Record<string, string | number> = { ...init.headers };
    if (body) headers['content-length'] = body.length;
    let answered = false;
    const req = mod.request(u, { method: init.method, headers, agent: agents[u.protocol as 'http:' | 'https:'], signal: init.signal }, (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        if (!res.complete) return reject(new TransportError('body', 'incomplete'));
        const out: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
        resolve({ status: res.statusCode ?? 0, headers: out, text: Buffer.concat(chunks).toString('utf8') });
      });
      res.on('error', (err) => reject(new TransportError('body', codeOf(err), { cause: err })));
      res.on('close', () => {
        if (!res.complete) reject(new TransportError('body', 'closed'));
      });
    });
    req.on('error', (err) => {
      if (!answered && mayResend && req.reusedSocket && !init.signal.aborted && /ECONNRESET|EPIPE/.test(codeOf(err))) {
        send(url, init, false).then(resolve, reject);
        return;
      }
      reject(new TransportError(answered ? 'body' : 'connect', codeOf(err), { cause: err }));
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
    let res: Response;
    try {
      res = await fetchImpl(url, { method: init.method, headers: init.headers, body: init.body, signal: init.signal });
    } catch (err) {
      const e = err as { cause?: { code?: string } };
      throw new TransportError('connect', e?.cause?.code ?? codeOf(err), { cause: err });
    }
    let text: string;
    try {
      text = await res.text();
    } catch (err) {
      throw new TransportError('body', codeOf(err), { cause: err });
    }
    const headers: Record<string, string> = {};
    res.headers.forEach((v, k) => (headers[k] = v));
    return { status: res.status, headers, text };
  };
}
