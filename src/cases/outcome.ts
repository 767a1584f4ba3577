import type { FindingCode } from '../diagnose/codes/index.ts';
import type { Category, Priority } from '../diagnose/types.ts';

/**
 * What of an investigation a case compares between snapshots: the verdict and the state
 * of each transaction. Confirmation counts are left out on purpose: they grow every
 * block, and a case event per block would bury the changes that matter.
 */
export interface Outcome {
  category: Category;
  priority: Priority;
  codes: FindingCode[];
  txs: { hash: string; network: string; status: string; final: boolean }[];
  /** Lookups per transaction id (found / not_found / error), for watch decisions. */
  lookups: { txHash: string; network: string; outcome: 'found' | 'not_found' | 'error' }[];
  txIds: string[];
  addresses: string[];
}

/** The investigation shape this module reads (a subset of src/investigate.ts's Investigation). */
export interface InvestigationLike {
  category: Category;
  priority: Priority;
  findings: { code: FindingCode; network?: string }[];
  transactions: { hash: string; network: string; status: string; final: boolean }[];
  lookups: { txHash: string; network: string; outcome: 'found' | 'not_found' | 'error' }[];
  understood: { txIds: string[]; addresses: string[] };
}

export function outcomeOf(inv: InvestigationLike): Outcome {
  return {
    category: inv.category,
    priority: inv.priority,
    codes: [...new Set(inv.findings.map((f) => f.code))],
    txs: inv.transactions.map((t) => ({ hash: t.hash, network: t.network, status: t.status, final: t.final })),
    lookups: inv.lookups.map((l) => ({ txHash: l.txHash, network: l.network, outcome: l.outcome })),
    txIds: inv.understood.txIds,
    addresses: inv.understood.addresses,
  };
}

/** Old → new of what matters; empty (`changed: false`) when a re-check saw the same answer. */
export interface Change {
  changed: boolean;
  category?: { from: Category; to: Category };
  priority?: { from: Priority; to: Priority };
  codesAdded: FindingCode[];
  codesRemoved: FindingCode[];
  /** Transactions whose status or finality moved ("pending → success", "final"). */
  txs: { hash: string; network: string; from: string; to: string }[];
}

const txState = (t: Outcome['txs'][number]) => `${t.status}${t.final ? ' (final)' : ''}`;

export function whatChanged(before: Outcome, after: Outcome): Change {
  const codesAdded = after.codes.filter((c) => !before.codes.includes(c));
  const codesRemoved = before.codes.filter((c) => !after.codes.includes(c));
  const txs: Change['txs'] = [];
  for (const t of after.txs) {
    const old = before.txs.find((b) => b.hash.toLowerCase() === t.hash.toLowerCase() && b.network === t.network);
    const from = old ? txState(old) : 'not found';
    if (from !== txState(t)) txs.push({ hash: t.hash, network: t.network, from, to: txState(t) });
  }
  for (const b of before.txs) {
    if (!after.txs.some((t) => t.hash.toLowerCase() === b.hash.toLowerCase() && t.network === b.network)) txs.push({ hash: b.hash, network: b.network, from: txState(b), to: 'not found' });
  }
  const change: Change = { changed: false, codesAdded, codesRemoved, txs };
  if (before.category !== after.category) change.category = { from: before.category, to: after.category };
  if (before.priority !== after.priority) change.priority = { from: before.priority, to: after.priority };
  change.changed = Boolean(change.category || change.priority || codesAdded.length || codesRemoved.length || txs.length);
  return change;
}
