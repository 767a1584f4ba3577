import type { CaseStatus } from './model.ts';
import type { Outcome } from './outcome.ts';
import type { WatchReason } from './watch-policy.ts';

/**
 * The status a new investigation implies:
 * - still changing on chain → `waiting_on_chain`;
 * - no transaction id to check → `waiting_on_user` (the reply asks for it);
 * - final and fine (the transfer arrived) → `resolved`;
 * - anything else needs an agent → `open`.
 */
export function impliedStatus(o: Outcome, watch: WatchReason | null): CaseStatus {
  if (watch) return 'waiting_on_chain';
  if (o.codes.includes('NEED_TX_HASH')) return 'waiting_on_user';
  if (o.category === 'ok' && o.txs.length > 0 && o.txs.every((t) => t.final)) return 'resolved';
  return 'open';
}

/**
 * The status after an investigation. A complaint (an agent or the helpdesk adding to the
 * case) always re-derives it, reopening a closed case. A re-check only moves a case the
 * chain was holding (`waiting_on_chain`): an agent's own choice is never overruled by a timer.
 */
export function nextStatus(current: CaseStatus | null, o: Outcome, watch: WatchReason | null, trigger: 'complaint' | 'recheck'): CaseStatus {
  if (current === null || trigger === 'complaint') return impliedStatus(o, watch);
  return current === 'waiting_on_chain' ? impliedStatus(o, watch) : current;
}
