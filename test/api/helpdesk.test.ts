import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.ts';
import { zendeskTickets } from '../../src/helpdesk/zendesk/client.ts';
import { defaultZendeskFieldMap, zendeskFieldMap } from '../../src/helpdesk/zendesk/field-map.ts';
import { zendeskFollowUp } from '../../src/helpdesk/zendesk/follow-up.ts';
import { followUpNote, investigationNote } from '../../src/helpdesk/zendesk/note.ts';
import { signZendesk, verifyZendeskSignature } from '../../src/helpdesk/zendesk/signature.ts';
import type { RunningInstance } from '../../src/runtime.ts';
import { startDemoInstance } from '../support/instance.ts';
import { startZendeskStandIn, type ZendeskStandIn } from '../support/zendesk-stand-in.ts';

/**
 * Helpdesk integrations end to end: a Zendesk ticket with a TRON hash reaches txtriage
 * through a signed webhook, is investigated, and gets an internal note (exact request body
 * checked at the local Zendesk stand-in); a re-check that changes the answer posts a second
 * note; the generic Standard Webhooks intake. A bad signature is a 401 and nothing happens.
 */
const ZENDESK_SECRET = 'zendesk-signing-secret-0123';
const INTAKE_SECRET = `whsec_${randomBytes(24).toString('base64')}`;
const EMAIL = 'txtriage@example.com';
const TOKEN = 'zendesk-api-token-abcdef';
let instance: RunningInstance;
let app: ReturnType<typeof createApp>;
let zendesk: ZendeskStandIn;

beforeAll(async () => {
  zendesk = await startZendeskStandIn({ email: EMAIL, token: TOKEN, ticketIds: [4242, 5151] });
  instance = await startDemoInstance({
    RATE_LIMIT_PER_MINUTE: '0',
    ZENDESK_WEBHOOK_SECRET: ZENDESK_SECRET,
    ZENDESK_URL: zendesk.apiUrl,
    ZENDESK_EMAIL: EMAIL,
    ZENDESK_API_TOKEN: TOKEN,
    INTAKE_WEBHOOK_SECRET: INTAKE_SECRET,
  });
  app = createApp(instance);
});
afterAll(async () => {
  await instance?.close();
  await zendesk?.close();
});

const tronCase = () => instance.demoCases.find((c) => c.scenario === 'tron-usdt-out-of-energy')!;

/** The JSON body docs/helpdesk.md tells the Zendesk trigger to send. */
const zendeskBody = (ticketId: number, text: string, locale = 'zh-cn') =>
  JSON.stringify({ ticket: { id: ticketId, subject: 'USDT 没到账', description: text, latest_comment: text, requester: { id: 9001, locale } } });

function signedZendesk(body: string, opts: { secret?: string; timestamp?: string } = {}) {
  const timestamp = opts.timestamp ?? new Date().toISOString();
  return { 'content-type': 'application/json', 'x-zendesk-webhook-signature': signZendesk(body, timestamp, opts.secret ?? ZENDESK_SECRET), 'x-zendesk-webhook-signature-timestamp': timestamp };
}

describe('Zendesk', () => {
  it('verifies signatures the way Zendesk signs (base64 HMAC-SHA256 of timestamp + body), within 5 minutes', () => {
    const ts = '2026-12-01T10:00:00Z';
    const sig = signZendesk('{"a":1}', ts, 'secret');
    expect(verifyZendeskSignature('{"a":1}', sig, ts, 'secret', Date.parse(ts) + 60_000)).toBe(true);
    expect(verifyZendeskSignature('{"a":2}', sig, ts, 'secret', Date.parse(ts))).toBe(false);
    expect(verifyZendeskSignature('{"a":1}', sig, ts, 'other', Date.parse(ts))).toBe(false);
    expect(verifyZendeskSignature('{"a":1}', sig, ts, 'secret', Date.parse(ts) + 6 * 60_000)).toBe(false);
    expect(verifyZendeskSignature('{"a":1}', undefined, ts, 'secret')).toBe(false);
  });

  it('refuses a bad signature with 401 and does nothing', async () => {
    const before = { requests: zendesk.requests.length, recent: instance.recent.list().length };
    const body = zendeskBody(4242, `USDT 没到账 ${tronCase().txHash}`);
    const attempts = [
      signedZendesk(body, { secret: 'not-the-secret-at-all' }),
      signedZendesk(body, { timestamp: new Date(Date.now() - 10 * 60_000).toISOString() }),
      { 'content-type': 'application/json' },
      { ...signedZendesk(body), 'x-zendesk-webhook-signature': signZendesk(body.replace('4242', '5151'), new Date().toISOString(), ZENDESK_SECRET) },
    ];
    for (const headers of attempts) {
      const res = await app.request('/v1/integrations/zendesk/events', { method: 'POST', headers, body });
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ status: 401, code: 'BAD_SIGNATURE' });
    }
    expect(zendesk.requests.length).toBe(before.requests);
    expect(instance.recent.list().length).toBe(before.recent);
  });

  it('turns a ticket with a TRON hash into an investigation and an internal note (exact request body)', async () => {
    const body = zendeskBody(4242, `我转 USDT 失败了，还扣了 TRX，哈希 ${tronCase().txHash}`);
    const res = await app.request('/v1/integrations/zendesk/events', { method: 'POST', headers: signedZendesk(body), body });
    expect(res.status).toBe(200);
    const answer = await res.json();
    expect(answer).toMatchObject({ ticketId: '4242', category: 'failure', noted: true });
    const inv = instance.recent.get(answer.investigationId)!;
    expect(inv.lang).toBe('zh');
    expect(inv.findings.map((f) => f.code)).toContain('TRON_OUT_OF_ENERGY');

    expect(zendesk.requests).toHaveLength(1);
    const [req] = zendesk.requests;
    expect(req.method).toBe('PUT');
    expect(req.path).toBe('/api/v2/tickets/4242.json');
    expect(req.authorization).toBe(`Basic ${Buffer.from(`${EMAIL}/token:${TOKEN}`).toString('base64')}`);
    expect(req.contentType).toMatch(/^application\/json/);
    expect(req.body).toEqual({ ticket: investigationNote(inv, defaultZendeskFieldMap) });
    const sent = (req.body as { ticket: Record<string, unknown> }).ticket;
    expect(Object.keys(sent).sort()).toEqual(['additional_tags', 'comment', 'priority']);
    expect(sent.comment).toMatchObject({ public: false });
    expect(sent.priority).toBe(defaultZendeskFieldMap.outbound.priority[inv.priority]);
    expect(sent.additional_tags).toEqual(['txtriage', 'txtriage_failure', `txtriage_${inv.priority.toLowerCase()}`]);
    const html = (sent.comment as { html_body: string }).html_body;
    expect(html).toContain('TRON_OUT_OF_ENERGY');
    expect(html).toContain(inv.findings[0].detail.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').slice(0, 20));
    expect(html).toContain('建议回复');
    expect(html).toContain(inv.suggestedReply.split('\n\n')[0]);
    expect(zendesk.tickets.get(4242)!.comments).toHaveLength(1);
    expect(zendesk.tickets.get(4242)!.comments[0].public).toBe(false);
  });

  it('posts a second note on the same ticket when a re-check changes the answer (onCaseUpdated)', async () => {
    const onCaseUpdated = zendeskFollowUp(zendeskTickets({ endpointUri: zendesk.apiUrl, email: EMAIL, token: TOKEN }), defaultZendeskFieldMap);
    const current = instance.recent.list().find((i) => i.findings.some((f) => f.code === 'TRON_OUT_OF_ENERGY'))!;
    const before = zendesk.requests.length;
    expect(await onCaseUpdated({ channel: 'zendesk', externalRef: '4242', previous: { category: current.category, codes: current.findings.map((f) => f.code) }, current })).toBe(false);
    expect(await onCaseUpdated({ channel: 'intake', externalRef: '4242', previous: { category: 'delay', codes: ['TRON_PENDING'] }, current })).toBe(false);
    expect(zendesk.requests.length).toBe(before);

    const change = { channel: 'zendesk', externalRef: '4242', previous: { category: 'delay' as const, codes: ['TRON_PENDING'] }, current };
    expect(await onCaseUpdated(change)).toBe(true);
    expect(zendesk.requests.length).toBe(before + 1);
    const req = zendesk.requests.at(-1)!;
    expect(req.path).toBe('/api/v2/tickets/4242.json');
    expect(req.body).toEqual({ ticket: followUpNote(change, defaultZendeskFieldMap) });
    expect((req.body as { ticket: { comment: { html_body: string } } }).ticket.comment.html_body).toMatch(/之前.*TRON_PENDING.*现在.*TRON_OUT_OF_ENERGY/s);
    expect(zendesk.tickets.get(4242)!.comments).toHaveLength(2);
  });

  it('reads ticket fields through one configurable table', () => {
    const map = zendeskFieldMap(JSON.stringify({ inbound: { ticketId: 'detail.id' }, outbound: { priority: { P3: 'high' }, tags: ['crypto'] } }));
    expect(map.inbound).toEqual({ ...defaultZendeskFieldMap.inbound, ticketId: 'detail.id' });
    expect(map.outbound.priority).toEqual({ P1: 'urgent', P2: 'high', P3: 'high', P4: 'low' });
    expect(map.outbound.tags).toEqual(['crypto']);
    expect(() => zendeskFieldMap('{"inbound":{"ticketId":"a b"}}')).toThrow();
    expect(() => zendeskFieldMap('{"unknown":1}')).toThrow();
  });
});

describe('POST /v1/intake (Standard Webhooks)', () => {
  const send = (body: string, secret = INTAKE_SECRET, id = `msg_${randomBytes(6).toString('hex')}`) => {
    const now = new Date();
    const headers = { 'content-type': 'application/json', 'webhook-id': id, 'webhook-timestamp': String(Math.floor(+now / 1000)), 'webhook-signature': new Webhook(secret).sign(id, now, body) };
    return app.request('/v1/intake', { method: 'POST', headers, body });
  };

  it('investigates a signed ticket', async () => {
    const body = JSON.stringify({ ticketId: 'HD-77', text: `USDT transfer failed ${tronCase().txHash}`, language: 'en', customerRef: 'cust-1' });
    const res = await send(body);
    expect(res.status).toBe(200);
    const answer = await res.json();
    expect(answer.ticketId).toBe('HD-77');
    expect(answer.investigation.lang).toBe('en');
    expect(answer.investigation.findings.map((f: { code: string }) => f.code)).toContain('TRON_OUT_OF_ENERGY');
    expect(instance.recent.get(answer.investigation.id)).toBeDefined();
  });

  it('refuses a bad or missing signature with 401 and does nothing', async () => {
    const before = instance.recent.list().length;
    const body = JSON.stringify({ ticketId: 'HD-78', text: `help ${tronCase().txHash}` });
    expect((await send(body, `whsec_${randomBytes(24).toString('base64')}`)).status).toBe(401);
    expect((await app.request('/v1/intake', { method: 'POST', headers: { 'content-type': 'application/json' }, body })).status).toBe(401);
    expect(instance.recent.list().length).toBe(before);
  });

  it('answers a typed 400 for a signed body that is not a ticket', async () => {
    const res = await send(JSON.stringify({ text: 'no ticket id' }));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'INVALID_INPUT' });
  });
});

describe('rate limit', () => {
  it('does not count signed helpdesk webhooks against the public per-IP limit', async () => {
    const limited = createApp({ ...instance, config: { ...instance.config, RATE_LIMIT_PER_MINUTE: 1, RATE_LIMIT_BURST: 1 } });
    const body = '{}';
    for (let i = 0; i < 3; i++) {
      const res = await limited.request('/v1/integrations/zendesk/events', { method: 'POST', headers: signedZendesk(body, { secret: 'wrong-secret-wrong' }), body });
      expect(res.status).toBe(401); // refused by signature, never 429
    }
    expect((await limited.request('/healthz')).status).toBe(200);
    expect((await limited.request('/healthz')).status).toBe(429);
  });
});
