import { showAmount } from '../../../../chains/amount.ts';
import { finding } from '../../finding.ts';
import { txEvidence } from '../../evidence.ts';
import type { TxRule } from '../../types.ts';

/**
 * An AccountPermissionUpdate that lets other keys sign for the account. The usual TRON
 * theft: a phishing site or a fake wallet gets the owner to sign it, and from then on
 * only the thief's key can move the funds (the balance stays visible, untouchable).
 */
export const permissionChangedRule: TxRule = ({ tx }) => {
  const u = tx.tron?.permissionUpdate;
  if (tx.status !== 'success' || !u || u.foreignSigners.length === 0) return [];
  const keys = (p: { keys: { address: string; weight: number }[]; threshold: number } | null) =>
    p ? `${p.keys.map((k) => `${k.address} (weight ${k.weight})`).join(', ')}; threshold ${p.threshold}` : '';
  const evidence = [...txEvidence(tx), { label: 'owner permission now', value: keys(u.owner) }];
  for (const a of u.actives) evidence.push({ label: `active permission "${a.name ?? a.id}" now`, value: keys(a) });
  return [
    finding(
      'TRON_PERMISSION_CHANGED',
      {
        network: tx.network,
        account: u.account,
        signers: u.foreignSigners.join(', '),
        ownerLost: u.ownerControlLost ? 'yes' : 'no',
        date: tx.block?.timestamp ? new Date(tx.block.timestamp * 1000).toISOString().slice(0, 10) : undefined,
        fee: tx.fee ? showAmount(tx.fee) : undefined,
      },
      evidence,
      { network: tx.network, txHash: tx.hash },
    ),
  ];
};
