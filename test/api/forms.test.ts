import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/api/app.ts';
import type { RunningInstance } from '../../src/runtime.ts';
import { useDemoApp } from '../support/demo-app.ts';
import { expectQuietAbort } from '../support/client-abort.ts';

/** Posted forms that do not parse are the client's mistake (400), and a client hanging up is an abort, not an error. */
let instance: RunningInstance;
let app: ReturnType<typeof createApp>;
useDemoApp({}, (demo) => ({ instance, app } = demo));
afterEach(() => vi.restoreAllMocks());

const brokenForms: [string, string, string][] = [
  ['multipart without a boundary', 'multipart/form-data', '--x\r\ncontent-disposition: form-data; name="key"\r\n\r\nabc\r\n--x--\r\n'],
  ['multipart with a broken body', 'multipart/form-data; boundary=abc', '--abc\r\nbroken'],
  ['multipart with an empty body', 'multipart/form-data; boundary=abc', ''],
  ['multipart with a part and no end', 'multipart/form-data; boundary=abc', '--abc\r\ncontent-disposition: form-data; name="key"\r\n\r\nvalue'],
];

describe('malformed forms', () => {
  it.each(brokenForms)('POST /console/login with %s answers 400 INVALID_INPUT', async (_name, type, body) => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await app.request('/console/login', { method: 'POST', headers: { 'content-type': type }, body });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ status: 400, code: 'INVALID_INPUT' });
    expect(errors).not.toHaveBeenCalled();
  });

  it('the console forms too, for a signed-in agent', async () => {
    const login = await app.request('/console/login', { method: 'POST', body: new URLSearchParams({ key: instance.agentKey! }) });
    const cookie = login.headers.get('set-cookie')!.split(';')[0];
    for (const path of ['/console', '/console/i/00000000-0000-4000-8000-000000000000/reply']) {
      const res = await app.request(path, { method: 'POST', headers: { cookie, 'content-type': 'multipart/form-data' }, body: '--x\r\nbroken' });
      expect([400, 404]).toContain(res.status);
    }
  });
});

describe('a client that hangs up mid-body', () => {
  let server: ServerType;
  let port: number;
  beforeAll(async () => {
    await new Promise<void>((resolve) => {
      server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
        port = info.port;
        resolve();
      });
    });
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('is logged as an abort, with no stack trace and no 500', async () => {
    await expectQuietAbort((server.address() as AddressInfo).port ?? port, ['POST /console/login HTTP/1.1', 'host: 127.0.0.1', 'content-type: multipart/form-data; boundary=abc', 'content-length: 5000', '', '--abc\r\ncontent-disposition: form-data; name="key"\r\n\r\npart'].join('\r\n'));
  });
});
