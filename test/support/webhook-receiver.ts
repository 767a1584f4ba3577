import { createServer, type Server } from 'node:http';

export interface ReceivedWebhook {
  at: number;
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * A helpdesk's webhook endpoint on 127.0.0.1: records every request, answers 500 to the
 * first `failFirst` of each webhook-id (a receiver having a bad minute), then 204.
 */
export async function startWebhookReceiver(opts: { failFirst?: number } = {}) {
  const received: ReceivedWebhook[] = [];
  const seen = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const id = String(req.headers['webhook-id'] ?? '');
      const n = (seen.get(id) ?? 0) + 1;
      seen.set(id, n);
      const status = n <= (opts.failFirst ?? 0) ? 500 : 204;
      received.push({ at: Date.now(), status, headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])), body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    /** Accepted (2xx) deliveries, parsed. */
    accepted: () => received.filter((r) => r.status < 300).map((r) => ({ ...r, json: JSON.parse(r.body) })),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** Polls until `check` returns a value (not undefined), or fails after `ms`. */
export async function eventually<T>(check: () => Promise<T | undefined> | T | undefined, ms = 15_000, what = 'condition'): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
