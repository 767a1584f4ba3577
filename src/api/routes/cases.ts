import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { CaseService } from '../../case-service.ts';
import { InvalidInputError } from '../../errors/app-error.ts';
import { decodeCursor, encodeCursor, type CaseRow } from '../../store/case-store.ts';
import { caseDetail, casesCsv, caseSummary } from '../case-views.ts';
import {
  CaseCreatedSchema,
  CaseEventSchema,
  CaseExportQuerySchema,
  CaseListQuerySchema,
  CasePageSchema,
  CasePatchSchema,
  CaseRequestSchema,
  CaseSchema,
  DeliveryLogSchema,
} from '../case-schemas.ts';
import { defaultHook } from '../problem.ts';
import type { Runtime } from '../runtime.ts';
import { agentProblemResponses, problemResponses } from '../schemas.ts';
import { checkComplaint } from './investigations.ts';
import { actorOf, principalOf } from '../middleware/identity.ts';
import { need } from '../middleware/permission.ts';

const security = [{ agentKey: [] }];
const tags = ['cases'];
const idParam = z.object({ id: z.string().min(1).max(64).openapi({ description: 'Case id or case number (TX-7K3QF).' }) });
const notFound = { 404: problemResponses[400] };
const json = <T extends z.ZodType>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description });

const create = createRoute({
  method: 'post', path: '/v1/cases', tags, security, middleware: need('investigate'),
  summary: 'Open a case from a complaint',
  description: 'Investigates and files the result: a new case, or the case given by `caseId` / sharing the `externalRef` (then 200).',
  request: { body: { content: { 'application/json': { schema: CaseRequestSchema } }, required: true } },
  responses: { 201: json(CaseCreatedSchema, 'A new case'), 200: json(CaseCreatedSchema, 'Added to an existing case'), ...notFound, ...problemResponses, ...agentProblemResponses },
});

const list = createRoute({
  method: 'get', path: '/v1/cases', tags, security, middleware: need('cases:read'),
  summary: 'Cases, filtered, searched and paged',
  request: { query: CaseListQuerySchema },
  responses: { 200: json(CasePageSchema, 'One page'), ...problemResponses, ...agentProblemResponses },
});

const exportRoute = createRoute({
  method: 'get', path: '/v1/cases/export', tags, security, middleware: need('cases:read'),
  summary: 'Export the cases created in a date range (CSV or JSON)',
  description: 'Summaries only: no complaint text, notes or replies.',
  request: { query: CaseExportQuerySchema },
  responses: { 200: { content: { 'text/csv': { schema: z.string() }, 'application/json': { schema: z.array(CaseSchema.omit({})) } }, description: 'The cases' }, ...problemResponses, ...agentProblemResponses },
});

const show = createRoute({
  method: 'get', path: '/v1/cases/{id}', tags, security, middleware: need('cases:read'),
  summary: 'A case in full',
  request: { params: idParam },
  responses: { 200: json(CaseSchema, 'The case'), ...notFound, ...agentProblemResponses },
});

const patch = createRoute({
  method: 'patch', path: '/v1/cases/{id}', tags, security, middleware: need('cases:write'),
  summary: 'Change status, priority or assignee, edit the reply, mark it sent, add a note',
  request: { params: idParam, body: { content: { 'application/json': { schema: CasePatchSchema } }, required: true } },
  responses: { 200: json(CaseSchema, 'The case after the change'), ...notFound, ...problemResponses, ...agentProblemResponses },
});

const erase = createRoute({
  method: 'delete', path: '/v1/cases/{id}', tags, security, middleware: need('cases:write'),
  summary: 'Erase the personal text of a case',
  description: 'Removes the complaint text, notes, replies and customerRef (privacy); the chain facts, verdict and history stay.',
  request: { params: idParam },
  responses: { 200: json(CaseSchema, 'The erased case'), ...notFound, ...agentProblemResponses },
});

const events = createRoute({
  method: 'get', path: '/v1/cases/{id}/events', tags, security, middleware: need('cases:read'),
  summary: "A case's history, oldest first (append-only)",
  request: { params: idParam, query: z.object({ after: z.coerce.number().int().min(0).default(0).openapi({ description: 'Only events after this seq.' }), limit: z.coerce.number().int().min(1).max(1000).default(200) }) },
  responses: { 200: json(z.array(CaseEventSchema), 'Events'), ...notFound, ...agentProblemResponses },
});

const deliveries = createRoute({
  method: 'get', path: '/v1/cases/{id}/deliveries', tags, security, middleware: need('cases:read'),
  summary: "Webhook deliveries of a case's events, with every attempt",
  request: { params: idParam },
  responses: { 200: json(z.array(DeliveryLogSchema), 'Delivery log'), ...notFound, ...agentProblemResponses },
});

/** Exports stop at this many cases; narrow the range for more. */
const EXPORT_MAX = 100_000;

export function caseRoutes(rt: Runtime, cases: CaseService) {
  const names = (actors: string[]) => rt.accounts.actorNames(actors);
  const listRows = async (q: z.infer<typeof CaseListQuerySchema>) => {
    const after = q.cursor ? decodeCursor(q.cursor) : undefined;
    if (after === null || (after && after.order !== q.sort)) throw new InvalidInputError([{ field: 'cursor', message: 'not a cursor of this list order' }]);
    const filter = { status: q.status, priority: q.priority, network: q.network, code: q.code, assignee: q.assignee, from: q.from, to: q.to, q: q.q };
    const rows = await cases.store.listCases(filter, q.sort, q.limit + 1, after);
    const page = rows.slice(0, q.limit);
    const last = page.at(-1);
    const key = (r: CaseRow) => (q.sort === 'newest' ? [r.created_at, r.id] : [r.priority, r.created_at, r.id]);
    return { items: page.map(caseSummary), nextCursor: rows.length > q.limit && last ? encodeCursor({ order: q.sort, key: key(last) }) : null };
  };

  return new OpenAPIHono({ defaultHook })
    .openapi(create, async (c) => {
      const { caseId, externalRef, customerRef, channel, ...input } = c.req.valid('json');
      checkComplaint(input, rt.config.MAX_TEXT_CHARS);
      const r = await cases.investigate(input, { caseId, externalRef, customerRef, channel, actor: actorOf(c), auditVia: 'api' });
      return c.json({ case: await caseDetail(cases, r.caseRow, names), investigation: r.investigation } as never, r.created ? 201 : 200);
    })
    .openapi(list, async (c) => c.json((await listRows(c.req.valid('query'))) as never, 200))
    .openapi(exportRoute, async (c) => {
      const q = c.req.valid('query');
      const rows: CaseRow[] = [];
      let after;
      for (;;) {
        const page = await cases.store.listCases({ from: q.from, to: q.to }, 'newest', 1000, after);
        rows.push(...page);
        if (page.length < 1000 || rows.length >= EXPORT_MAX) break;
        const last = page.at(-1)!;
        after = { order: 'newest' as const, key: [last.created_at, last.id] };
      }
      const name = `cases-${q.from.slice(0, 10)}-${q.to.slice(0, 10)}`;
      await rt.accounts.audit(principalOf(c)!, 'cases.exported', null, { from: q.from, to: q.to, format: q.format, cases: rows.length });
      if (q.format === 'csv') {
        return c.body(casesCsv(rows), 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${name}.csv"` });
      }
      c.header('content-disposition', `attachment; filename="${name}.json"`);
      return c.json(rows.map(caseSummary) as never, 200);
    })
    .openapi(show, async (c) => {
      const row = await cases.get(c.req.valid('param').id);
      // The answer carries the complaint: reading it is on the record.
      if (row.complaint !== null) await rt.accounts.auditOnce(principalOf(c)!, 'case.viewed_complaint', row.number, { via: 'api' });
      return c.json((await caseDetail(cases, row, names)) as never, 200);
    })
    .openapi(patch, async (c) => {
      const row = await cases.update(c.req.valid('param').id, c.req.valid('json'), actorOf(c));
      return c.json((await caseDetail(cases, row, names)) as never, 200);
    })
    .openapi(erase, async (c) => c.json((await caseDetail(cases, await cases.erase(c.req.valid('param').id, actorOf(c)), names)) as never, 200))
    .openapi(events, async (c) => {
      const row = await cases.get(c.req.valid('param').id);
      const q = c.req.valid('query');
      const rows = await cases.store.events(row.id, q.after, q.limit);
      const names = await rt.accounts.actorNames(rows.map((e) => e.actor));
      return c.json(rows.map((e) => ({ id: e.id, seq: e.seq, type: e.type, at: e.at, actor: e.actor, actorName: names.get(e.actor) ?? null, data: JSON.parse(e.data) })) as never, 200);
    })
    .openapi(deliveries, async (c) => {
      const row = await cases.get(c.req.valid('param').id);
      const log = await rt.webhooks!.caseLog(row.id);
      return c.json(
        log.map((d) => ({
          id: d.id, webhookId: d.event_id, type: d.type, url: d.url, state: d.state, attempts: d.attempts,
          nextAttemptAt: d.state === 'pending' ? d.next_at : null, lastStatus: d.last_status, lastError: d.last_error,
          createdAt: d.created_at, deliveredAt: d.delivered_at,
          log: d.attempts_log.map((a) => ({ at: a.at, status: a.status, error: a.error, durationMs: a.duration_ms })),
        })) as never,
        200,
      );
    });
}
