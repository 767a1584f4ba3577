import { showAmount } from '../../chains/amount.ts';
import type { TxFacts } from '../../chains/types.ts';
import type { Evidence } from './types.ts';

/** The facts an agent checks first, each linked to the explorer. */
export function txEvidence(tx: TxFacts): Evidence[] {
  const out: Evidence[] = [
    { label: 'transaction', value: tx.hash, url: tx.explorerUrl },
    { label: 'network', value: tx.network },
    { label: 'status', value: tx.status },
    { label: 'from', value: tx.from },
  ];
  if (tx.to) out.push({ label: 'to', value: tx.to });
  if (tx.value.raw !== '0') out.push({ label: 'value', value: showAmount(tx.value) });
  for (const t of tx.tokenTransfers) out.push({ label: 'token transfer', value: `${showAmount(t.amount)} (${t.token}) ${t.from} → ${t.to}` });
  if (tx.block) out.push({ label: 'block', value: String(tx.block.number) });
  if (tx.confirmations !== null) out.push({ label: 'confirmations', value: `${tx.confirmations} / ${tx.confirmationsRequired}` });
  if (tx.fee) out.push({ label: 'fee', value: showAmount(tx.fee) });
  return out;
}
