import type { TronPermission } from '../../../../chains/tron/facts.ts';
import { finding } from '../../finding.ts';
import { txEvidence } from '../../evidence.ts';
import type { TxRule } from '../../types.ts';

const keys = (p: TronPermission) => `${p.keys.map((k) => `${k.address} (weight ${k.weight})`).join(', ')}; threshold ${p.threshold}`;

/**
 * An AccountPermissionUpdate that lets other keys sign for the account. The usual TRON
 * theft: a phishing site or a fake wallet gets the owner to sign it, and from then on
 * only the thief's key can move the funds (the balance stays visible, untouchable).
 * Same code as the address investigation's authority-change finding, same params.
 */
export const permissionChangedRule: TxRule = ({ tx }) => {
  const u = tx.tron?.permissionUpdate;
  if (tx.status !== 'success' || !u || u.foreignSigners.length === 0) return [];
  const parts = [
    ...(u.owner ? [`owner: ${keys(u.owner)}`] : []),
    ...u.actives.map((a) => `active "${a.name ?? a.id}": ${keys(a)}`),
    ...(u.ownerControlLost ? ["the account's own key no longer meets the owner threshold"] : []),
  ];
  const evidence = [...txEvidence(tx)];
  if (u.owner) evidence.push({ label: 'owner permission now', value: keys(u.owner) });
  for (const a of u.actives) evidence.push({ label: `active permission "${a.name ?? a.id}" now`, value: keys(a) });
  return [
    finding(
      'ACCOUNT_PERMISSION_CHANGED',
      { network: tx.network, newAuthorities: u.foreignSigners.join(', '), detail: parts.join('; '), txHash: tx.hash, account: u.account, ownerLost: u.ownerControlLost ? 'yes' : 'no' },
      evidence,
      { network: tx.network, txHash: tx.hash },
    ),
  ];
};
