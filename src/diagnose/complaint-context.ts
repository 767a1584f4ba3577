import type { Family, Network } from '../../chains/types.ts';
import type { Hints } from '../intake/hints.ts';
import type { Finding, FindingParams } from './types.ts';

/**
 * What the complaint said that changes how a finding is worded, added to its params so the
 * catalogs stay pure: the exchange and direction (whom to ask for what), the story of a
 * complaint without an id (answered with one precise question), and the networks the
 * evidence points to (a "could not check" answer names those, the rest as "other networks").
 */
export function withComplaintContext(findings: Finding[], hints: Hints, networks: readonly Network[]): Finding[] {
  const exchange = exchangeParams(hints);
  return findings.map((f) => {
    switch (f.code) {
      case 'NEED_TX_HASH':
        return withParams(f, { ...exchange, ...story(hints, networks), ...loss(hints) });
      case 'TX_NOT_FOUND':
        // A link to an explorer of a network we do not serve: the transaction may well be there.
        return withParams(f, { ...exchange, elsewhere: hints.elsewhere.some((e) => e.network) ? 'yes' : undefined });
      case 'TX_CONFIRMED':
      case 'TX_AWAITING_CONFIRMATIONS':
        return withParams(f, exchange);
      case 'LOOKUP_INCONCLUSIVE':
        return withParams(f, { ...exchange, likelyNetworks: likelyAmong(String(f.params.failedNetworks ?? ''), hints, networks) });
      default:
        return f;
    }
  });
}

function withParams(f: Finding, params: FindingParams): Finding {
  const set = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined && v !== ''));
  return Object.keys(set).length ? { ...f, params: { ...f.params, ...set } } : f;
}

function exchangeParams(hints: Hints): FindingParams {
  return { exchange: hints.exchange?.name, direction: hints.exchange?.direction };
}

/** Amount, asset and network the user stated, for a reply that repeats what it understood. */
function story(hints: Hints, networks: readonly Network[]): FindingParams {
  const amount = hints.amounts[0] ? `${hints.amounts[0].value} ${hints.amounts[0].token}` : hints.usd[0] !== undefined ? `$${hints.usd[0]}` : undefined;
  const asset = hints.amounts[0]?.token ?? hints.tokens[0];
  const network = hints.networks[0] ?? hints.likely.networks[0];
  const known = amount !== undefined || hints.exchange?.direction !== undefined;
  return known ? { story: 'yes', amount, asset: amount ? undefined : asset, network: networks.some((n) => n.id === network) ? network : undefined } : {};
}

/**
 * "转错地址了，能追回吗" / "转错链了" without an id: the question is answered before the hash
 * is asked for (a transfer to a wrong address cannot be reversed; one on a wrong network
 * can often be recovered by the platform), and the reply warns of recovery scams.
 */
function loss(hints: Hints): FindingParams {
  const said = hints.wrongAddressSaid ? 'wrong-address' : hints.wrongNetworkSaid ? 'wrong-network' : undefined;
  return said ? { said, warnScams: 'yes' } : {};
}

/**
 * Of the networks that did not answer, those the complaint points to (named, linked, or
 * the family its addresses and coins belong to). When nothing points anywhere and only one
 * or two networks were asked, those are the likely ones (the id's shape chose them).
 */
function likelyAmong(failed: string, hints: Hints, networks: readonly Network[]): string {
  const ids = failed.split(',').filter(Boolean);
  const familyOf = (id: string): Family | undefined => networks.find((n) => n.id === id)?.family;
  const pointed = ids.filter((id) => hints.likely.networks.includes(id) || hints.networks.includes(id));
  const byFamily = pointed.length ? [] : ids.filter((id) => hints.likely.families.includes(familyOf(id)!));
  // A family hint names the family's networks only when it is one network (TRON, Solana), not the seven EVM ones.
  const likely = pointed.length ? pointed : byFamily.length > 0 && byFamily.length <= 2 ? byFamily : ids.length <= 2 ? ids : [];
  return likely.join(',');
}
