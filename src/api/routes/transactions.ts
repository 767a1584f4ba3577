import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { languageFromHeader } from '../../intake/language.ts';
import { defaultHook } from '../problem.ts';
import type { Runtime } from '../runtime.ts';
import { InvestigationSchema, LangSchema, problemResponses } from '../schemas.ts';

const Hash = z.string().min(32).max(100).regex(/^(0x)?[0-9A-Za-z]+$/, 'a transaction hash or signature').openapi({ param: { name: 'hash', in: 'path' } });
const Query = z.object({ lang: LangSchema.optional() });

const oneNetwork = createRoute({
  method: 'get',
  path: '/v1/tx/{network}/{hash}',
  summary: 'Diagnose a transaction on one network',
  request: { params: z.object({ network: z.string().min(1).max(50).openapi({ param: { name: 'network', in: 'path' }, example: 'bsc' }), hash: Hash }), query: Query },
  responses: { 200: { content: { 'application/json': { schema: InvestigationSchema } }, description: 'The investigation' }, ...problemResponses },
});

const anyNetwork = createRoute({
  method: 'get',
  path: '/v1/tx/{hash}',
  summary: 'Diagnose a transaction, searching every configured network',
  request: { params: z.object({ hash: Hash }), query: Query },
  responses: { 200: { content: { 'application/json': { schema: InvestigationSchema } }, description: 'The investigation' }, ...problemResponses },
});

export function transactionRoutes(rt: Runtime) {
  return new OpenAPIHono({ defaultHook })
    .openapi(oneNetwork, async (c) => {
      const { network, hash } = c.req.valid('param');
      const lang = c.req.valid('query').lang ?? languageFromHeader(c.req.header('accept-language')) ?? 'en';
      return c.json(await rt.investigator.investigate({ txHash: hash, network, lang }), 200);
    })
    .openapi(anyNetwork, async (c) => {
      const { hash } = c.req.valid('param');
      const lang = c.req.valid('query').lang ?? languageFromHeader(c.req.header('accept-language')) ?? 'en';
      return c.json(await rt.investigator.investigate({ txHash: hash, lang }), 200);
    });
}
