import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { defaultHook } from '../problem.ts';
import { readiness } from '../readiness.ts';
import type { Runtime } from '../runtime.ts';
import { DemoCaseSchema } from '../schemas.ts';

const health = createRoute({
  method: 'get',
  path: '/healthz',
  summary: 'Liveness',
  responses: { 200: { content: { 'application/json': { schema: z.object({ ok: z.boolean(), mode: z.enum(['demo', 'live']), networks: z.array(z.string()) }) } }, description: 'Alive' } },
});

const NetworkReadinessSchema = z.object({ network: z.string(), usable: z.boolean(), detail: z.string().optional() });
const ReadinessSchema = z.object({
  ready: z.boolean(),
  store: z.object({ kind: z.string(), usable: z.boolean(), detail: z.string().optional() }),
  networks: z.array(NetworkReadinessSchema),
});

const ready = createRoute({
  method: 'get',
  path: '/readyz',
  summary: 'Readiness: whether the store and each network are usable',
  description: '200 when the store answers and at least one network can be asked; 503 otherwise. Each network is listed with its state.',
  responses: {
    200: { content: { 'application/json': { schema: ReadinessSchema } }, description: 'Ready' },
    503: { content: { 'application/json': { schema: ReadinessSchema } }, description: 'Not ready' },
  },
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
    .openapi(ready, async (c) => {
      const report = await readiness(rt.storeHealth, rt.networkHealth);
      c.header('cache-control', 'no-store');
      return report.ready ? c.json(report, 200) : c.json(report, 503);
    })
    .openapi(demo, (c) => c.json(rt.demoCases, 200));
}
