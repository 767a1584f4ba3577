import { showAmount } from '../../../../chains/amount.ts';
import { sameAddress } from '../../../../chains/token-symbols.ts';
import type { AddressTransfer } from '../../../../chains/types.ts';
import { finding } from '../../finding.ts';
import type { AddressRule, Finding } from '../../types.ts';
import { looksAlike } from '../common/complaint-mismatch.ts';
import { addressEvidence, transferEvidence } from './evidence.ts';

/** Below this many units a stablecoin transfer is "dust" (used to plant an address). */
const DUST_UNITS = 0.01;

export const isBait = (t: AddressTransfer) => t.amount.raw === '0' || Boolean(t.impersonates) || (t.wellKnown && Number(t.amount.formatted) < DUST_UNITS);

/**
 * Address poisoning: zero-value, dust or fake-token transfers put a look-alike of a real
 * contact into the victim's history, hoping it gets copied next time.
 */
export const poisoningRule: AddressRule = ({ facts, network }) => {
  const real = realContacts(facts.transfers);
  const out: Finding[] = [];
  const reported = new Set<string>();
  for (const bait of facts.transfers.filter(isBait)) {
    const original = real.find((r) => looksAlike(network, r, bait.counterparty));
    if (!original || reported.has(bait.counterparty)) continue;
    reported.add(bait.counterparty);
    const evidence = [addressEvidence(facts), transferEvidence(bait)];
    out.push(finding('ADDRESS_POISONING', { network: network.id, lookalikeAddress: bait.counterparty, realAddress: original }, evidence, { network: network.id, address: facts.address }));

    const paid = facts.transfers.filter((t) => t.direction === 'out' && !isBait(t) && sameAddress(network, t.counterparty, bait.counterparty) && notBefore(t, bait));
    for (const p of paid) {
      out.push(
        finding(
          'SENT_TO_POISONED_ADDRESS',
          { network: network.id, lookalikeAddress: bait.counterparty, realAddress: original, amount: showAmount(p.amount), token: p.symbol, native: p.token ? 'no' : 'yes', txHash: p.hash },
          [addressEvidence(facts), transferEvidence(bait), transferEvidence(p)],
          { network: network.id, address: facts.address, txHash: p.hash },
        ),
      );
    }
  }
  return out;
};

/** Order by time when both have one (TRON's TRC-20 list gives no block numbers), else by block. */
function notBefore(a: AddressTransfer, b: AddressTransfer): boolean {
  return a.timestamp !== null && b.timestamp !== null ? a.timestamp >= b.timestamp : a.block >= b.block;
}

/** Addresses the owner really deals with: real value, either way, that is not bait. */
export function realContacts(transfers: AddressTransfer[]): string[] {
  return [...new Set(transfers.filter((t) => !isBait(t) && t.wellKnown).map((t) => t.counterparty))];
}

