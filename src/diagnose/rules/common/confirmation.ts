import { finding } from '../../finding.ts';
import { soleTransfer } from '../../sole-transfer.ts';
import { txEvidence } from '../../evidence.ts';
import type { TxRule } from '../../types.ts';

/** A successful transaction is either final, or still gathering confirmations. */
export const confirmationRule: TxRule = ({ tx, network, input }) => {
  if (tx.status !== 'success') return [];
  const where = { network: tx.network, txHash: tx.hash };
  // Permission updates, approvals and staking move no funds: do not tell the user funds arrived.
  // A zero-value transfer moves nothing either (poisoners plant them).
  const moved = tx.tokenTransfers.some((t) => t.amount.raw !== '0') || tx.value.raw !== '0' ? 'yes' : 'no';
  if (tx.final) return [finding('TX_CONFIRMED', { network: network.id, confirmations: tx.confirmations ?? undefined, moved, ...soleTransfer(tx) }, txEvidence(tx), where)];
  const remaining = Math.max(0, tx.confirmationsRequired - (tx.confirmations ?? 0));
  // The wait is the blocks still needed at the pace blocks come now (the monitor's), else the network's usual pace.
  const health = input.health?.[network.id];
  const secondsPerBlock = health?.blockIntervalSeconds ?? network.blockTimeSeconds;
  return [
    finding(
      'TX_AWAITING_CONFIRMATIONS',
      {
        network: network.id,
        confirmations: tx.confirmations ?? 0,
        required: tx.confirmationsRequired,
        remaining,
        etaMinutes: Math.max(1, Math.ceil((remaining * secondsPerBlock) / 60)),
        secondsPerBlock,
        paceSource: health?.intervalSource === 'observed' ? 'live' : 'typical',
        // A halted network gives no time at all (NETWORK_STALLED says why).
        stalled: health?.state === 'stalled' ? 'yes' : undefined,
      },
      txEvidence(tx),
      where,
    ),
  ];
};

