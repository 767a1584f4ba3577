import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { languageFromHeader } from '../../intake/language.ts';
import type { Investigation } from '../../investigate.ts';
import { statusView } from '../../web/status-view.ts';
import { principalOf } from '../middleware/identity.ts';
import { defaultHook } from '../problem.ts';
import type { Runtime } from '../runtime.ts';
import { InvestigationSchema, LangSchema, problemResponses, PublicTxStatusSchema } from '../schemas.ts';

const Hash = z.string().min(32).max(100).regex(/^(0x)?[0-9A-Za-z]+$/, 'a transaction hash or signature').openapi({ param: { name: 'hash', in: 'path' } });
const Query = z.object({ lang: LangSchema.optional() });

const answers = {
  200: {
    content: { 'application/json': { schema: z.union([InvestigationSchema, PublicTxStatusSchema]) } },
    description: 'With the `investigate` permission (a key with that scope, AGENT_API_KEY, or a console session): the full investigation. Without: the public view, what the status page shows.',
  },
  ...problemResponses,
};

const oneNetwork = createRoute({
  method: 'get',
  path: '/v1/tx/{network}/{hash}',
  summary: 'Diagnose a transaction on one network',
  request: { params: z.object({ network: z.string().min(1).max(50).openapi({ param: { name: 'network', in: 'path' }, example: 'bsc' }), hash: Hash }), query: Query },
  responses: answers,
});

const anyNetwork = createRoute({
  method: 'get',
  path: '/v1/tx/{hash}',
  summary: 'Diagnose a transaction, searching every configured network',
  request: { params: z.object({ hash: Hash }), query: Query },
  responses: answers,
});

/**
 * Anyone may look a transaction up, but only agents read the diagnosis: codes, priority,
 * evidence and the suggested reply are the helpdesk's, and the status page deliberately
 * hides them. The answer depends on who asks, so caches must key on the credentials.
 */
export function transactionRoutes(rt: Runtime, fullView: (c: Context) => boolean) {
  const answer = async (c: Context, inv: Investigation) => {
    c.header('vary', 'Authorization, Cookie, Accept-Language');
    if (fullView(c)) {
      c.header('cache-control', 'no-store');
      await rt.accounts.audit(principalOf(c)!, 'investigation.run', inv.transactions[0]?.hash ?? inv.understood.txIds[0] ?? null, { category: inv.category, priority: inv.priority, via: 'api' });
      return c.json(inv, 200);
    }
    // The page links the self-help article by code; the public JSON carries no codes at all.
    const { helpCode: _code, ...view } = statusView(inv, rt.registry.networks);
    return c.json({ view: 'public' as const, ...view }, 200);
  };
  return new OpenAPIHono({ defaultHook })
    .openapi(oneNetwork, async (c) => {
      const { network, hash } = c.req.valid('param');
      const lang = c.req.valid('query').lang ?? languageFromHeader(c.req.header('accept-language')) ?? 'en';
      return answer(c, await rt.investigator.investigate({ txHash: hash, network, lang }));
    })
    .openapi(anyNetwork, async (c) => {
      const { hash } = c.req.valid('param');
      const lang = c.req.valid('query').lang ?? languageFromHeader(c.req.header('accept-language')) ?? 'en';
      return answer(c, await rt.investigator.investigate({ txHash: hash, lang }));
    });
}
