import type { Lang } from '../../../chains/types.ts';
import type { Category } from '../../diagnose/types.ts';
import { catalogs } from '../../explain/render.ts';
import type { Investigation } from '../../investigate.ts';
import { ticketTags, type ZendeskFieldMap } from './field-map.ts';

/** What txtriage writes on a ticket: the `ticket` object of PUT /api/v2/tickets/{id}.json. */
export interface TicketUpdate {
  comment: { html_body: string; public: false };
  priority?: 'urgent' | 'high' | 'normal' | 'low';
  additional_tags?: string[];
}

const words = {
  en: { heading: 'txtriage investigation', recheck: 'txtriage re-check: the answer changed', was: 'Before', now: 'Now', category: 'Category', priority: 'Priority', findings: 'Findings', reply: 'Suggested reply (edit before sending)', open: 'Open in the console' },
  zh: { heading: 'txtriage 调查结果', recheck: 'txtriage 复查：结论有变化', was: '之前', now: '现在', category: '类别', priority: '优先级', findings: '结论', reply: '建议回复（发送前可修改）', open: '在工作台中打开' },
} satisfies Record<Lang, Record<string, string>>;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** The reply as paragraphs, line breaks kept: Zendesk renders html_body as given. */
const paragraphs = (text: string) => text.split(/\n{2,}/).map((p) => `<p>${esc(p).replace(/\n/g, '<br>')}</p>`).join('');

function findingsHtml(inv: Investigation): string {
  return `<ul>${inv.findings.map((f) => `<li><strong>${esc(f.code)}</strong> ${esc(f.title)}: ${esc(f.detail)}</li>`).join('')}</ul>`;
}

function consoleLink(inv: Investigation, publicUrl: string | undefined, lang: Lang): string {
  return publicUrl ? `<p><a href="${esc(new URL(`console/i/${inv.id}?lang=${lang}`, publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`).toString())}">${words[lang].open}</a></p>` : '';
}

/**
 * The internal note for a new investigation: category, priority, findings with their
 * detail (agents only: the note is private, `public: false`), and the suggested reply.
 * The ticket's priority and tags follow the field map.
 */
export function investigationNote(inv: Investigation, map: ZendeskFieldMap, publicUrl?: string): TicketUpdate {
  const w = words[inv.lang];
  const p = catalogs[inv.lang].phrases;
  return privateNote(inv, map, publicUrl, w.heading, `${w.category}: ${esc(p.categories[inv.category])} · ${w.priority}: ${esc(inv.priority)} (${esc(p.priorities[inv.priority])})`);
}

export interface CaseChange {
  previous: { category: Category; codes: readonly string[] };
  current: Investigation;
}

/** The follow-up note after a re-check changed the answer: what it was, what it is, the new reply. */
export function followUpNote(change: CaseChange, map: ZendeskFieldMap, publicUrl?: string): TicketUpdate {
  const inv = change.current;
  const w = words[inv.lang];
  const p = catalogs[inv.lang].phrases;
  const summary = `${w.was}: ${esc(p.categories[change.previous.category])} (${change.previous.codes.map(esc).join(', ')})<br>${w.now}: ${esc(p.categories[inv.category])} (${inv.findings.map((f) => esc(f.code)).join(', ')})`;
  return privateNote(inv, map, publicUrl, w.recheck, summary);
}

/** Both notes: a heading, one summary line (HTML), the findings, the reply to send, the console link. */
function privateNote(inv: Investigation, map: ZendeskFieldMap, publicUrl: string | undefined, heading: string, summaryHtml: string): TicketUpdate {
  const w = words[inv.lang];
  const html = [`<h3>${heading}</h3>`, `<p>${summaryHtml}</p>`, `<h4>${w.findings}</h4>`, findingsHtml(inv), `<h4>${w.reply}</h4>`, paragraphs(inv.suggestedReply), consoleLink(inv, publicUrl, inv.lang)].join('');
  return { comment: { html_body: html, public: false }, priority: map.outbound.priority[inv.priority], additional_tags: ticketTags(map, inv.category, inv.priority) };
}
