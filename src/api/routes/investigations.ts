import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { InvalidInputError, NotFoundError } from '../../errors/app-error.ts';
import { defaultHook } from '../problem.ts';
import type { Runtime } from '../runtime.ts';
import { InvestigationRequestSchema, InvestigationSchema, problemResponses } from '../schemas.ts';

const create = createRoute({
  method: 'post',
  path: '/v1/investigations',
  summary: 'Investigate a complaint',
  description: 'Free text and/or a tx hash, address or explorer link in; what happened, findings with evidence, an explanation for the user and a suggested reply out.',
  request: { body: { content: { 'application/json': { schema: InvestigationRequestSchema } }, required: true } },
  responses: { 200: { content: { 'application/json': { schema: InvestigationSchema } }, description: 'The investigation' }, ...problemResponses },
});

const show = createRoute({
  method: 'get',
  path: '/v1/investigations/{id}',
  summary: 'A recent investigation of this instance',
  request: { params: z.object({ id: z.string().uuid() }) },
  responses: { 200: { content: { 'application/json': { schema: InvestigationSchema } }, description: 'The investigation' }, 404: problemResponses[400] },
});

export function investigationRoutes(rt: Runtime) {
  return new OpenAPIHono({ defaultHook })
    .openapi(create, async (c) => {
      const body = c.req.valid('json');
      if (!body.text?.trim() && !body.txHash && !body.address) {
        throw new InvalidInputError([{ field: 'body', message: 'give at least one of text, txHash or address' }], 'The complaint is empty.');
      }
      if (body.text && body.text.length > rt.config.MAX_TEXT_CHARS) {
        throw new InvalidInputError([{ field: 'text', message: `at most ${rt.config.MAX_TEXT_CHARS} characters` }]);
      }
      const inv = await rt.investigator.investigate(body);
      rt.recent.add(inv);
      return c.json(inv, 200);
    })
    .openapi(show, (c) => {
      const inv = rt.recent.get(c.req.valid('param').id);
      if (!inv) throw new NotFoundError('Investigation');
      return c.json(inv, 200);
    });
}
