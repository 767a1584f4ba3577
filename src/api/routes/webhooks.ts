import { randomBytes } from 'node:crypto';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { NotFoundError } from '../../errors/app-error.ts';
import { iso } from '../../store/time.ts';
import type { EndpointRow, WebhookStore } from '../../store/webhook-store.ts';
import { defaultHook } from '../problem.ts';
import { agentProblemResponses, problemResponses } from '../schemas.ts';
import { need } from '../middleware/permission.ts';

const security = [{ agentKey: [] }];
const tags = ['webhooks'];
/** Where case data goes is an admin's decision. */
const middleware = need('admin');

const EndpointSchema = z
  .object({
    id: z.string(),
    url: z.string(),
    eventTypes: z.union([z.literal('*'), z.array(z.string())]),
    source: z.enum(['env', 'api']),
    enabled: z.boolean(),
    createdAt: z.string(),
  })
  .openapi('WebhookEndpoint');

const EndpointCreatedSchema = EndpointSchema.extend({ secret: z.string().openapi({ description: 'Shown once: verify signatures with it (Standard Webhooks).' }) }).openapi('WebhookEndpointCreated');

const CreateSchema = z
  .object({
    url: z.url({ protocol: /^https?$/ }),
    secret: z.string().regex(/^whsec_[A-Za-z0-9+/=]{16,}$/).optional().openapi({ description: 'whsec_<base64>; generated when absent.' }),
    eventTypes: z.array(z.string().min(1).max(60)).min(1).optional().openapi({ description: 'e.g. ["case.updated","case.resolved"]; all when absent.' }),
  })
  .openapi('WebhookEndpointRequest');

const view = (e: EndpointRow) => ({
  id: e.id,
  url: e.url,
  eventTypes: e.event_types === '*' ? ('*' as const) : (JSON.parse(e.event_types) as string[]),
  source: e.source as 'env' | 'api',
  enabled: Boolean(e.enabled),
  createdAt: e.created_at,
});

const list = createRoute({ method: 'get', path: '/v1/webhooks', tags, security, middleware, summary: 'Webhook endpoints', responses: { 200: { content: { 'application/json': { schema: z.array(EndpointSchema) } }, description: 'Endpoints' }, ...agentProblemResponses } });
const create = createRoute({
  method: 'post', path: '/v1/webhooks', tags, security, middleware, summary: 'Add a webhook endpoint',
  request: { body: { content: { 'application/json': { schema: CreateSchema } }, required: true } },
  responses: { 201: { content: { 'application/json': { schema: EndpointCreatedSchema } }, description: 'Added (the secret is shown once)' }, ...problemResponses, ...agentProblemResponses },
});
const remove = createRoute({
  method: 'delete', path: '/v1/webhooks/{id}', tags, security, middleware, summary: 'Stop sending to an endpoint (its delivery log stays)',
  request: { params: z.object({ id: z.string().uuid() }) },
  responses: { 204: { description: 'Disabled' }, 404: problemResponses[400], ...agentProblemResponses },
});

export function webhookRoutes(webhooks: WebhookStore) {
  return new OpenAPIHono({ defaultHook })
    .openapi(list, async (c) => c.json((await webhooks.endpoints()).map(view), 200))
    .openapi(create, async (c) => {
      const body = c.req.valid('json');
      const secret = body.secret ?? `whsec_${randomBytes(24).toString('base64')}`;
      const row = await webhooks.addEndpoint({ url: body.url, secret, eventTypes: body.eventTypes ?? '*', source: 'api', at: iso(Date.now()) });
      return c.json({ ...view(row), secret }, 201);
    })
    .openapi(remove, async (c) => {
      if (!(await webhooks.disableEndpoint(c.req.valid('param').id))) throw new NotFoundError('Webhook endpoint');
      return c.body(null, 204);
    });
}
