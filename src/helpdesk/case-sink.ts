import type { Lang } from '../../chains/types.ts';
import type { RecentInvestigations } from '../api/runtime.ts';
import type { Investigation, Investigator } from '../investigate.ts';

/** A ticket from a helpdesk, as txtriage needs it (whatever the helpdesk's own shape). */
export interface InboundTicket {
  /** Which integration it came through. */
  channel: 'zendesk' | 'intake';
  /** The helpdesk's ticket id: cases are linked by it (externalRef). */
  externalRef: string;
  /** The complaint: subject, description, latest comment. */
  text: string;
  lang?: Lang;
  /** The helpdesk's id of the customer (never shown to the public). */
  customerRef?: string;
}

export interface SinkResult {
  investigation: Investigation;
  /** The case it became or joined, once a case store is wired in. */
  caseId?: string;
}

/**
 * Where inbound tickets go. The default investigates and keeps the result with the recent
 * investigations; the case store (src/store) replaces it with "create or add to the case
 * with this externalRef" without the routes changing.
 */
export interface CaseSink {
  submit(ticket: InboundTicket): Promise<SinkResult>;
}

export class InvestigatingSink implements CaseSink {
  constructor(
    private readonly investigator: Investigator,
    private readonly recent: RecentInvestigations,
  ) {}

  async submit(ticket: InboundTicket): Promise<SinkResult> {
    const input = { text: ticket.text, ...(ticket.lang ? { lang: ticket.lang } : {}) };
    const investigation = await this.investigator.investigate(input);
    this.recent.add(investigation, input);
    return { investigation };
  }
}
