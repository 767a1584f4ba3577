import { serve, type ServerType } from '@hono/node-server';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/api/app.ts';
import type { RunningInstance } from '../../src/runtime.ts';
import { startDemoInstance } from '../support/instance.ts';
import { expectQuietAbort } from '../support/client-abort.ts';

/**
 * Bodies as @hono/node-server serves them (app.request() never reaches Node's stream):
 * with a declared length they are read straight from Node's stream (src/api/middleware/
 * request-body.ts), chunked ones through the WHATWG Request; either way as before: UTF-8
 * decoding, the body limit, and a client hanging up told apart from an error.
 */
let instance: RunningInstance;
let server: ServerType;
let port: number;
let agent: Record<string, string>;
beforeAll(async () => {
  instance = await startDemoInstance({ MAX_BODY_BYTES: '4096', RATE_LIMIT_PER_MINUTE: '0' });
  agent = { authorization: `Bearer ${instance.agentKey}` };
  const app = createApp(instance);
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
      port = info.port;
      resolve();
    });
  });
});
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  await instance?.close();
});
afterEach(() => vi.restoreAllMocks());

/** One request, its body written in the given pieces (no content-length: chunked). */
function post(path: string, headers: Record<string, string>, pieces: (string | Buffer)[]): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    for (const p of pieces) req.write(p);
    req.end();
  });
}

const json = { 'content-type': 'application/json' };

describe('a JSON body over HTTP', () => {
  it('is decoded as UTF-8, a leading byte order mark dropped', async () => {
    const c = instance.demoCases.find((x) => x.scenario === 'wrong-network')!;
    const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify({ text: `${c.text} ${c.txHash}` }))]);
    const res = await post('/v1/investigations', { ...json, ...agent, 'content-length': String(body.length) }, [body]);
    expect(res.status).toBe(200);
    const inv = JSON.parse(res.body);
    expect(inv.lang).toBe('zh');
    expect(inv.findings[0].code).toBe('WRONG_NETWORK');
  });

  it('arriving in pieces (chunked) is read whole', async () => {
    const c = instance.demoCases.find((x) => x.scenario === 'wrong-network')!;
    const text = JSON.stringify({ text: `${c.text} ${c.txHash}` });
    const res = await post('/v1/investigations', { ...json, ...agent }, [text.slice(0, 10), text.slice(10)]);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).findings[0].code).toBe('WRONG_NETWORK');
  });

  it('over the limit is refused with 413, declared or not', async () => {
    const big = JSON.stringify({ text: 'x'.repeat(5_000) });
    const declared = await post('/v1/investigations', { ...json, ...agent, 'content-length': String(big.length) }, [big]);
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body)).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    const chunked = await post('/v1/investigations', { ...json, ...agent }, [big.slice(0, 3_000), big.slice(3_000)]);
    expect(chunked.status).toBe(413);
  });

  it('is not read when the caller is refused first (401)', async () => {
    const res = await post('/v1/investigations', { ...json }, ['{"text":"x"}']);
    expect(res.status).toBe(401);
  });

  it('cut off by a client hanging up is logged as an abort, with no stack trace and no 500', async () => {
    await expectQuietAbort((server.address() as AddressInfo).port, ['POST /v1/investigations HTTP/1.1', 'host: 127.0.0.1', 'content-type: application/json', `authorization: ${agent.authorization}`, 'content-length: 3000', '', '{"text":"my usdt'].join('\r\n'));
  });
});
