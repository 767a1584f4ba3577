import { createClient } from 'node-zendesk';
import type { TicketUpdate } from './note.ts';

/** What txtriage does to a Zendesk ticket: one update (a private note, priority, tags). */
export interface ZendeskTickets {
  update(ticketId: string, ticket: TicketUpdate): Promise<void>;
}

export interface ZendeskClientOptions {
  /** The API base, e.g. https://acme.zendesk.com/api/v2 (a local stand-in in tests). */
  endpointUri: string;
  /** Agent e-mail and API token: Basic auth as `{email}/token:{token}`. */
  email: string;
  token: string;
}

/**
 * node-zendesk's `tickets.update` → PUT {endpointUri}/tickets/{id}.json with
 * `{ ticket: … }` (developer.zendesk.com/api-reference/ticketing/tickets/tickets/#update-ticket).
 * `endpointUri` replaces the subdomain, so the same client talks to the stand-in.
 */
export function zendeskTickets(opts: ZendeskClientOptions): ZendeskTickets {
  const client = createClient({ username: opts.email, token: opts.token, endpointUri: opts.endpointUri.replace(/\/$/, '') });
  return {
    async update(ticketId, ticket) {
      await client.tickets.update(Number(ticketId), { ticket } as never);
    },
  };
}
