import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';
import { AppError, ClientAbortedError, InvalidInputError, UnsupportedMediaTypeError } from '../errors/app-error.ts';
import { clientAborted } from '../web/form.ts';

/** RFC 9457 problem details, with our stable error code and field errors. */
export function problem(c: Context, err: AppError) {
  const body = {
    type: `https://txtriage.dev/problems/${err.code.toLowerCase().replace(/_/g, '-')}`,
    title: err.message,
    status: err.status,
    code: err.code,
    ...(err.details ? { detail: err.details } : {}),
    ...(err.fields ? { errors: err.fields } : {}),
  };
  return c.newResponse(JSON.stringify(body), err.status as ContentfulStatusCode, { 'content-type': 'application/problem+json' });
}

export function zodToInputError(error: ZodError): InvalidInputError {
  return new InvalidInputError(
    error.issues.map((i) => ({ field: i.path.join('.') || 'body', message: i.message })),
    'The request is not valid.',
  );
}

/** One hook shapes every validation failure the same way. */
export function defaultHook(result: { success: boolean; error?: unknown }, c: Context) {
  if (!result.success) return problem(c, zodToInputError(result.error as ZodError));
}

export function onError(err: Error, c: Context) {
  // Whatever broke while reading a request its client abandoned is the abandonment, not a bug.
  if (err instanceof ClientAbortedError || clientAborted(c)) {
    console.log(JSON.stringify({ level: 'info', msg: 'client aborted the request', requestId: c.get('requestId' as never), method: c.req.method, path: c.req.path }));
    return problem(c, err instanceof ClientAbortedError ? err : new ClientAbortedError());
  }
  if (err instanceof AppError) return problem(c, err);
  // Hono's own HTTP errors (e.g. malformed JSON) carry a status below 500.
  const status = (err as { status?: number }).status;
  if (status === 400) return problem(c, new InvalidInputError([{ field: 'body', message: err.message || 'malformed request body' }]));
  // The body validator refuses a content type it cannot read (the API takes JSON only).
  if (status === 415) return problem(c, new UnsupportedMediaTypeError());
  if (typeof status === 'number' && status > 400 && status < 500) {
    return problem(c, new AppError('BAD_REQUEST', err.message || 'Bad request.', { status }));
  }
  console.error(JSON.stringify({ level: 'error', msg: 'unhandled error', requestId: c.get('requestId' as never), error: String(err?.stack ?? err) }));
  return problem(c, new AppError('INTERNAL', 'Something went wrong on our side. Please retry.', { status: 500 }));
}
