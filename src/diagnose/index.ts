import { findingCodes } from './codes/index.ts';
import { withComplaintContext } from './complaint-context.ts';
import { finding } from './finding.ts';
import { claimedLargeAmount } from './rules/common/claimed-large-amount.ts';
import { addressRules, commonRules, familyRules } from './rules/index.ts';
import type { AddressInvestigation, Category, Diagnosis, DiagnosisInput, Finding, Priority, Severity, TxInvestigation } from './types.ts';

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
  const addressFindings = input.addresses.flatMap((a) => diagnoseAddress(a, input));
  findings.push(...addressFindings);
  if (input.txs.length === 0 && input.addresses.length === 0) findings.push(finding('NEED_TX_HASH', { addressesOnly: input.addressesOnly ? 'yes' : 'no' }));
  if (input.hints.theft) {
    const unrelated = unrelatedToWallet(input);
    const aside = new Set(unrelated.map((f) => f.txHash));
    // The user's claims (amount, recipient) were about their own loss, not about this transaction.
    const kept = findings.filter((f) => !(aside.has(f.txHash) && (f.code === 'AMOUNT_MISMATCH' || f.code === 'RECIPIENT_MISMATCH')));
    findings.splice(0, findings.length, ...kept.map((f) => (aside.has(f.txHash) && (f.code === 'TX_CONFIRMED' || f.code === 'TX_AWAITING_CONFIRMATIONS') ? { ...f, params: { ...f.params, overshadowed: 'yes' } } : f)), ...unrelated);
    // A complete address check that found nothing tempers the report: still followed up
    // (high), but not ahead of real thefts. Anything less than complete keeps it critical.
    const checkedClean = addressFindings.length > 0 && addressFindings.every((f) => f.code === 'NO_THEFT_PATTERN');
    findings.push(finding('THEFT_REPORTED', { kind: theftKind(findings) }, [], {}, checkedClean ? 'high' : undefined));
  }
  findings.push(...claimedLargeAmount(input, findings));
  // An explorer we do not serve explains a lookup that found nothing; once a transaction is read, it is moot.
  if (!findings.some((f) => f.network !== undefined)) {
    for (const e of input.hints.elsewhere) findings.push(finding('UNSUPPORTED_EXPLORER', { explorer: e.explorer, network: e.network }));
  }

  const sorted = sortFindings(withComplaintContext(findings, input.hints, input.networks));
  return { findings: sorted, category: categoryOf(sorted), priority: priorityOf(sorted) };
}

function diagnoseTx(tx: TxInvestigation, input: DiagnosisInput): Finding[] {
  const found = tx.lookups.filter((l) => l.outcome === 'found');
  if (found.length > 0) {
    return found.flatMap((l) => {
      const ctx = { tx: l.facts, network: l.network, input };
      return withoutFalseReassurance([...commonRules, ...familyRules[l.network.family]].flatMap((rule) => rule(ctx)));
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

/**
 * What kind of theft report this is. "Scammed" with a fake token in the transaction and no
 * sign of a drain is a payment scam: someone paid the user with a worthless copy. That
 * needs the fake-token explanation and steps about the buyer, not "your key is
 * compromised, move your funds".
 */
function theftKind(findings: readonly Finding[]): 'fake-payment' | 'theft' {
  const fake = findings.some((f) => f.code === 'FAKE_TOKEN');
  const drained = findings.some((f) => THEFT_CODES.has(f.code));
  return fake && !drained ? 'fake-payment' : 'theft';
}

/**
 * A theft report names a wallet and gives a transaction that neither comes from nor goes
 * to it: say so plainly (the wallet's own history is investigated instead), and never
 * describe that transaction as the user's ("your funds arrived at the receiving address").
 */
function unrelatedToWallet(input: DiagnosisInput): Finding[] {
  const wallets = input.addresses.map((a) => a.address.toLowerCase());
  if (wallets.length === 0) return [];
  return input.txs.flatMap((t) =>
    t.lookups.flatMap((l) => {
      if (l.outcome !== 'found') return [];
      const tx = l.facts;
      const parties = [tx.from, tx.to, ...tx.tokenTransfers.flatMap((x) => [x.from, x.to]), tx.intendedTransfer?.to].filter((a): a is string => Boolean(a)).map((a) => a.toLowerCase());
      if (wallets.some((w) => parties.includes(w))) return [];
      return [
        finding('TX_NOT_INVOLVING_WALLET', { network: tx.network, txHash: tx.hash, wallet: input.addresses[0].address, from: tx.from, to: tx.tokenTransfers[0]?.to ?? tx.to ?? undefined }, [], {
          network: tx.network,
          txHash: tx.hash,
        }),
      ];
    }),
  );
}

const THEFT_CODES = new Set<string>(['RISKY_APPROVAL', 'DRAIN_BY_SPENDER', 'SWEEP_TO_ONE_ADDRESS', 'ADDRESS_POISONING', 'SENT_TO_POISONED_ADDRESS', 'FUNDS_TRACED_TO_EXCHANGE', 'ACCOUNT_PERMISSION_CHANGED', 'ACCOUNT_DELEGATED', 'TOKEN_AUTHORITY_CHANGED', 'ACCOUNT_CLOSED_AND_SWEPT', 'DURABLE_NONCE_PRESIGNED', 'USDT_BLACKLISTED', 'DUSTING_TRANSFERS']);

/**
 * An address's history on each network it was looked up on. "No theft pattern" is only
 * ever said of networks whose history was fetched completely.
 */
function diagnoseAddress(inv: AddressInvestigation, input: DiagnosisInput): Finding[] {
  const findings: Finding[] = [];
  const clean: string[] = [];
  const incomplete: string[] = [];
  let covered = 0;
  for (const lookup of inv.lookups) {
    if (lookup.outcome === 'error') {
      incomplete.push(lookup.network.id);
      continue;
    }
    const ctx = { facts: lookup.facts, network: lookup.network, input };
    const found = addressRules.flatMap((rule) => rule(ctx));
    findings.push(...found);
    covered += lookup.facts.coverage.transfers;
    if (lookup.facts.coverage.incomplete) incomplete.push(lookup.network.id);
    else if (!found.some((f) => THEFT_CODES.has(f.code))) clean.push(lookup.network.id);
  }
  const where = { address: inv.address };
  if (incomplete.length > 0) {
    const evidence = inv.lookups.flatMap((l) => (l.outcome === 'error' ? [{ label: `query failed on ${l.network.id}`, value: `${l.error.code}: ${l.error.message}` }] : l.facts.coverage.gaps.map((g) => ({ label: `gap on ${l.network.id}`, value: g }))));
    findings.push(finding('ADDRESS_SCAN_INCOMPLETE', { address: inv.address, failedNetworks: incomplete.join(',') }, evidence, where));
  }
  if (clean.length > 0 && !findings.some((f) => THEFT_CODES.has(f.code)) && incomplete.length === 0) {
    const first = inv.lookups.find((l) => l.outcome === 'found');
    const coverage = first?.outcome === 'found' ? first.facts.coverage : undefined;
    findings.push(
      finding(
        'NO_THEFT_PATTERN',
        { address: inv.address, networks: clean.join(','), transfers: covered, fromBlock: coverage?.fromBlock ?? undefined, toBlock: coverage?.toBlock ?? undefined, truncated: coverage?.truncated ? 'yes' : 'no' },
        [],
        where,
      ),
    );
  }
  return findings;
}

/**
 * "Final: the funds arrived" must not stand next to "sent to the token contract" or
 * "fake token": once a high or critical problem is found on the same transaction, the
 * confirmation only states the status (`overshadowed`), with no reassurance or steps.
 */
function withoutFalseReassurance(findings: Finding[]): Finding[] {
  const serious = findings.some((f) => f.severity === 'high' || f.severity === 'critical');
  if (!serious) return findings;
  // "Wait a few minutes, it will be credited" is false too once the transfer went to the wrong place.
  return findings.map((f) => (f.code === 'TX_CONFIRMED' || f.code === 'TX_AWAITING_CONFIRMATIONS' ? { ...f, params: { ...f.params, overshadowed: 'yes' } } : f));
}

export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || CATEGORY_RANK[a.category] - CATEGORY_RANK[b.category]);
}

function categoryOf(sorted: Finding[]): Category {
  // Nothing was found and a query failed: whatever the user fears, we do not know yet.
  const foundAny = sorted.some((f) => f.network !== undefined);
  if (!foundAny && sorted.some((f) => f.code === 'LOOKUP_INCONCLUSIVE' || f.code === 'ADDRESS_SCAN_INCOMPLETE')) return 'inconclusive';
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
