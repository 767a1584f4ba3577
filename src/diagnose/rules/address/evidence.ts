import { showAmount, toAmount } from '../../../../chains/amount.ts';
import type { AddressFacts, AddressTransfer } from '../../../../chains/types.ts';
import type { Evidence } from '../../types.ts';

export function transferEvidence(t: AddressTransfer): Evidence {
  const arrow = t.direction === 'out' ? `→ ${t.counterparty}` : `← ${t.counterparty}`;
  const by = t.executor && t.direction === 'out' ? ` (sent by ${t.executor})` : '';
  return { label: `${t.direction === 'out' ? 'outgoing' : 'incoming'} ${t.timestamp ? new Date(t.timestamp * 1000).toISOString() : `block ${t.block}`}`, value: `${showAmount(t.amount)} ${arrow}${by} · ${t.hash}` };
}

export function addressEvidence(facts: AddressFacts): Evidence {
  return { label: 'address', value: facts.address, url: facts.explorerUrl };
}

/** "120 USDT, 3 DAI" */
export function sumByAsset(transfers: AddressTransfer[]): string {
  const totals = new Map<string, { raw: bigint; decimals: number }>();
  for (const t of transfers) {
    const prev = totals.get(t.symbol) ?? { raw: 0n, decimals: t.amount.decimals };
    totals.set(t.symbol, { raw: prev.raw + BigInt(t.amount.raw), decimals: t.amount.decimals });
  }
  return [...totals.entries()]
    .map(([symbol, { raw, decimals }]) => showAmount(toAmount(raw, decimals, symbol)))
    .join(', ');
}
