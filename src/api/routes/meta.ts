import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { defaultHook } from '../problem.ts';
import type { Runtime } from '../runtime.ts';
import { DemoCaseSchema } from '../schemas.ts';

const health = createRoute({
  method: 'get',
  path: '/healthz',
  summary: 'Liveness',
  responses: { 200: { content: { 'application/json': { schema: z.object({ ok: z.boolean(), mode: z.enum(['demo', 'live']), networks: z.array(z.string()) }) } }, description: 'Alive' } },
});

const demo = createRoute({
  method: 'get',
  path: '/v1/demo',
  summary: 'Seeded demo cases (demo mode only; empty in live mode)',
  responses: { 200: { content: { 'application/json': { schema: z.array(DemoCaseSchema) } }, description: 'Demo cases' } },
});

export function metaRoutes(rt: Runtime) {
  return new OpenAPIHono({ defaultHook })
    .openapi(health, (c) => c.json({ ok: true, mode: rt.config.mode, networks: rt.registry.networks.map((n) => n.id) }, 200))
    .openapi(demo, (c) => c.json(rt.demoCases, 200));
}
