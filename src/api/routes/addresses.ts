import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { InvalidInputError } from '../../errors/app-error.ts';
import { languageFromHeader } from '../../intake/language.ts';
import { defaultHook } from '../problem.ts';
import type { Runtime } from '../runtime.ts';
import { agentProblemResponses, InvestigationSchema, LangSchema, problemResponses } from '../schemas.ts';
import { principalOf } from '../middleware/identity.ts';
import { need } from '../middleware/permission.ts';

const investigateAddress = createRoute({
  method: 'get',
  path: '/v1/address/{network}/{address}',
  middleware: need('investigate'),
  security: [{ agentKey: [] }],
  summary: 'Investigate an address for theft, drains and scams',
  description: 'Recent history within the configured bounds (ADDRESS_MAX_BLOCKS, ADDRESS_MAX_TRANSFERS): transfers, approvals and what they still allow, authority changes, trails of funds to labelled exchanges. `addresses[].coverage` says what was covered.',
  request: {
    params: z.object({
      network: z.string().min(1).max(50).openapi({ param: { name: 'network', in: 'path' }, example: 'ethereum' }),
      address: z.string().min(20).max(100).regex(/^[0-9A-Za-z]+$/, 'an address').openapi({ param: { name: 'address', in: 'path' } }),
    }),
    query: z.object({ lang: LangSchema.optional() }),
  },
  responses: { 200: { content: { 'application/json': { schema: InvestigationSchema } }, description: 'The investigation' }, ...problemResponses, ...agentProblemResponses },
});

export function addressRoutes(rt: Runtime) {
  return new OpenAPIHono({ defaultHook }).openapi(investigateAddress, async (c) => {
    const { network, address } = c.req.valid('param');
    const lang = c.req.valid('query').lang ?? languageFromHeader(c.req.header('accept-language')) ?? 'en';
    const served = rt.registry.network(network);
    if (served && !rt.registry.adapterFor(served).isAddress?.(address)) {
      throw new InvalidInputError([{ field: 'address', message: `not an address on ${served.id}` }]);
    }
    const inv = await rt.investigator.investigate({ address, network, lang });
    // A stranger's wallet history is personal: who looked is on the record.
    await rt.accounts.audit(principalOf(c)!, 'investigation.run', `${network}:${address}`, { category: inv.category, priority: inv.priority, via: 'api' });
    return c.json(inv, 200);
  });
}
