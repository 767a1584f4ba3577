import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';

/** Every request gets an id (or keeps the caller's), echoed back and used in logs. */
export const requestId = (): MiddlewareHandler => async (c, next) => {
  const incoming = c.req.header('x-request-id');
  const id = incoming && /^[\w.-]{1,64}$/.test(incoming) ? incoming : randomUUID();
  c.set('requestId' as never, id as never);
  c.header('x-request-id', id);
  await next();
};
