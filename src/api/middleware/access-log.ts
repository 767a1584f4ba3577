import type { MiddlewareHandler } from 'hono';

/**
 * One structured line per request. Complaint text is never logged at info level:
 * it can hold names, phone numbers and addresses.
 */
export const accessLog = (level: string): MiddlewareHandler => async (c, next) => {
  const start = performance.now();
  await next();
  if (level === 'silent' || level === 'error' || level === 'warn') return;
  console.log(
    JSON.stringify({
      level: 'info',
      requestId: c.get('requestId' as never),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - start) * 10) / 10,
    }),
  );
};
