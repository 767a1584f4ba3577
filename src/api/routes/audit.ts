import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { AccountStore } from '../../accounts/account-store.ts';
import { InvalidInputError } from '../../errors/app-error.ts';
import { AuditPageSchema, AuditQuerySchema } from '../account-schemas.ts';
import { need } from '../middleware/permission.ts';
import { defaultHook } from '../problem.ts';
import { agentProblemResponses, problemResponses } from '../schemas.ts';

/** Opaque to clients: the `at|id` of the last entry of a page. */
export const encodeAuditCursor = (next: string) => Buffer.from(next).toString('base64url');
export function decodeAuditCursor(cursor: string): string | null {
  const raw = Buffer.from(cursor, 'base64url').toString();
  return /^\d{4}-\d\d-\d\dT[\d:.]+Z\|[0-9a-f-]{36}$/.test(raw) ? raw : null;
}

const list = createRoute({
  method: 'get', path: '/v1/audit', tags: ['accounts'], security: [{ agentKey: [] }], middleware: need('audit:read'),
  summary: 'The audit log, newest first (leads and admins)',
  description: 'Who investigated, read a complaint, edited or sent a reply, changed a status, exported, signed in or out, and managed agents and keys.',
  request: { query: AuditQuerySchema },
  responses: { 200: { content: { 'application/json': { schema: AuditPageSchema } }, description: 'One page' }, ...problemResponses, ...agentProblemResponses },
});

export function auditRoutes(accounts: AccountStore) {
  return new OpenAPIHono({ defaultHook }).openapi(list, async (c) => {
    const q = c.req.valid('query');
    const before = q.cursor ? decodeAuditCursor(q.cursor) : undefined;
    if (before === null) throw new InvalidInputError([{ field: 'cursor', message: 'not a cursor of the audit log' }]);
    const page = await accounts.listAudit({ limit: q.limit, before, actor: q.actor, action: q.action });
    const names = await accounts.actorNames(page.entries.map((e) => e.actor));
    return c.json({ items: page.entries.map((e) => ({ ...e, actorName: names.get(e.actor) ?? null })), nextCursor: page.next ? encodeAuditCursor(page.next) : null }, 200);
  });
}
