import { z } from 'zod';
import type { Category, Priority } from '../../diagnose/types.ts';

/**
 * THE table between Zendesk and txtriage, in both directions. Inbound: where each field
 * is in the webhook's JSON body (dot paths; the body is whatever the Zendesk trigger's
 * "Notify webhook" action sends: docs/helpdesk.md gives the one these defaults expect).
 * Outbound: Zendesk's ticket priority for each txtriage priority, and the tags added.
 * Override any part with ZENDESK_FIELD_MAP (JSON, merged over these defaults).
 */
export interface ZendeskFieldMap {
  inbound: {
    ticketId: string;
    /** Joined with blank lines into the complaint text, in this order; missing ones skipped. */
    text: string[];
    /** The requester's locale ("zh-cn", "en-US"…); anything starting with "zh" is Chinese. */
    locale: string;
    customerRef: string;
  };
  outbound: {
    /** Zendesk ticket priorities: urgent, high, normal, low (Tickets API, `priority`). */
    priority: Record<Priority, 'urgent' | 'high' | 'normal' | 'low'>;
    /** Tags added to the ticket (`additional_tags`, so the helpdesk's own tags stay). */
    tags: string[];
    /** One more tag per category, e.g. txtriage_failure. */
    categoryTagPrefix: string;
  };
}

export const defaultZendeskFieldMap: ZendeskFieldMap = {
  inbound: {
    ticketId: 'ticket.id',
    text: ['ticket.subject', 'ticket.description', 'ticket.latest_comment'],
    locale: 'ticket.requester.locale',
    customerRef: 'ticket.requester.id',
  },
  outbound: {
    priority: { P1: 'urgent', P2: 'high', P3: 'normal', P4: 'low' },
    tags: ['txtriage'],
    categoryTagPrefix: 'txtriage_',
  },
};

const Path = z.string().regex(/^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*$/, 'a dot path such as ticket.id');
const Override = z
  .object({
    inbound: z.object({ ticketId: Path, text: z.array(Path).min(1), locale: Path, customerRef: Path }).partial(),
    outbound: z
      .object({
        priority: z.object({ P1: z.enum(['urgent', 'high', 'normal', 'low']), P2: z.enum(['urgent', 'high', 'normal', 'low']), P3: z.enum(['urgent', 'high', 'normal', 'low']), P4: z.enum(['urgent', 'high', 'normal', 'low']) }).partial(),
        tags: z.array(z.string().regex(/^[\w-]{1,80}$/)),
        categoryTagPrefix: z.string().regex(/^[\w-]{0,40}$/),
      })
      .partial(),
  })
  .partial()
  .strict();

/** Defaults with the operator's overrides (ZENDESK_FIELD_MAP); throws with the field at fault. */
export function zendeskFieldMap(json?: string): ZendeskFieldMap {
  if (!json) return defaultZendeskFieldMap;
  const o = Override.parse(JSON.parse(json));
  const d = defaultZendeskFieldMap;
  return {
    inbound: { ...d.inbound, ...o.inbound },
    outbound: { ...d.outbound, ...o.outbound, priority: { ...d.outbound.priority, ...o.outbound?.priority } },
  };
}

/** A value at a dot path, as text (numbers too: Zendesk ids are numbers). */
export function at(payload: unknown, path: string): string | undefined {
  let v: unknown = payload;
  for (const key of path.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined;
}

export function ticketTags(map: ZendeskFieldMap, category: Category, priority: Priority): string[] {
  return [...map.outbound.tags, `${map.outbound.categoryTagPrefix}${category}`, `${map.outbound.categoryTagPrefix}${priority.toLowerCase()}`];
}
