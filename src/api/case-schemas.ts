import { z } from '@hono/zod-openapi';
import { CASE_EVENT_TYPES, CASE_STATUSES, PRIORITIES } from '../cases/model.ts';
import { InvestigationRequestSchema, InvestigationSchema, LangSchema } from './schemas.ts';

export const CaseStatusSchema = z.enum(CASE_STATUSES).openapi({ description: 'open · waiting_on_chain (re-checked automatically) · waiting_on_user · resolved · closed' });
export const PrioritySchema = z.enum(PRIORITIES);

const ref = (what: string) => z.string().trim().min(1).max(200).optional().openapi({ description: what });

/** What files an investigation into a case (also accepted by POST /v1/investigations). */
export const CaseFieldsSchema = z.object({
  caseId: z.string().min(1).max(64).optional().openapi({ description: 'Add to this case (id or case number) instead of opening a new one.' }),
  externalRef: ref("The helpdesk's ticket id; a second investigation with the same value joins that ticket's case."),
  customerRef: ref('Who the user is in the helpdesk (private).'),
  channel: z.string().trim().min(1).max(50).optional().openapi({ description: 'Where the complaint came from (email, chat, app…).' }),
});

export const CaseRequestSchema = InvestigationRequestSchema.extend(CaseFieldsSchema.shape).openapi('CaseRequest');

export const CaseSummarySchema = z
  .object({
    id: z.string(),
    number: z.string().openapi({ example: 'TX-7K3QF' }),
    externalRef: z.string().nullable(),
    channel: z.string().nullable(),
    lang: LangSchema,
    priority: PrioritySchema,
    status: CaseStatusSchema,
    assignee: z.string().nullable(),
    category: InvestigationSchema.shape.category,
    codes: z.array(z.string()),
    networks: z.array(z.string()),
    txIds: z.array(z.string()),
    addresses: z.array(z.string()),
    watched: z.boolean().openapi({ description: 'Re-checked automatically until final or WATCH_MAX_HOURS.' }),
    createdAt: z.string(),
    updatedAt: z.string(),
    erasedAt: z.string().nullable(),
  })
  .openapi('CaseSummary');

export const CaseSchema = CaseSummarySchema.extend({
  customerRef: z.string().nullable(),
  complaint: z.string().nullable().openapi({ description: 'As the user wrote it (agent-only); null once erased.' }),
  reply: z.object({
    suggested: z.string().nullable().openapi({ description: 'From the latest investigation.' }),
    draft: z.string().nullable().openapi({ description: "The agent's edited reply, if edited." }),
    sent: z.string().nullable(),
    sentAt: z.string().nullable(),
  }),
  publicUrl: z.string().openapi({ description: "The user's progress page (unguessable link; share it with the user only)." }),
  watch: z.object({ reason: z.string(), nextCheckAt: z.string(), until: z.string() }).nullable(),
  notes: z.array(z.object({ id: z.string(), at: z.string(), author: z.string(), authorName: z.string().nullable().openapi({ description: "The agent's display name or the key's name; null for other authors.", example: 'Mei Lin' }), text: z.string() })),
  snapshots: z.array(z.object({ seq: z.number(), trigger: z.string(), createdAt: z.string(), category: z.string(), priority: z.string(), codes: z.array(z.string()) })),
  investigation: InvestigationSchema.nullable().openapi({ description: 'The latest investigation in full.' }),
}).openapi('Case');

export const CaseCreatedSchema = z.object({ case: CaseSchema, investigation: InvestigationSchema }).openapi('CaseCreated');

export const CasePageSchema = z
  .object({ items: z.array(CaseSummarySchema), nextCursor: z.string().nullable().openapi({ description: 'Pass as `cursor` for the next page; null at the end.' }) })
  .openapi('CasePage');

export const CaseEventSchema = z
  .object({
    id: z.string(),
    seq: z.number(),
    type: z.enum(CASE_EVENT_TYPES),
    at: z.string(),
    actor: z.string().openapi({ description: 'Who: `agent:<username>`, `key:<id>`, `bootstrap` (AGENT_API_KEY), `integration:<channel>` or `system` (re-checks).', example: 'agent:mei' }),
    actorName: z.string().nullable().openapi({ description: "The agent's display name or the key's name; null for other actors.", example: 'Mei Lin' }),
    data: z.record(z.string(), z.unknown()),
  })
  .openapi('CaseEvent');

export const CasePatchSchema = z
  .object({
    status: CaseStatusSchema.optional(),
    priority: PrioritySchema.optional(),
    assignee: z.string().trim().min(1).max(100).nullable().optional(),
    replyDraft: z.string().max(20_000).nullable().optional().openapi({ description: 'The reply as the agent edited it.' }),
    markReplySent: z.boolean().optional().openapi({ description: 'Records the current reply (draft, else suggested) as sent to the user.' }),
    note: z.string().trim().min(1).max(10_000).optional().openapi({ description: 'An internal note (agent-only, erased with the case).' }),
  })
  .openapi('CasePatch');

const csvList = <T extends string>(values: readonly [T, ...T[]]) =>
  z
    .string()
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values)))
    .optional();

const isoDate = z
  .string()
  .refine((s) => !Number.isNaN(Date.parse(s)), 'an ISO date or date-time')
  .transform((s) => new Date(s).toISOString());

export const CaseListQuerySchema = z.object({
  status: csvList(CASE_STATUSES).openapi({ description: 'Comma-separated statuses.' }),
  priority: csvList(PRIORITIES).openapi({ description: 'Comma-separated priorities.' }),
  network: z.string().max(50).optional(),
  code: z.string().max(60).optional().openapi({ description: 'A finding code the latest investigation has.' }),
  assignee: z.string().max(100).optional(),
  from: isoDate.optional().openapi({ description: 'Created at or after (ISO).' }),
  to: isoDate.optional().openapi({ description: 'Created before (ISO).' }),
  q: z.string().max(300).optional().openapi({ description: 'Case number, tx hash, address or externalRef.' }),
  sort: z.enum(['newest', 'queue']).default('newest').openapi({ description: 'newest first, or queue: priority then oldest first.' }),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().max(500).optional(),
});

export const CaseExportQuerySchema = z.object({
  from: isoDate.openapi({ description: 'Created at or after (ISO).' }),
  to: isoDate.openapi({ description: 'Created before (ISO).' }),
  format: z.enum(['csv', 'json']).default('json'),
});

export const DeliveryLogSchema = z
  .object({
    id: z.string(),
    webhookId: z.string(),
    type: z.string(),
    url: z.string(),
    state: z.enum(['pending', 'delivered', 'failed']),
    attempts: z.number(),
    nextAttemptAt: z.string().nullable(),
    lastStatus: z.number().nullable(),
    lastError: z.string().nullable(),
    createdAt: z.string(),
    deliveredAt: z.string().nullable(),
    log: z.array(z.object({ at: z.string(), status: z.number().nullable(), error: z.string().nullable(), durationMs: z.number() })),
  })
  .openapi('WebhookDelivery');
