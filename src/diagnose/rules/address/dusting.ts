import { showAmount } from '../../../../chains/amount.ts';
import { sameAddress } from '../../../../chains/token-symbols.ts';
import type { AddressTransfer, Family, Network } from '../../../../chains/types.ts';
import { finding } from '../../finding.ts';
import type { AddressRule } from '../../types.ts';
import { looksAlike } from '../common/complaint-mismatch.ts';
import { addressEvidence, transferEvidence } from './evidence.ts';
import { isBait, realContacts } from './poisoning.ts';

/**
 * Native amounts at or below these are dust: worth less than the fee of sending them.
 * Poisoning bots send 1 sun, a few lamports or a few gwei of ETH.
 */
const NATIVE_DUST: Record<Family, number> = { evm: 0.0001, tron: 0.01, solana: 0.0001 };
/** Dust counts when it lands within this long after one of the owner's own transfers. */
const AFTER_OWN_TRANSFER_SECONDS = 6 * 60 * 60;

/**
 * Dusting: tiny, zero-value or unknown-token transfers from strangers, right after the
 * owner's own transfers. Bots watch for a payment and answer it at once, hoping the
 * sender copies their address next time; the look-alike can be weak (a few matching
 * characters) or absent. Close look-alikes are ADDRESS_POISONING (poisoning.ts); this
 * rule says the rest out loud, so a report never calls such a history clean in silence.
 */
export const dustingRule: AddressRule = ({ facts, network }) => {
  const own = facts.transfers.filter((t) => t.direction === 'out' && !isBait(t) && t.amount.raw !== '0' && (!t.executor || sameAddress(network, t.executor, facts.address)));
  if (own.length === 0) return [];
  const contacts = realContacts(facts.transfers);
  const sentTokens = new Set(own.map((t) => t.token ?? ''));
  const dust = facts.transfers.filter(
    (t) =>
      isUnsolicited(t, network, facts.address) &&
      isDust(t, network, sentTokens) &&
      // Close look-alikes of a real contact are the poisoning rule's finding.
      !contacts.some((c) => looksAlike(network, c, t.counterparty)) &&
      own.some((o) => soonAfter(o, t)),
  );
  if (dust.length === 0) return [];
  const senders = [...new Set(dust.map((t) => t.counterparty))];
  const first = own.find((o) => dust.some((d) => soonAfter(o, d)))!;
  return [
    finding(
      'DUSTING_TRANSFERS',
      {
        network: network.id,
        count: dust.length,
        assets: [...new Set(dust.map((t) => showAmount(t.amount)))].slice(0, 4).join(', '),
        senders: senders.slice(0, 3).join(', '),
        senderCount: senders.length,
        afterTx: first.hash,
        afterAmount: showAmount(first.amount),
      },
      [addressEvidence(facts), transferEvidence(first), ...dust.slice(0, 10).map(transferEvidence)],
      { network: network.id, address: facts.address },
    ),
  ];
};

/** Incoming, sent by someone else (a transferFrom "out" of the owner for 0 is also planted). */
function isUnsolicited(t: AddressTransfer, network: Network, owner: string): boolean {
  if (t.direction === 'in') return !sameAddress(network, t.counterparty, owner);
  return t.amount.raw === '0' && Boolean(t.executor) && !sameAddress(network, t.executor!, owner);
}

function isDust(t: AddressTransfer, network: Network, sentTokens: Set<string>): boolean {
  // A fake copy of a well-known token is a fake-token lure, not dust: other findings name it.
  if (t.impersonates) return false;
  if (t.amount.raw === '0') return true;
  if (!t.token) return Number(t.amount.formatted) <= NATIVE_DUST[network.family];
  if (t.wellKnown) return isBait(t);
  // A token the owner never sent and nobody lists: spam, whatever the amount.
  return !sentTokens.has(t.token);
}

function soonAfter(own: AddressTransfer, t: AddressTransfer): boolean {
  if (own.timestamp !== null && t.timestamp !== null) return t.timestamp >= own.timestamp && t.timestamp - own.timestamp <= AFTER_OWN_TRANSFER_SECONDS;
  return t.block >= own.block;
}
