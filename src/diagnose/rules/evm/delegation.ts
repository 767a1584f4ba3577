import { showAmount } from '../../../../chains/amount.ts';
import { isClearing } from '../../../../chains/evm/delegation.ts';
import { finding } from '../../finding.ts';
import { txEvidence } from '../../evidence.ts';
import type { TxRule } from '../../types.ts';

const same = (a: string | null | undefined, b: string | null | undefined) => Boolean(a && b && a.toLowerCase() === b.toLowerCase());

/**
 * EIP-7702 (Pectra, May 2025; BSC too): one signed authorization makes a wallet run a
 * contract's code. The 2025 theft: a site gets the user to sign one delegating to a
 * "sweeper" that forwards everything the wallet receives to the thief, while the key
 * still "works". Raised when a successful set-code transaction carried a delegation, or
 * when the code read at `to` shows that the user's own wallet (the sender, or an address
 * the complaint names) carries one. A delegation to the zero address clears one: no finding.
 * Critical when the user reports a theft or funds left the delegated wallet in this tx.
 */
export const delegationRule: TxRule = ({ tx, input }) => {
  const evm = tx.evm;
  if (!evm || tx.status !== 'success') return [];
  const granted = (evm.delegations ?? []).filter((d) => !isClearing(d));
  const ownWallets = [tx.from, ...input.addresses.map((a) => a.address)];
  const carried = evm.recipientDelegatesTo && tx.to && ownWallets.some((w) => same(w, tx.to)) ? { wallet: tx.to, delegate: evm.recipientDelegatesTo } : undefined;
  if (granted.length === 0 && !carried) return [];

  const delegates = [...new Set([...granted.map((d) => d.delegate), ...(carried ? [carried.delegate] : [])])];
  const authorities = [...new Set(granted.flatMap((d) => (d.authority ? [d.authority] : [])))];
  const delegated = [...new Set([...authorities, ...(carried ? [carried.wallet] : [])])];
  const outflows = tx.tokenTransfers.filter((t) => delegated.some((w) => same(w, t.from)) && !delegated.some((w) => same(w, t.to)));
  const critical = input.hints.theft || outflows.length > 0;

  const evidence = [...txEvidence(tx)];
  for (const d of granted) {
    evidence.push({ label: 'EIP-7702 authorization', value: `${d.authority ?? 'signer not recoverable'} → ${d.delegate} (chain id ${d.chainId === 0 ? 'any' : d.chainId}, nonce ${d.nonce})` });
  }
  if (carried) evidence.push({ label: 'code of the wallet now', value: `${carried.wallet}: EIP-7702 delegation to ${carried.delegate}` });
  return [
    finding(
      'ACCOUNT_DELEGATED',
      {
        network: tx.network,
        txHash: tx.hash,
        source: granted.length > 0 ? 'tx' : 'code',
        delegates: delegates.join(', '),
        // Empty when no signature recovered: the wording then says "your wallet" without naming one.
        account: delegated.join(', ') || undefined,
        active: carried ? 'yes' : 'unknown',
        moved: outflows.length > 0 ? outflows.map((t) => `${showAmount(t.amount)} → ${t.to}`).join('; ') : undefined,
      },
      evidence,
      { network: tx.network, txHash: tx.hash },
      critical ? 'critical' : undefined,
    ),
  ];
};
