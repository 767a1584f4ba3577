import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mineBlocks } from '../../chains/evm/devnet/tx.ts';
import { createApp } from '../../src/api/app.ts';
import type { RunningInstance } from '../../src/runtime.ts';
import { contractBackends, type TestBackend } from '../support/databases.ts';
import { startDemoInstance } from '../support/instance.ts';
import { eventually, startWebhookReceiver } from '../support/webhook-receiver.ts';

/**
 * The follow-up promise, end to end on the demo chain: a pending transaction in a case is
 * mined, the re-check notices, the case changes and the helpdesk hears it through a
 * signed webhook, even from a receiver that fails three times first.
 */
const SECRET = `whsec_${Buffer.from('txtriage follow-up test secret!!').toString('base64')}`;
const INTERVAL_MS = 400;
const backends = await contractBackends();

for (const b of backends) {
  describe.skipIf(b.skip)(`follow-up on ${b.name}`, () => {
    let backend: TestBackend;
    let instance: RunningInstance;
    let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
    let app: ReturnType<typeof createApp>;
    const headers = { authorization: 'Bearer follow-up-test-agent-key-0123', 'content-type': 'application/json' };

    beforeAll(async () => {
      [backend, receiver] = await Promise.all([b.make(), startWebhookReceiver({ failFirst: 3 })]);
      instance = await startDemoInstance({
        ...backend.env,
        AGENT_API_KEY: 'follow-up-test-agent-key-0123',
        RATE_LIMIT_PER_MINUTE: '0',
        CACHE_MAX_ENTRIES: '0',
        RECHECK_INTERVAL_MS: String(INTERVAL_MS),
        WEBHOOK_URLS: receiver.url,
        WEBHOOK_SECRET: SECRET,
        WEBHOOK_RETRY_BASE_MS: '50',
      });
      app = createApp(instance);
    });
    afterAll(async () => {
      await instance?.close();
      await receiver?.close();
      await backend?.drop();
    });

    const get = async (path: string) => (await app.request(path, { headers })).json();

    it('re-checks a pending transaction after a block, updates the case and signs the webhooks', async () => {
      const hash = instance.demoCases.find((c) => c.scenario === 'pending-normal-fee')!.txHash!;
      const res = await app.request('/v1/cases', { method: 'POST', headers, body: JSON.stringify({ txHash: hash, network: 'bsc', lang: 'en', externalRef: 'ZD-77' }) });
      expect(res.status).toBe(201);
      const created = (await res.json()).case;
      expect(created).toMatchObject({ status: 'waiting_on_chain', codes: ['TX_PENDING'] });

      // case.created: refused three times, then accepted; every attempt carries the same webhook-id and a valid signature.
      const first = await eventually(() => receiver.accepted().find((r) => r.json.type === 'case.created'), 15_000, 'case.created');
      const attempts = receiver.received.filter((r) => r.headers['webhook-id'] === first.headers['webhook-id']);
      expect(attempts.map((a) => a.status)).toEqual([500, 500, 500, 204]);
      for (const a of attempts) expect(new Webhook(SECRET).verify(a.body, a.headers)).toMatchObject({ type: 'case.created', data: { caseId: created.id, externalRef: 'ZD-77' } });
      expect(() => new Webhook(`whsec_${Buffer.from('someone else entirely, not us!!').toString('base64')}`).verify(first.body, first.headers)).toThrow();
      expect(first.json.data).not.toHaveProperty('complaint');

      // A validator includes it: within one re-check interval the case knows.
      const bsc = instance.devnets.evm!.bsc;
      const minedAt = Date.now();
      await bsc.rpc('evm_mine', []);
      const rechecked = await eventually(async () => {
        const k = await get(`/v1/cases/${created.id}`);
        return k.codes.includes('TX_AWAITING_CONFIRMATIONS') ? k : undefined;
      }, 15_000, 'the re-check');
      console.log(`${b.name}: block mined → case updated in ${Date.now() - minedAt} ms (re-check interval ${INTERVAL_MS} ms)`);
      expect(rechecked).toMatchObject({ status: 'waiting_on_chain', category: 'delay' });
      const updated = await eventually(() => receiver.accepted().find((r) => r.json.type === 'case.updated'), 15_000, 'case.updated');
      expect(updated.json.data.changes.codes).toEqual({ added: ['TX_AWAITING_CONFIRMATIONS'], removed: ['TX_PENDING'] });
      expect(updated.json.data.changes.transactions[0]).toMatchObject({ from: 'pending', to: 'success' });
      expect(new Webhook(SECRET).verify(updated.body, updated.headers)).toBeTruthy();

      // Buried under enough blocks: final, resolved, the watch ends.
      await mineBlocks(bsc, 20);
      const resolved = await eventually(async () => {
        const k = await get(`/v1/cases/${created.id}`);
        return k.status === 'resolved' ? k : undefined;
      }, 15_000, 'resolution');
      expect(resolved).toMatchObject({ category: 'ok', watched: false, watch: null });
      expect(resolved.codes).toContain('TX_CONFIRMED');
      expect(resolved.reply.suggested).not.toContain('We are watching');
      const done = await eventually(() => receiver.accepted().find((r) => r.json.type === 'case.resolved'), 15_000, 'case.resolved');
      expect(done.json.data).toMatchObject({ caseNumber: created.number, status: 'resolved', category: 'ok' });

      const events = (await get(`/v1/cases/${created.id}/events`)).map((e: { type: string }) => e.type);
      expect(events).toEqual(expect.arrayContaining(['created', 'watch_started', 'rechecked', 'status_changed', 'watch_ended', 'webhook_delivered']));
      const log = await eventually(async () => {
        const d = await get(`/v1/cases/${created.id}/deliveries`);
        return d.every((x: { state: string }) => x.state === 'delivered') && d.length >= 4 ? d : undefined;
      }, 15_000, 'deliveries');
      const createdLog = log.find((d: { type: string }) => d.type === 'case.created');
      expect(createdLog).toMatchObject({ state: 'delivered', attempts: 4, webhookId: first.headers['webhook-id'] });
      expect(createdLog.log.map((a: { status: number }) => a.status)).toEqual([500, 500, 500, 204]);
      // At least once, never twice accepted: one accepted delivery per webhook-id.
      const ids = receiver.accepted().map((r) => r.headers['webhook-id']);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('manages endpoints through the API (secret shown once)', async () => {
      const res = await app.request('/v1/webhooks', { method: 'POST', headers, body: JSON.stringify({ url: 'http://127.0.0.1:9/elsewhere', eventTypes: ['case.resolved'] }) });
      expect(res.status).toBe(201);
      const e = await res.json();
      expect(e.secret).toMatch(/^whsec_/);
      const list = await get('/v1/webhooks');
      expect(list.find((x: { id: string }) => x.id === e.id)).not.toHaveProperty('secret');
      expect(list.find((x: { source: string }) => x.source === 'env')).toMatchObject({ url: receiver.url, enabled: true });
      expect((await app.request(`/v1/webhooks/${e.id}`, { method: 'DELETE', headers })).status).toBe(204);
      expect((await get('/v1/webhooks')).find((x: { id: string }) => x.id === e.id).enabled).toBe(false);
    });
  });
}
