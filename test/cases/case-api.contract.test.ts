import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.ts';
import type { RunningInstance } from '../../src/runtime.ts';
import { contractBackends, type TestBackend } from '../support/databases.ts';
import { startDemoInstance } from '../support/instance.ts';

/**
 * One contract for the case store, run against both backends: SQLite in a temp dir and a
 * fresh PostgreSQL database (created and dropped here). Same routes, same answers.
 */
const backends = await contractBackends();

for (const b of backends) {
  describe.skipIf(b.skip)(`cases on ${b.name}`, () => {
    let backend: TestBackend;
    let instance: RunningInstance;
    let app: ReturnType<typeof createApp>;
    let agent: Record<string, string>;
    const env = () => ({ RATE_LIMIT_PER_MINUTE: '0', AGENT_API_KEY: 'contract-test-agent-key-0123456789', ...backend.env });

    beforeAll(async () => {
      backend = await b.make();
      instance = await startDemoInstance(env());
      app = createApp(instance);
      agent = { authorization: `Bearer ${instance.agentKey}`, 'content-type': 'application/json' };
    });
    afterAll(async () => {
      await instance?.close();
      await backend?.drop();
    });

    const demo = (scenario: string) => instance.demoCases.find((c) => c.scenario === scenario)!;
    const call = async (method: string, path: string, body?: unknown) => {
      const res = await app.request(path, { method, headers: agent, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
      const text = await res.text();
      return { status: res.status, body: text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text, headers: res.headers };
    };

    it('opens a case from a complaint: number, status, snapshot, events, a public link', async () => {
      const c = demo('wrong-network');
      const res = await call('POST', '/v1/cases', { text: `${c.text} ${c.txHash}`, externalRef: 'ZD-1001', customerRef: 'user-42', channel: 'email' });
      expect(res.status).toBe(201);
      const k = res.body.case;
      expect(k.number).toMatch(/^TX-[0-9A-HJKMNP-TV-Z]{5}$/);
      expect(k).toMatchObject({ status: 'open', priority: 'P2', category: 'missing', externalRef: 'ZD-1001', customerRef: 'user-42', channel: 'email', lang: 'zh', watched: false });
      expect(k.codes).toContain('WRONG_NETWORK');
      expect(k.networks).toContain('bsc');
      expect(k.complaint).toContain(c.text);
      expect(k.reply.suggested).toContain('您好');
      expect(k.publicUrl).toMatch(new RegExp(`/c/${k.number}\\?t=[\\w-]{22}$`));
      expect(res.body.investigation.findings[0].code).toBe('WRONG_NETWORK');

      const byNumber = await call('GET', `/v1/cases/${k.number.toLowerCase()}`);
      expect(byNumber.body.id).toBe(k.id);
      const events = await call('GET', `/v1/cases/${k.id}/events`);
      expect(events.body.map((e: { type: string }) => e.type)).toEqual(['created', 'investigated']);
      expect(events.body[0]).toMatchObject({ seq: 1, actor: 'bootstrap', actorName: null, data: { number: k.number, status: 'open' } });
    });

    it('files POST /v1/investigations into a case, joining by externalRef or caseId', async () => {
      const c = demo('revert-with-reason');
      const first = await call('POST', '/v1/investigations', { txHash: c.txHash, externalRef: 'ZD-2002' });
      expect(first.status).toBe(200);
      expect(first.body.caseNumber).toMatch(/^TX-/);
      const second = await call('POST', '/v1/investigations', { text: 'still failing?', txHash: c.txHash, externalRef: 'ZD-2002' });
      expect(second.body.caseId).toBe(first.body.caseId);
      const third = await call('POST', '/v1/investigations', { txHash: c.txHash, caseId: first.body.caseNumber });
      expect(third.body.caseId).toBe(first.body.caseId);
      const k = (await call('GET', `/v1/cases/${first.body.caseId}`)).body;
      expect(k.snapshots.map((s: { seq: number }) => s.seq)).toEqual([1, 2, 3]);
      expect(k.complaint).toBe('still failing?');
      const missing = await call('POST', '/v1/investigations', { txHash: c.txHash, caseId: '00000000-0000-4000-8000-000000000000' });
      expect(missing.status).toBe(404);
    });

    it('watches a pending transaction: waiting_on_chain, and the reply promises the follow-up', async () => {
      const c = demo('pending-normal-fee');
      const res = await call('POST', '/v1/cases', { txHash: c.txHash, lang: 'en' });
      expect(res.body.case).toMatchObject({ status: 'waiting_on_chain', watched: true, category: 'delay' });
      expect(res.body.case.watch.reason).toBe('pending');
      expect(res.body.case.reply.suggested).toContain('We are watching this transaction');
      const final = await call('POST', '/v1/cases', { txHash: demo('erc20-transfer-final').txHash, lang: 'en' });
      expect(final.body.case).toMatchObject({ status: 'resolved', watched: false, watch: null });
      expect(final.body.case.reply.suggested).not.toContain('We are watching');
      const events = await call('GET', `/v1/cases/${res.body.case.id}/events`);
      expect(events.body.map((e: { type: string }) => e.type)).toContain('watch_started');
    });

    it('filters, searches and pages', async () => {
      const all = await call('GET', '/v1/cases?limit=500');
      const total = all.body.items.length;
      expect(total).toBeGreaterThanOrEqual(4);
      // Pages of 2 cover every case exactly once, in the same order.
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await call('GET', `/v1/cases?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        seen.push(...page.body.items.map((i) => i.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual(all.body.items.map((i: { id: string }) => i.id));

      const queue = await call('GET', '/v1/cases?sort=queue&limit=500');
      const prios = queue.body.items.map((i: { priority: string }) => i.priority);
      expect(prios).toEqual([...prios].sort());

      const waiting = await call('GET', '/v1/cases?status=waiting_on_chain,waiting_on_user');
      expect(waiting.body.items.every((i: { status: string }) => i.status.startsWith('waiting'))).toBe(true);
      expect(waiting.body.items.length).toBeGreaterThan(0);
      const wrong = await call('GET', '/v1/cases?code=WRONG_NETWORK&network=bsc&priority=P2');
      expect(wrong.body.items).toHaveLength(1);
      const c = demo('wrong-network');
      for (const q of [c.txHash!, c.txHash!.toUpperCase().replace('0X', '0x'), 'ZD-1001', wrong.body.items[0].number]) {
        const found = await call('GET', `/v1/cases?q=${encodeURIComponent(q)}`);
        expect(found.body.items.map((i: { id: string }) => i.id)).toEqual([wrong.body.items[0].id]);
      }
      expect((await call('GET', '/v1/cases?assignee=nobody')).body.items).toEqual([]);
      const future = await call('GET', `/v1/cases?from=${new Date(Date.now() + 86_400_000).toISOString()}`);
      expect(future.body.items).toEqual([]);
      expect((await call('GET', '/v1/cases?status=lost')).status).toBe(400);
      expect((await call('GET', '/v1/cases?cursor=nonsense')).status).toBe(400);
      expect((await call('GET', '/v1/cases?from=yesterday')).status).toBe(400);
    });

    it('takes notes, reply edits, assignment and status changes as events', async () => {
      const id = (await call('GET', '/v1/cases?q=ZD-1001')).body.items[0].id;
      const res = await call('PATCH', `/v1/cases/${id}`, { note: 'User called twice', assignee: 'mei', replyDraft: '您好，我们查到了。', markReplySent: true, priority: 'P1', status: 'waiting_on_user' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ assignee: 'mei', priority: 'P1', status: 'waiting_on_user', reply: { draft: '您好，我们查到了。', sent: '您好，我们查到了。' } });
      expect(res.body.notes[0]).toMatchObject({ author: 'bootstrap', text: 'User called twice' });
      const types = (await call('GET', `/v1/cases/${id}/events?after=2`)).body.map((e: { type: string }) => e.type);
      expect(types).toEqual(['priority_changed', 'assigned', 'reply_edited', 'reply_sent', 'note_added', 'status_changed']);
      expect((await call('GET', '/v1/cases?assignee=mei')).body.items).toHaveLength(1);
      expect((await call('PATCH', `/v1/cases/${id}`, { status: 'lost' })).status).toBe(400);
      expect((await call('PATCH', '/v1/cases/TX-00000', { note: 'x' })).status).toBe(404);
    });

    it('erases the complaint and notes on DELETE, keeping the chain facts', async () => {
      const id = (await call('GET', '/v1/cases?q=ZD-1001')).body.items[0].id;
      const res = await call('DELETE', `/v1/cases/${id}`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ complaint: null, customerRef: null, notes: [], reply: { draft: null, sent: null } });
      expect(res.body.erasedAt).toBeTruthy();
      expect(res.body.investigation.findings[0].code).toBe('WRONG_NETWORK');
      expect(res.body.codes).toContain('WRONG_NETWORK');
      const events = (await call('GET', `/v1/cases/${id}/events`)).body;
      expect(events.at(-1)).toMatchObject({ type: 'erased', data: { notesDeleted: 1 } });
      expect(JSON.stringify(events)).not.toContain('User called twice');
      expect((await call('PATCH', `/v1/cases/${id}`, { note: 'again' })).status).toBe(409);
    });

    it('exports a date range as CSV and JSON, without complaint text', async () => {
      const from = new Date(Date.now() - 3_600_000).toISOString();
      const to = new Date(Date.now() + 60_000).toISOString();
      const asJson = await call('GET', `/v1/cases/export?from=${from}&to=${to}`);
      expect(asJson.status).toBe(200);
      expect(asJson.body.length).toBeGreaterThanOrEqual(4);
      expect(asJson.body[0]).not.toHaveProperty('complaint');
      const asCsv = await call('GET', `/v1/cases/export?from=${from}&to=${to}&format=csv`);
      expect(asCsv.headers.get('content-type')).toContain('text/csv');
      const lines = (asCsv.body as string).trim().split('\r\n');
      expect(lines[0]).toBe('number,id,createdAt,updatedAt,status,priority,category,codes,networks,txIds,addresses,externalRef,channel,assignee,erasedAt');
      expect(lines).toHaveLength(asJson.body.length + 1);
      expect((await call('GET', '/v1/cases/export?from=2020-01-01')).status).toBe(400);
    });

    it('keeps cases agent-only', async () => {
      expect((await app.request('/v1/cases')).status).toBe(401);
      expect((await app.request('/v1/cases', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } })).status).toBe(401);
      expect((await call('POST', '/v1/cases', {})).status).toBe(400);
      const doc = (await call('GET', '/openapi.json')).body;
      expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/v1/cases', '/v1/cases/{id}', '/v1/cases/{id}/events', '/v1/cases/export', '/v1/webhooks']));
      expect(doc.paths['/v1/cases'].get.security).toEqual([{ agentKey: [] }]);
    });

    it('still has the case and its events after a restart', async () => {
      const before = (await call('GET', '/v1/cases?q=ZD-2002')).body.items[0];
      const events = (await call('GET', `/v1/cases/${before.id}/events`)).body;
      await instance.close();
      instance = await startDemoInstance(env());
      app = createApp(instance);
      const after = await call('GET', `/v1/cases/${before.id}`);
      expect(after.status).toBe(200);
      expect(after.body.number).toBe(before.number);
      expect(after.body.snapshots).toHaveLength(3);
      expect((await call('GET', `/v1/cases/${before.id}/events`)).body).toEqual(events);
    });
  });
}
