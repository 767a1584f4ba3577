import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AccountStore } from '../../accounts/account-store.ts';
import { AgentCreateSchema, AgentPatchSchema, AgentSchema } from '../account-schemas.ts';
import { principalOf } from '../middleware/identity.ts';
import { need } from '../middleware/permission.ts';
import { defaultHook } from '../problem.ts';
import { agentProblemResponses, problemResponses } from '../schemas.ts';

const security = [{ agentKey: [] }];
const tags = ['accounts'];
const middleware = need('admin');
const json = <T extends z.ZodType>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description });

const list = createRoute({
  method: 'get', path: '/v1/agents', tags, security, middleware,
  summary: 'Agent accounts (admins)',
  responses: { 200: json(z.array(AgentSchema), 'Every agent, by user name'), ...agentProblemResponses },
});

const create = createRoute({
  method: 'post', path: '/v1/agents', tags, security, middleware,
  summary: 'Create an agent account (admins)',
  request: { body: { content: { 'application/json': { schema: AgentCreateSchema } }, required: true } },
  responses: { 201: json(AgentSchema, 'Created'), ...problemResponses, ...agentProblemResponses },
});

const patch = createRoute({
  method: 'patch', path: '/v1/agents/{id}', tags, security, middleware,
  summary: "Change an agent's role, name or password, or disable them (admins)",
  description: 'A new role, a new password or disabling ends the agent\'s sessions at once, on every instance.',
  request: { params: z.object({ id: z.string().min(1).max(64).openapi({ description: 'Agent id or user name.' }) }), body: { content: { 'application/json': { schema: AgentPatchSchema } }, required: true } },
  responses: { 200: json(AgentSchema, 'The agent after the change'), 404: problemResponses[400], ...problemResponses, ...agentProblemResponses },
});

/** Admins manage the people who use the console. Every change is in the audit log. */
export function agentRoutes(accounts: AccountStore) {
  return new OpenAPIHono({ defaultHook })
    .openapi(list, async (c) => c.json(await accounts.listAgents(), 200))
    .openapi(create, async (c) => c.json(await accounts.createAgent(c.req.valid('json'), principalOf(c)!), 201))
    .openapi(patch, async (c) => c.json(await accounts.updateAgent(c.req.valid('param').id, c.req.valid('json'), principalOf(c)!), 200));
}
