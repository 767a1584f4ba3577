import { showAmount } from '../../../../chains/amount.ts';
import type { TronResourceOperation } from '../../../../chains/tron/facts.ts';
import { UNFREEZE_DELAY_DAYS } from '../../../../chains/tron/fees.ts';
import { finding } from '../../finding.ts';
import { txEvidence } from '../../evidence.ts';
import type { TxRule } from '../../types.ts';

const ACTION: Record<TronResourceOperation['kind'], string> = {
  freeze: 'stake',
  unfreeze: 'unstake',
  delegate: 'delegate',
  undelegate: 'undelegate',
  'withdraw-unfrozen': 'withdraw',
  'cancel-unfreeze': 'cancel-unstake',
};

/**
 * Stake 2.0 operations move TRX out of the available balance without sending it
 * anywhere, which users read as "my TRX disappeared". Say what happened and when the
 * TRX come back (unstaked TRX wait UNFREEZE_DELAY_DAYS, then must be withdrawn).
 */
export const tronStakingRule: TxRule = ({ tx, network }) => {
  const op = tx.tron?.resourceOperation;
  if (tx.status !== 'success' || !op) return [];
  const availableAt = op.kind === 'unfreeze' && tx.block?.timestamp ? isoDate(tx.block.timestamp + UNFREEZE_DELAY_DAYS * 86_400) : undefined;
  return [
    finding(
      'STAKING_OPERATION',
      {
        network: network.id,
        family: 'tron',
        action: ACTION[op.kind],
        amount: op.amount && op.amount.raw !== '0' ? showAmount(op.amount) : undefined,
        resource: op.resource === 'ENERGY' ? 'energy' : op.resource === 'BANDWIDTH' ? 'bandwidth' : op.resource === 'TRON_POWER' ? 'power' : undefined,
        receiver: op.receiver ?? undefined,
        waitDays: op.kind === 'unfreeze' ? UNFREEZE_DELAY_DAYS : undefined,
        availableAt,
        fee: tx.fee ? showAmount(tx.fee) : undefined,
      },
      [...txEvidence(tx), { label: 'resource operation', value: `${tx.tron!.contractType}${op.resource ? ` (${op.resource})` : ''}${op.amount ? ` ${showAmount(op.amount)}` : ''}${op.receiver ? ` → ${op.receiver}` : ''}` }],
      { network: tx.network, txHash: tx.hash },
    ),
  ];
};

function isoDate(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}
