import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.ts';
import type { RunningInstance } from '../../src/runtime.ts';
import { useDemoApp } from '../support/demo-app.ts';

let instance: RunningInstance;
let app: ReturnType<typeof createApp>;
let agent: Record<string, string>;
// No rate limit here: these tests are one client making many requests (the limit has its own tests).
useDemoApp({ MAX_BODY_BYTES: '4096', MAX_TEXT_CHARS: '500' }, (demo) => ({ instance, app, agent } = demo));

/** POST /v1/investigations is the helpdesk system's route: agent key required. */
const post = (body: unknown, headers: Record<string, string> = {}) =>
  app.request('/v1/investigations', { method: 'POST', headers: { 'content-type': 'application/json', ...agent, ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

async function expectProblem(res: Response, status: number, code: string, field?: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  const body = await res.json();
  expect(body).toMatchObject({ status, code });
  expect(body.title.length).toBeGreaterThan(0);
  if (field) expect(body.errors.map((e: { field: string }) => e.field)).toContain(field);
  return body;
}

describe('POST /v1/investigations', () => {
  it('investigates a demo hash pasted in Chinese text', async () => {
    const c = instance.demoCases.find((x) => x.scenario === 'wrong-network')!;
    const res = await post({ text: `${c.text} ${c.txHash}` });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ lang: 'zh', category: 'missing', priority: 'P2', demo: true });
    expect(body.findings[0]).toMatchObject({ code: 'WRONG_NETWORK', severity: 'high' });
    expect(body.transactions[0]).toMatchObject({ network: 'bsc', status: 'success', tokenTransfers: [{ symbol: 'USDT', amount: { formatted: '200' } }] });
    expect(body.suggestedReply).toContain('您好');
    expect(body.nextSteps.length).toBeGreaterThan(0);
    const again = await app.request(`/v1/investigations/${body.id}`, { headers: agent });
    expect((await again.json()).id).toBe(body.id);
    const recent = await (await app.request('/v1/investigations?limit=5', { headers: agent })).json();
    expect(recent[0]).toMatchObject({ id: body.id, category: 'missing', priority: 'P2', codes: ['WRONG_NETWORK', 'TX_CONFIRMED'], networks: ['bsc'] });
  });

  it('rejects an empty complaint', async () => {
    await expectProblem(await post({}), 400, 'INVALID_INPUT', 'body');
    await expectProblem(await post({ text: '   ' }), 400, 'INVALID_INPUT', 'body');
  });

  it('rejects a malformed hash, naming the field', async () => {
    const body = await expectProblem(await post({ txHash: '0x1234' }), 400, 'INVALID_INPUT', 'txHash');
    expect(body.errors[0].message).toMatch(/not a transaction id/);
  });

  it('rejects an unknown network', async () => {
    const body = await expectProblem(await post({ txHash: `0x${'ab'.repeat(32)}`, network: 'dogechain' }), 400, 'UNKNOWN_NETWORK', 'network');
    expect(body.errors[0].message).toContain('ethereum');
  });

  it('rejects wrong types and unknown languages', async () => {
    await expectProblem(await post({ text: 42 }), 400, 'INVALID_INPUT', 'text');
    await expectProblem(await post({ text: 'hi', lang: 'fr' }), 400, 'INVALID_INPUT', 'lang');
  });

  it('rejects malformed JSON', async () => {
    await expectProblem(await post('{"text": '), 400, 'INVALID_INPUT');
  });

  it('rejects an oversized complaint text and an oversized body', async () => {
    await expectProblem(await post({ text: '没到账'.repeat(300) }), 400, 'INVALID_INPUT', 'text');
    await expectProblem(await post({ text: 'x'.repeat(10_000) }), 413, 'PAYLOAD_TOO_LARGE');
  });
});

describe('GET /v1/tx', () => {
  it('searches every network and answers in the Accept-Language', async () => {
    const c = instance.demoCases.find((x) => x.scenario === 'revert-with-reason')!;
    const res = await app.request(`/v1/tx/${c.txHash}`, { headers: { 'accept-language': 'zh-CN,zh;q=0.9', ...agent } });
    const body = await res.json();
    expect(body).toMatchObject({ lang: 'zh', category: 'failure' });
    expect(body.findings[0].code).toBe('TX_REVERTED');
  });

  it('looks on one network only', async () => {
    const c = instance.demoCases.find((x) => x.scenario === 'wrong-network')!;
    const onBsc = await (await app.request(`/v1/tx/bsc/${c.txHash}`, { headers: agent })).json();
    expect(onBsc.lookups).toEqual([{ txHash: c.txHash, network: 'bsc', outcome: 'found' }]);
    const onEth = await (await app.request(`/v1/tx/ethereum/${c.txHash}?lang=en`, { headers: agent })).json();
    expect(onEth.findings[0].code).toBe('TX_NOT_FOUND');
  });

  it('accepts a network alias and rejects garbage', async () => {
    const c = instance.demoCases.find((x) => x.scenario === 'wrong-network')!;
    expect((await app.request(`/v1/tx/BEP20/${c.txHash}`)).status).toBe(200);
    await expectProblem(await app.request('/v1/tx/bsc/not-a-hash'), 400, 'INVALID_INPUT', 'hash');
    await expectProblem(await app.request(`/v1/tx/nowhere/${c.txHash}`), 400, 'UNKNOWN_NETWORK');
  });
});

describe('meta', () => {
  it('lists the demo cases', async () => {
    const cases = await (await app.request('/v1/demo')).json();
    expect(cases.length).toBe(instance.demoCases.length);
    expect(cases[0]).toHaveProperty('expectedCode');
  });

  it('serves health, OpenAPI and docs', async () => {
    expect(await (await app.request('/healthz')).json()).toMatchObject({ ok: true, mode: 'demo' });
    const doc = await (await app.request('/openapi.json')).json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/v1/investigations', '/v1/investigations/{id}', '/v1/tx/{network}/{hash}', '/v1/tx/{hash}', '/v1/demo', '/healthz']));
    expect(doc.components.securitySchemes.agentKey).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.paths['/v1/investigations'].post.security).toEqual([{ agentKey: [] }]);
    expect(doc.paths['/v1/tx/{hash}'].get.security).toBeUndefined();
    expect(await (await app.request('/docs')).text()).toContain('/v1/investigations');
  });

  it('answers unknown routes with a problem body', async () => {
    await expectProblem(await app.request('/v2/nothing'), 404, 'NOT_FOUND');
  });
});
