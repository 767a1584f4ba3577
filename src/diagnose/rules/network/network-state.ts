import { finding } from '../../finding.ts';
import type { TxRule } from '../../types.ts';

/**
 * A transaction still moving (pending, or mined and gathering confirmations) on a network
 * the monitor sees stalled, slow or (for pending ones) busy: say so, because then the wait
 * is the network's, not the user's doing. Congestion does not slow a mined transaction's
 * confirmations, so "busy" is only said of pending ones.
 */
export const networkStateRule: TxRule = ({ tx, network, input }) => {
  const health = input.health?.[network.id];
  if (!health) return [];
  const pending = tx.status === 'pending';
  const confirming = tx.status === 'success' && !tx.final;
  if (!pending && !confirming) return [];
  const where = { network: tx.network, txHash: tx.hash };
  const evidence = [
    { label: 'network state', value: `${health.state} (${health.reasons.join(', ') || 'no reason'})` },
    { label: 'head block / age', value: `${health.head ?? '?'} / ${health.headAgeSeconds ?? '?'} s` },
    { label: 'seconds per block now / usual', value: `${health.blockIntervalSeconds} / ${health.expectedBlockSeconds}` },
  ];
  const base = { network: network.id, head: health.head ?? undefined, expectedSeconds: health.expectedBlockSeconds };
  if (health.state === 'stalled') {
    const age = health.headAgeSeconds ?? 0;
    return [finding('NETWORK_STALLED', { ...base, stalledMinutes: Math.max(1, Math.round(age / 60)), stalledSeconds: Math.round(age) }, evidence, where)];
  }
  if (health.state === 'slow') {
    return [finding('NETWORK_SLOW', { ...base, intervalSeconds: health.blockIntervalSeconds, finalityLagging: health.reasons.includes('finality_lagging') ? 'yes' : 'no' }, evidence, where)];
  }
  if (health.state === 'busy' && pending) {
    return [finding('NETWORK_CONGESTED', { ...base, full: health.reasons.includes('blocks_full') ? 'yes' : 'no' }, evidence, where)];
  }
  return [];
};
