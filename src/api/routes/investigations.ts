import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { InvalidInputError, NotFoundError } from '../../errors/app-error.ts';
import { defaultHook } from '../problem.ts';
import type { Runtime } from '../runtime.ts';
import { agentProblemResponses, InvestigationSchema, InvestigationSummarySchema, problemResponses } from '../schemas.ts';
import type { Investigation } from '../../investigate.ts';
import type { ComplaintInput } from '../../intake/complaint.ts';
import { CaseRequestSchema } from '../case-schemas.ts';
import { actorOf, principalOf } from '../middleware/identity.ts';
import { need } from '../middleware/permission.ts';

/** An investigation filed into a case says which one. */
const FiledInvestigationSchema = InvestigationSchema.extend({
  caseId: z.string().optional().openapi({ description: 'The case this investigation was filed into (absent when the case store is off).' }),
  caseNumber: z.string().optional().openapi({ example: 'TX-7K3QF' }),
}).openapi('FiledInvestigation');

/** Bad complaints are refused before anything is looked up or stored. */
export function checkComplaint(body: ComplaintInput, maxChars: number): void {
  if (!body.text?.trim() && !body.txHash && !body.address) {
    throw new InvalidInputError([{ field: 'body', message: 'give at least one of text, txHash or address' }], 'The complaint is empty.');
  }
  if (body.text && body.text.length > maxChars) {
    throw new InvalidInputError([{ field: 'text', message: `at most ${maxChars} characters` }]);
  }
}

/** Signed-in routes needing `investigate`: an agent's session, a key with that scope, or AGENT_API_KEY. */
const security = [{ agentKey: [] }];
const middleware = need('investigate');

const create = createRoute({
  method: 'post',
  path: '/v1/investigations',
  middleware,
  summary: 'Investigate a complaint',
  description:
    'Free text and/or a tx hash, address or explorer link in; what happened, findings with evidence, an explanation for the user and a suggested reply out. Filed into a case: a new one, the one given by `caseId`, or the one with the same `externalRef`.',
  security,
  request: { body: { content: { 'application/json': { schema: CaseRequestSchema } }, required: true } },
  responses: { 200: { content: { 'application/json': { schema: FiledInvestigationSchema } }, description: 'The investigation' }, 404: problemResponses[400], ...problemResponses, ...agentProblemResponses },
});

const show = createRoute({
  method: 'get',
  path: '/v1/investigations/{id}',
  middleware,
  summary: 'A recent investigation of this instance',
  security,
  request: { params: z.object({ id: z.string().uuid() }) },
  responses: { 200: { content: { 'application/json': { schema: InvestigationSchema } }, description: 'The investigation' }, 404: problemResponses[400], ...agentProblemResponses },
});

const list = createRoute({
  method: 'get',
  path: '/v1/investigations',
  middleware,
  summary: 'Recent investigations of this instance, newest first',
  description: 'Kept in memory (last 200); summaries, the full record is at /v1/investigations/{id}.',
  security,
  request: { query: z.object({ limit: z.coerce.number().int().min(1).max(200).default(20) }) },
  responses: { 200: { content: { 'application/json': { schema: z.array(InvestigationSummarySchema) } }, description: 'Summaries' }, ...problemResponses, ...agentProblemResponses },
});

export const summarize = (inv: Investigation) => ({
  id: inv.id,
  createdAt: inv.createdAt,
  lang: inv.lang,
  category: inv.category,
  priority: inv.priority,
  codes: inv.findings.map((f) => f.code),
  txIds: inv.understood.txIds,
  networks: [...new Set(inv.transactions.map((t) => t.network))],
});

export function investigationRoutes(rt: Runtime) {
  return new OpenAPIHono({ defaultHook })
    .openapi(create, async (c) => {
      const { caseId, externalRef, customerRef, channel, ...body } = c.req.valid('json');
      checkComplaint(body, rt.config.MAX_TEXT_CHARS);
      if (!rt.cases) {
        const inv = await rt.investigator.investigate(body);
        rt.recent.add(inv, body);
        await rt.accounts.audit(principalOf(c)!, 'investigation.run', inv.id, { category: inv.category, priority: inv.priority, via: 'api' });
        return c.json(inv, 200);
      }
      // Its audit entry commits with the case (auditVia).
      const filed = await rt.cases.investigate(body, { caseId, externalRef, customerRef, channel, actor: actorOf(c), auditVia: 'api' });
      rt.recent.add(filed.investigation, body, filed.caseRow.number);
      return c.json({ ...filed.investigation, caseId: filed.caseRow.id, caseNumber: filed.caseRow.number }, 200);
    })
    .openapi(list, (c) => c.json(rt.recent.list().slice(0, c.req.valid('query').limit).map(summarize), 200))
    .openapi(show, (c) => {
      const inv = rt.recent.get(c.req.valid('param').id);
      if (!inv) throw new NotFoundError('Investigation');
      return c.json(inv, 200);
    });
}
