import { Webhook } from 'standardwebhooks';
import type { CaseStore } from '../store/case-store.ts';
import { iso } from '../store/time.ts';
import type { DeliveryRow, WebhookStore } from '../store/webhook-store.ts';

export interface WebhookSenderOptions {
  /** First retry delay; doubles per failed attempt (capped at an hour). */
  retryBaseMs: number;
  /** Deliveries stop being retried this long after the event (24 h). */
  giveUpAfterMs?: number;
  timeoutMs?: number;
  leaseMs?: number;
  batch?: number;
}

const HOUR = 3_600_000;

/** Delay before attempt n+1 after n failures: base·2^(n−1), at most an hour. */
export function retryDelayMs(failures: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, failures - 1), HOUR);
}

/**
 * Sends the outbox: each pending delivery is leased, signed per Standard Webhooks
 * (`webhook-id` = the event's id on every attempt, `webhook-timestamp`, `webhook-signature`)
 * and POSTed; a 2xx delivers it, anything else is retried with exponential backoff for
 * 24 hours. At least once: a receiver must de-duplicate by `webhook-id`.
 */
export class WebhookSender {
  /** Attempts and successes of this instance, for tests and the benchmark; `byJob` of the attempts for a pg-boss job. */
  attempts = 0;
  delivered = 0;
  byJob = 0;

  constructor(
    private readonly webhooks: WebhookStore,
    private readonly cases: CaseStore,
    private readonly opts: WebhookSenderOptions,
  ) {}

  /** One batch of whatever is due; true when the batch was full (more may be due). */
  async tick(): Promise<boolean> {
    const batch = this.opts.batch ?? 20;
    const due = await this.claim(batch);
    await Promise.all(due.map((d) => this.send(d)));
    return due.length >= batch;
  }

  /** A pg-boss job's work: that delivery, if due and not held; not due yet (moved later), it asks again for its time. */
  async tickDelivery(id: string): Promise<void> {
    const [d] = await this.claim(1, id);
    if (d) {
      this.byJob++;
      return this.send(d);
    }
    const row = await this.webhooks.getDelivery(id);
    if (row?.state === 'pending' && row.next_at > iso(Date.now())) await this.webhooks.dueWork?.due(this.webhooks.db, 'delivery', id, row.next_at);
  }

  private claim(limit: number, id?: string): Promise<DeliveryRow[]> {
    const now = Date.now();
    return this.webhooks.claimDue(iso(now), iso(now + (this.opts.leaseMs ?? 60_000)), limit, id);
  }

  private async send(d: DeliveryRow): Promise<void> {
    const [event, endpoint] = await Promise.all([this.webhooks.getEvent(d.event_id), this.webhooks.getEndpoint(d.endpoint_id)]);
    if (!event || !endpoint || !endpoint.enabled) {
      await this.webhooks.updateDelivery(d.id, { state: 'failed', last_error: !endpoint?.enabled ? 'endpoint disabled' : 'event missing', lease_until: null });
      return;
    }
    const started = Date.now();
    let status: number | null = null;
    let error: string | null = null;
    try {
      const sentAt = new Date();
      const signature = new Webhook(endpoint.secret).sign(event.id, sentAt, event.payload);
      const res = await fetch(endpoint.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'txtriage-webhooks/1',
          'webhook-id': event.id,
          'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
          'webhook-signature': signature,
        },
        body: event.payload,
        signal: AbortSignal.timeout(this.opts.timeoutMs ?? 10_000),
        redirect: 'manual',
      });
      status = res.status;
      await res.body?.cancel().catch(() => {});
      if (status < 200 || status >= 300) error = `HTTP ${status}`;
    } catch (err) {
      error = (err as Error).name === 'TimeoutError' ? 'timeout' : String((err as Error).cause ?? (err as Error).message).slice(0, 300);
    }
    this.attempts++;
    const at = Date.now();
    const attempts = d.attempts + 1;
    await this.webhooks.logAttempt({ deliveryId: d.id, caseId: d.case_id, at: iso(at), status, error, durationMs: at - started });
    if (!error) {
      this.delivered++;
      await this.cases.transaction(async (s) => {
        await this.webhooks.with(s.db).updateDelivery(d.id, { state: 'delivered', attempts, last_status: status, last_error: null, delivered_at: iso(at), lease_until: null });
        if (d.case_id && (await s.getCase(d.case_id))) await s.appendEvent(d.case_id, 'webhook_delivered', 'system', iso(at), { webhookId: event.id, type: event.type, url: endpoint.url, attempts });
      });
      return;
    }
    const next = at + retryDelayMs(attempts, this.opts.retryBaseMs);
    const giveUp = next > Date.parse(d.created_at) + (this.opts.giveUpAfterMs ?? 24 * HOUR);
    await this.webhooks.updateDelivery(d.id, { state: giveUp ? 'failed' : 'pending', attempts, next_at: iso(next), last_status: status, last_error: error, lease_until: null });
    if (giveUp && d.case_id && (await this.cases.getCase(d.case_id))) {
      await this.cases.appendEvent(d.case_id, 'webhook_failed', 'system', iso(at), { webhookId: event.id, type: event.type, url: endpoint.url, attempts, lastError: error });
    }
  }
}
