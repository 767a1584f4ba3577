import type { RecentInvestigations } from '../api/runtime.ts';
import type { CaseService } from '../case-service.ts';
import type { CaseSink, InboundTicket, SinkResult } from './case-sink.ts';

/**
 * Inbound tickets into the case archive: a ticket becomes a case linked by its id
 * (externalRef); the same ticket updated later adds to that case. Re-checks then follow it.
 */
export class CaseStoreSink implements CaseSink {
  constructor(
    private readonly cases: CaseService,
    /** The console's recent list shows helpdesk tickets too. */
    private readonly recent?: RecentInvestigations,
  ) {}

  async submit(ticket: InboundTicket): Promise<SinkResult> {
    const input = { text: ticket.text, ...(ticket.lang ? { lang: ticket.lang } : {}) };
    const { investigation, caseRow } = await this.cases.investigate(input, {
      externalRef: ticket.externalRef,
      customerRef: ticket.customerRef,
      channel: ticket.channel,
      actor: `integration:${ticket.channel}`,
    });
    this.recent?.add(investigation, input);
    return { investigation, caseId: caseRow.id };
  }
}
