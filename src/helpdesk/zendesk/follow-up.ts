import type { ZendeskTickets } from './client.ts';
import type { ZendeskFieldMap } from './field-map.ts';
import { followUpNote, type CaseChange } from './note.ts';

/** The least a case must say for a follow-up on its Zendesk ticket (the case store's case has more). */
export interface ZendeskLinkedChange extends CaseChange {
  channel: string;
  /** The Zendesk ticket id. */
  externalRef?: string;
}

/**
 * What the case work calls when a re-check changed a case's answer: a second internal note
 * on the same ticket. Cases from other channels, and changes that keep the category and
 * codes, post nothing. Returns whether a note was posted.
 */
export function zendeskFollowUp(tickets: ZendeskTickets, map: ZendeskFieldMap, publicUrl?: string) {
  return async function onCaseUpdated(change: ZendeskLinkedChange): Promise<boolean> {
    if (change.channel !== 'zendesk' || !change.externalRef) return false;
    const now = change.current.findings.map((f) => f.code);
    const same = change.previous.category === change.current.category && now.length === change.previous.codes.length && now.every((c) => change.previous.codes.includes(c));
    if (same) return false;
    await tickets.update(change.externalRef, followUpNote(change, map, publicUrl));
    return true;
  };
}
