import { showAmount } from '../../../../chains/amount.ts';
import { finding } from '../../finding.ts';
import type { TxRule } from '../../types.ts';
import { solanaEvidence } from './evidence.ts';

/**
 * Staking moves SOL into a stake account the wallet controls; unstaking takes until the
 * end of the epoch (about 2 days) before it can be withdrawn. Users who see their SOL
 * balance drop read it as a loss: say where the SOL is and how it comes back.
 */
export const solanaStakingRule: TxRule = ({ tx, network }) => {
  const actions = tx.solana?.stakeActions ?? [];
  if (tx.status !== 'success' || actions.length === 0) return [];
  const created = actions.find((a) => a.kind === 'create');
  const delegated = actions.find((a) => a.kind === 'delegate');
  const main = created && delegated ? { ...delegated, kind: 'stake' as const, amount: created.amount } : (actions.find((a) => a.kind !== 'create') ?? created!);
  const action = main.kind === 'deactivate' ? 'unstake' : main.kind === 'create' ? 'stake-account' : main.kind;
  return [
    finding(
      'STAKING_OPERATION',
      {
        network: network.id,
        family: 'solana',
        action,
        amount: main.amount ? showAmount(main.amount) : undefined,
        stakeAccount: main.stakeAccount,
        validator: main.voteAccount ?? undefined,
        receiver: main.destination ?? undefined,
        fee: tx.fee ? showAmount(tx.fee) : undefined,
      },
      [...solanaEvidence(tx), ...actions.map((a) => ({ label: `stake ${a.kind}`, value: `${a.stakeAccount}${a.amount ? ` ${showAmount(a.amount)}` : ''}${a.voteAccount ? ` → validator ${a.voteAccount}` : ''}${a.destination ? ` → ${a.destination}` : ''}` }))],
      { network: tx.network, txHash: tx.hash },
    ),
  ];
};
