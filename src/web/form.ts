import type { Context } from 'hono';
import { ClientAbortedError, InvalidInputError } from '../errors/app-error.ts';

/** Whether the client of this request (served by @hono/node-server) hung up before sending all of it. */
export function clientAborted(c: Context): boolean {
  const incoming = (c.env as { incoming?: { complete?: boolean; destroyed?: boolean; readableAborted?: boolean; errored?: unknown } } | undefined)?.incoming;
  if (!incoming) return false;
  return Boolean(incoming.readableAborted || incoming.errored || (incoming.destroyed && !incoming.complete));
}

/**
 * A posted form, or a typed 400: a body that does not parse (multipart without a
 * boundary, a broken part, bytes that are no form) is the client's mistake, never ours.
 * A client that hung up mid-body is told apart, so the log says "aborted", not "error".
 */
export async function readForm(c: Context): Promise<Record<string, string>> {
  let parsed: Record<string, unknown>;
  try {
    parsed = await c.req.parseBody();
  } catch (err) {
    if (clientAborted(c)) throw new ClientAbortedError();
    throw new InvalidInputError([{ field: 'body', message: `not a readable form (${String((err as Error)?.message ?? err).slice(0, 80)})` }], 'The form could not be read.');
  }
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(parsed)) if (typeof v === 'string') out[k] = v;
  return out;
}
