import { sameAddress } from '../../../../chains/token-symbols.ts';
import type { AddressTransfer } from '../../../../chains/types.ts';
import { finding } from '../../finding.ts';
import type { AddressRule, Finding } from '../../types.ts';
import { addressEvidence, sumByAsset, transferEvidence } from './evidence.ts';

/** A sweep is several outflows to one place within this window. */
const SWEEP_WINDOW_SECONDS = 30 * 60;

const valuable = (t: AddressTransfer) => t.direction === 'out' && t.amount.raw !== '0' && !t.impersonates;

/** Value that left in transactions the owner did not send: someone used an approval. */
export const drainBySpenderRule: AddressRule = ({ facts, network }) => {
  const byThirdParty = facts.transfers.filter((t) => valuable(t) && t.executor && !sameAddress(network, t.executor, facts.address));
  const bySpender = groupBy(byThirdParty, (t) => t.executor!);
  return [...bySpender.entries()].map(([spender, ts]) =>
    finding(
      'DRAIN_BY_SPENDER',
      { network: network.id, spender, destination: ts[0].counterparty, assets: sumByAsset(ts), count: ts.length },
      [addressEvidence(facts), ...ts.slice(0, 10).map(transferEvidence)],
      { network: network.id, address: facts.address },
    ),
  );
};

/** Several outflows to one unlabelled address in a short time, sent by the owner's own key. */
export const sweepRule: AddressRule = ({ facts, network }) => {
  const own = facts.transfers.filter((t) => valuable(t) && (!t.executor || sameAddress(network, t.executor, facts.address)));
  const out: Finding[] = [];
  for (const [destination, ts] of groupBy(own, (t) => t.counterparty)) {
    if (facts.labels[destination]) continue;
    const times = ts.map((t) => t.timestamp ?? 0).sort((a, b) => a - b);
    const burst = times.length >= 2 && times.at(-1)! - times[0] <= SWEEP_WINDOW_SECONDS;
    const assets = new Set(ts.map((t) => t.token ?? t.symbol)).size;
    if (!burst || (assets < 2 && ts.length < 3)) continue;
    out.push(
      finding(
        'SWEEP_TO_ONE_ADDRESS',
        { network: network.id, destination, assets: sumByAsset(ts), count: ts.length, minutes: Math.max(1, Math.round((times.at(-1)! - times[0]) / 60)), fresh: facts.freshAddresses.includes(destination) ? 'yes' : 'no' },
        [addressEvidence(facts), ...ts.slice(0, 10).map(transferEvidence)],
        { network: network.id, address: facts.address },
      ),
    );
  }
  return out;
};

/** Where the trail of the funds reaches an exchange, the exchange can freeze them. */
export const tracedToExchangeRule: AddressRule = ({ facts, network }) =>
  facts.trails.flatMap((trail) => {
    const end = trail.at(-1);
    if (!end?.label || end.label.kind !== 'exchange') return [];
    return [
      finding(
        'FUNDS_TRACED_TO_EXCHANGE',
        { network: network.id, exchange: end.label.name, depositAddress: end.to, hops: trail.length, hashes: trail.map((h) => h.hash).join(', ') },
        trail.map((h) => ({ label: `hop ${h.from} → ${h.to}`, value: `${h.amount.formatted} ${h.amount.symbol} · ${h.hash}` })),
        { network: network.id, address: facts.address },
      ),
    ];
  });

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}
