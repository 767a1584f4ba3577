import { findingCodes } from './codes/index.ts';
import { finding } from './finding.ts';
import { commonRules, familyRules } from './rules/index.ts';
import type { Category, Diagnosis, DiagnosisInput, Finding, Priority, Severity, TxInvestigation } from './types.ts';

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };
/** Ties in severity: what needs the user's action first. */
const CATEGORY_RANK: Record<Category, number> = { suspicious: 0, failure: 1, missing: 2, delay: 3, inconclusive: 4, ok: 5 };

/**
 * Facts + hints → findings, category and priority. Pure and synchronous: everything it
 * needs is in `input` (including the clock), so it is tested with plain fixtures.
 */
export function diagnose(input: DiagnosisInput): Diagnosis {
  const findings: Finding[] = [];
  for (const tx of input.txs) findings.push(...diagnoseTx(tx, input));
  if (input.txs.length === 0) findings.push(finding('NEED_TX_HASH', { addressesOnly: input.addressesOnly ? 'yes' : 'no' }));
  if (input.hints.theft) findings.push(finding('THEFT_REPORTED', {}));

  const sorted = sortFindings(findings);
  return { findings: sorted, category: categoryOf(sorted), priority: priorityOf(sorted) };
}

function diagnoseTx(tx: TxInvestigation, input: DiagnosisInput): Finding[] {
  const found = tx.lookups.filter((l) => l.outcome === 'found');
  if (found.length > 0) {
    return found.flatMap((l) => {
      const ctx = { tx: l.facts, network: l.network, input };
      return [...commonRules, ...familyRules[l.network.family]].flatMap((rule) => rule(ctx));
    });
  }
  const failed = tx.lookups.filter((l) => l.outcome === 'error');
  const searched = tx.lookups.map((l) => l.network.id).join(',');
  // A query that failed is never "not found": the transaction may be on the network we could not ask.
  if (failed.length > 0) {
    return [
      finding(
        'LOOKUP_INCONCLUSIVE',
        { txHash: tx.id, failedNetworks: failed.map((l) => l.network.id).join(','), searched },
        failed.map((l) => ({ label: `query failed on ${l.network.id}`, value: l.outcome === 'error' ? `${l.error.code}: ${l.error.message}` : '' })),
        { txHash: tx.id },
      ),
    ];
  }
  // Where a transaction that never landed expires (Solana: its blockhash), "not found" after that window means "never happened, safe to resend".
  const expiring = tx.lookups.filter((l) => l.network.unconfirmedExpirySeconds !== undefined);
  const expiry = expiring.length
    ? { expiringNetworks: expiring.map((l) => l.network.id).join(','), expirySeconds: Math.max(...expiring.map((l) => l.network.unconfirmedExpirySeconds!)) }
    : {};
  return [finding('TX_NOT_FOUND', { txHash: tx.id, searched, ...expiry }, tx.lookups.map((l) => ({ label: 'not found on', value: l.network.id })), { txHash: tx.id })];
}

export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || CATEGORY_RANK[a.category] - CATEGORY_RANK[b.category]);
}

function categoryOf(sorted: Finding[]): Category {
  // Nothing was found and a query failed: whatever the user fears, we do not know yet.
  const foundAny = sorted.some((f) => f.network !== undefined);
  if (!foundAny && sorted.some((f) => f.code === 'LOOKUP_INCONCLUSIVE')) return 'inconclusive';
  // LARGE_AMOUNT only raises priority; it never decides what happened.
  const decisive = sorted.filter((f) => f.code !== 'LARGE_AMOUNT');
  return decisive[0]?.category ?? 'inconclusive';
}

function priorityOf(sorted: Finding[]): Priority {
  if (sorted.some((f) => f.severity === 'critical' || f.code === 'LARGE_AMOUNT')) return 'P1';
  if (sorted.some((f) => f.severity === 'high')) return 'P2';
  if (sorted.some((f) => f.severity === 'medium')) return 'P3';
  return 'P4';
}

export { findingCodes };
