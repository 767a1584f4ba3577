import type { IncomingMessage } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

/** Node's request, when @hono/node-server serves this one (absent under app.request() in tests). */
function incomingOf(c: Context): IncomingMessage | undefined {
  return (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
}

/** WHATWG `text()` decodes so: UTF-8, a leading BOM dropped, bad bytes replaced. */
const utf8 = new TextDecoder();

/**
 * The body limit (413 past `maxBytes`), and request bodies read as text or bytes
 * straight from Node's stream. hono's bodyLimit asks for the body, and through
 * @hono/node-server that builds a WHATWG Request with an AbortController and two
 * ReadableStreams stacked on the socket stream (~0.1 ms of CPU per request here): for
 * nothing on GET and HEAD (no body); and with a declared length, Node's headers say
 * the size and its parser reads no more than that. Reading stays lazy: a route that
 * refuses before reading (401) reads nothing. A body without a declared length
 * (chunked), forms and blobs take hono's and the Request's way, as before.
 */
export const requestBody = (opts: { maxBytes: number; tooLarge: (c: Context) => Response }): MiddlewareHandler => {
  const honoBodyLimit = bodyLimit({ maxSize: opts.maxBytes, onError: opts.tooLarge });
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const incoming = incomingOf(c);
    const declared = incoming && incoming.headers['transfer-encoding'] === undefined ? incoming.headers['content-length'] : undefined;
    if (!incoming || declared === undefined) return honoBodyLimit(c, next);
    if (parseInt(declared, 10) > opts.maxBytes) return opts.tooLarge(c);
    let bytes: Promise<Buffer> | undefined;
    const read = () => (bytes ??= readAll(incoming));
    Object.defineProperties(c.req.raw, {
      text: { value: () => read().then((b) => utf8.decode(b)) },
      arrayBuffer: { value: () => read().then((b) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength)) },
    });
    return next();
  };
};

function readAll(incoming: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.once('end', () => resolve(Buffer.concat(chunks)));
    incoming.once('error', reject);
    // A client that hangs up mid-body: 'close' without 'end' (onError tells it apart by the same signs).
    incoming.once('close', () => {
      if (!incoming.complete) reject(new Error('the client closed the connection mid-body'));
    });
  });
}
