import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { NetworkHealth } from '../../../chains/health/types.ts';
import { defaultHook } from '../problem.ts';
import type { Runtime } from '../runtime.ts';

const NetworkStatusSchema = z
  .object({
    network: z.string(),
    name: z.object({ en: z.string(), zh: z.string() }),
    demo: z.boolean(),
    state: z.enum(['normal', 'busy', 'slow', 'stalled', 'unknown']),
    reasons: z.array(z.string()),
    checkedAt: z.number().nullable(),
    head: z.number().nullable(),
    headAgeSeconds: z.number().nullable(),
    blockIntervalSeconds: z.number(),
    intervalSource: z.enum(['observed', 'typical']),
    expectedBlockSeconds: z.number(),
    finalityLag: z.number().nullable(),
    evm: z.record(z.string(), z.unknown()).optional(),
    tron: z.record(z.string(), z.unknown()).optional(),
    solana: z.record(z.string(), z.unknown()).optional(),
    watched: z.boolean(),
    failures: z.number(),
  })
  .openapi('NetworkStatus');

const status = createRoute({
  method: 'get',
  path: '/v1/networks/status',
  summary: 'State of every served network (normal, busy, slow, stalled, unknown) and the numbers behind it',
  description: 'Public. Asking counts as interest: the monitor polls the networks for HEALTH_IDLE_MINUTES afterwards. See docs/networks.md for states and thresholds.',
  responses: { 200: { content: { 'application/json': { schema: z.object({ networks: z.array(NetworkStatusSchema) }) } }, description: 'Network states' } },
});

/** How long a status request waits for the first probe of a network nobody watched (then it answers with what it has). */
const FIRST_PROBE_WAIT_MS = 1500;

/** Every served network's state, probing those with no recent sample first (bounded wait). */
export async function networkStatuses(rt: Runtime): Promise<(NetworkHealth & { name: { en: string; zh: string }; demo: boolean })[]> {
  const monitor = rt.health;
  if (!monitor) return [];
  monitor.touchAll();
  const stale = monitor.networks.filter((n) => {
    const h = monitor.snapshot(n.id);
    return !h || h.checkedAt === null || Date.now() / 1000 - h.checkedAt > 2 * (n.health?.pollSeconds ?? 10);
  });
  if (stale.length > 0) {
    await Promise.race([Promise.all(stale.map((n) => monitor.fresh(n.id, 0).catch(() => undefined))), new Promise((r) => setTimeout(r, FIRST_PROBE_WAIT_MS).unref())]);
  }
  return monitor.networks.map((n) => ({ ...monitor.snapshot(n.id)!, name: n.name, demo: n.demo === true }));
}

export function networkRoutes(rt: Runtime) {
  return new OpenAPIHono({ defaultHook }).openapi(status, async (c) => c.json({ networks: await networkStatuses(rt) }, 200));
}
