import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AccountStore } from '../../accounts/account-store.ts';
import { ApiKeyCreateSchema, ApiKeyMintedSchema, ApiKeySchema } from '../account-schemas.ts';
import { principalOf } from '../middleware/identity.ts';
import { need } from '../middleware/permission.ts';
import { defaultHook } from '../problem.ts';
import { agentProblemResponses, problemResponses } from '../schemas.ts';

const security = [{ agentKey: [] }];
const tags = ['accounts'];
const middleware = need('admin');
const json = <T extends z.ZodType>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description });
const idParam = z.object({ id: z.string().regex(/^[a-z0-9]{10}$/).openapi({ description: 'The key id (the part after `txk_`).', example: '3f9a0c71be' }) });

const list = createRoute({
  method: 'get', path: '/v1/keys', tags, security, middleware,
  summary: 'Integration keys, newest first (admins)',
  description: 'Names, scopes, hints and dates; never the keys themselves.',
  responses: { 200: json(z.array(ApiKeySchema), 'Keys, revoked ones included'), ...agentProblemResponses },
});

const mint = createRoute({
  method: 'post', path: '/v1/keys', tags, security, middleware,
  summary: 'Mint an integration key (admins)',
  description: 'The answer carries the whole key, this once: only its SHA-256 is stored. Send it as `Authorization: Bearer txk_…`.',
  request: { body: { content: { 'application/json': { schema: ApiKeyCreateSchema } }, required: true } },
  responses: { 201: json(ApiKeyMintedSchema, 'Minted (the key is shown once)'), ...problemResponses, ...agentProblemResponses },
});

const revoke = createRoute({
  method: 'delete', path: '/v1/keys/{id}', tags, security, middleware,
  summary: 'Revoke an integration key (admins)',
  description: 'It stops working at once, on every instance (each request looks the key up).',
  request: { params: idParam },
  responses: { 200: json(ApiKeySchema, 'The revoked key'), 404: problemResponses[400], ...agentProblemResponses },
});

/** Admins mint and revoke the keys helpdesk systems use. Every change is in the audit log. */
export function keyRoutes(accounts: AccountStore) {
  return new OpenAPIHono({ defaultHook })
    .openapi(list, async (c) => c.json(await accounts.listKeys(), 200))
    .openapi(mint, async (c) => {
      const { key, view } = await accounts.mintKey(c.req.valid('json'), principalOf(c)!);
      return c.json({ ...view, key }, 201);
    })
    .openapi(revoke, async (c) => c.json(await accounts.revokeKey(c.req.valid('param').id, principalOf(c)!), 200));
}
