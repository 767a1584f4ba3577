import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in of the Zendesk Support API endpoints txtriage uses, answering in their
 * documented shapes (developer.zendesk.com/api-reference/ticketing/tickets/tickets/#update-ticket:
 * `PUT /api/v2/tickets/{ticket_id}.json`, body `{ "ticket": { … } }`, answer
 * `{ "ticket": {…}, "audit": { "events": […] } }`; errors as `{ "error": …, "description": … }`;
 * API-token auth is Basic `{email}/token:{api_token}`, developer.zendesk.com/api-reference/introduction/security-and-auth/).
 * It records every request, so tests can check the exact body sent.
 */
export interface RecordedRequest {
  method: string;
  path: string;
  authorization?: string;
  contentType?: string;
  body: unknown;
}

export interface ZendeskStandIn {
  /** API base, as ZENDESK_URL: http://127.0.0.1:{port}/api/v2 */
  apiUrl: string;
  requests: RecordedRequest[];
  tickets: Map<number, { id: number; priority: string | null; tags: string[]; comments: { html_body?: string; body?: string; public: boolean }[] }>;
  close(): Promise<void>;
}

const read = (req: IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

export async function startZendeskStandIn(opts: { email: string; token: string; ticketIds: number[] }): Promise<ZendeskStandIn> {
  const requests: RecordedRequest[] = [];
  const tickets: ZendeskStandIn['tickets'] = new Map(opts.ticketIds.map((id) => [id, { id, priority: null, tags: [], comments: [] }]));
  const expectedAuth = `Basic ${Buffer.from(`${opts.email}/token:${opts.token}`).toString('base64')}`;
  let auditId = 1000;

  const server = createServer(async (req, res) => {
    const raw = await read(req);
    let body: unknown = raw;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      /* recorded as text */
    }
    requests.push({ method: req.method ?? '', path: req.url ?? '', authorization: req.headers.authorization, contentType: req.headers['content-type'], body });
    const send = (status: number, json: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(json));
    };
    if (req.headers.authorization !== expectedAuth) return send(401, { error: "Couldn't authenticate you" });
    const m = /^\/api\/v2\/tickets\/(\d+)\.json$/.exec(req.url ?? '');
    if (!m || req.method !== 'PUT') return send(404, { error: 'InvalidEndpoint', description: 'Not found' });
    const ticket = tickets.get(Number(m[1]));
    if (!ticket) return send(404, { error: 'RecordNotFound', description: 'Not found' });
    const update = (body as { ticket?: Record<string, unknown> } | undefined)?.ticket;
    if (!update || typeof update !== 'object') return send(400, { error: 'InvalidValue', description: 'ticket is required' });
    const comment = update.comment as { html_body?: string; body?: string; public?: boolean } | undefined;
    if (comment) ticket.comments.push({ html_body: comment.html_body, body: comment.body, public: comment.public !== false });
    if (typeof update.priority === 'string') ticket.priority = update.priority;
    if (Array.isArray(update.tags)) ticket.tags = update.tags as string[];
    if (Array.isArray(update.additional_tags)) ticket.tags = [...new Set([...ticket.tags, ...(update.additional_tags as string[])])];
    const created_at = new Date().toISOString();
    send(200, {
      ticket: { id: ticket.id, url: `http://${req.headers.host}/api/v2/tickets/${ticket.id}.json`, priority: ticket.priority, tags: ticket.tags, updated_at: created_at },
      audit: { id: auditId++, ticket_id: ticket.id, created_at, events: comment ? [{ id: auditId++, type: 'Comment', body: comment.body ?? '', html_body: comment.html_body ?? '', public: comment.public !== false }] : [] },
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiUrl: `http://127.0.0.1:${port}/api/v2`,
    requests,
    tickets,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
