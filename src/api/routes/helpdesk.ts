import { Hono, type Context } from 'hono';
import { Webhook } from 'standardwebhooks';
import { z } from 'zod';
import { AppError, InvalidInputError } from '../../errors/app-error.ts';
import type { CaseSink } from '../../helpdesk/case-sink.ts';
import type { ZendeskTickets } from '../../helpdesk/zendesk/client.ts';
import { at, type ZendeskFieldMap } from '../../helpdesk/zendesk/field-map.ts';
import { investigationNote } from '../../helpdesk/zendesk/note.ts';
import { verifyZendeskSignature } from '../../helpdesk/zendesk/signature.ts';
import type { Telemetry } from '../../metrics/registry.ts';
import { problem } from '../problem.ts';

export interface HelpdeskRoutesOptions {
  sink: CaseSink;
  telemetry: Telemetry;
  maxTextChars: number;
  publicUrl?: string;
  intakeSecret?: string;
  zendesk?: { secret?: string; tickets?: ZendeskTickets; map: ZendeskFieldMap };
}

/** The generic intake body: what any helpdesk can send. */
const IntakeBody = z.object({
  ticketId: z.union([z.string().min(1).max(200), z.number().int()]).transform(String),
  text: z.string().min(1),
  language: z.enum(['zh', 'en']).optional(),
  customerRef: z.union([z.string().max(200), z.number().int()]).transform(String).optional(),
});

const notConfigured = (what: string) => new AppError('NOT_CONFIGURED', `${what} is not configured on this instance.`, { status: 503 });
const badSignature = () => new AppError('BAD_SIGNATURE', 'The request signature is missing, wrong or too old.', { status: 401 });

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    throw new InvalidInputError([{ field: 'body', message: 'not JSON' }]);
  }
}

/**
 * Signed inbound tickets: `POST /v1/intake` (Standard Webhooks, any helpdesk) and
 * `POST /v1/integrations/zendesk/events` (Zendesk's own signature). The signature is
 * checked on the raw body before anything else: a bad one is a 401 and nothing is done.
 */
export function helpdeskRoutes(o: HelpdeskRoutesOptions) {
  const count = (source: 'zendesk' | 'intake', outcome: 'accepted' | 'bad_signature' | 'bad_request') => o.telemetry.intake.inc({ source, outcome });
  const checkText = (text: string) => {
    if (!text.trim()) throw new InvalidInputError([{ field: 'text', message: 'empty complaint' }]);
    if (text.length > o.maxTextChars) throw new InvalidInputError([{ field: 'text', message: `at most ${o.maxTextChars} characters` }]);
  };

  return new Hono()
    .post('/v1/intake', async (c: Context) => {
      if (!o.intakeSecret) return problem(c, notConfigured('INTAKE_WEBHOOK_SECRET'));
      const raw = await c.req.text();
      try {
        // Checks webhook-id, webhook-timestamp (5 min tolerance) and webhook-signature (v1, any of several).
        new Webhook(o.intakeSecret).verify(raw, { 'webhook-id': c.req.header('webhook-id') ?? '', 'webhook-timestamp': c.req.header('webhook-timestamp') ?? '', 'webhook-signature': c.req.header('webhook-signature') ?? '' });
      } catch {
        count('intake', 'bad_signature');
        return problem(c, badSignature());
      }
      const body = IntakeBody.safeParse(parseJson(raw));
      if (!body.success) {
        count('intake', 'bad_request');
        throw new InvalidInputError(body.error.issues.map((i) => ({ field: i.path.join('.') || 'body', message: i.message })));
      }
      checkText(body.data.text);
      const result = await o.sink.submit({ channel: 'intake', externalRef: body.data.ticketId, text: body.data.text, lang: body.data.language, customerRef: body.data.customerRef });
      count('intake', 'accepted');
      c.header('cache-control', 'no-store');
      return c.json({ ticketId: body.data.ticketId, ...(result.caseId ? { caseId: result.caseId } : {}), investigation: result.investigation }, 200);
    })
    .post('/v1/integrations/zendesk/events', async (c: Context) => {
      const z = o.zendesk;
      if (!z?.secret) return problem(c, notConfigured('ZENDESK_WEBHOOK_SECRET'));
      const raw = await c.req.text();
      if (!verifyZendeskSignature(raw, c.req.header('x-zendesk-webhook-signature'), c.req.header('x-zendesk-webhook-signature-timestamp'), z.secret)) {
        count('zendesk', 'bad_signature');
        return problem(c, badSignature());
      }
      const payload = parseJson(raw);
      const ticketId = at(payload, z.map.inbound.ticketId);
      if (!ticketId || !/^\d{1,20}$/.test(ticketId)) {
        count('zendesk', 'bad_request');
        throw new InvalidInputError([{ field: z.map.inbound.ticketId, message: 'a Zendesk ticket id (digits)' }]);
      }
      const text = z.map.inbound.text.map((p) => at(payload, p)?.trim()).filter((s): s is string => Boolean(s)).join('\n\n');
      checkText(text);
      const locale = at(payload, z.map.inbound.locale)?.toLowerCase();
      const result = await o.sink.submit({
        channel: 'zendesk',
        externalRef: ticketId,
        text,
        ...(locale ? { lang: locale.startsWith('zh') ? 'zh' : 'en' } : {}),
        ...(at(payload, z.map.inbound.customerRef) ? { customerRef: at(payload, z.map.inbound.customerRef) } : {}),
      });
      count('zendesk', 'accepted');
      let noted = false;
      if (z.tickets) {
        try {
          await z.tickets.update(ticketId, investigationNote(result.investigation, z.map, o.publicUrl));
          noted = true;
        } catch (err) {
          // The investigation stands; the agent sees it in the console. Zendesk's error is logged, not echoed.
          console.error(JSON.stringify({ level: 'error', msg: 'zendesk note failed', ticketId, error: String((err as Error)?.message ?? err).slice(0, 300) }));
        }
      }
      return c.json({ ticketId, investigationId: result.investigation.id, category: result.investigation.category, priority: result.investigation.priority, noted }, 200);
    });
}

