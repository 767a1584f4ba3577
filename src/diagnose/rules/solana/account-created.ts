import { showAmount } from '../../../../chains/amount.ts';
import { finding } from '../../finding.ts';
import type { TxRule } from '../../types.ts';
import { solanaEvidence } from './evidence.ts';

/**
 * The transfer opened the recipient's token account and the sender paid its rent deposit:
 * the usual answer to "why did this cost 0.002 SOL more than the fee?". Not reported for
 * tokens we cannot name or that impersonate others (the fake-token finding says what matters).
 * Wrapped SOL counts: SOL sent straight into a new wSOL account for someone (no token
 * transfer instruction) opened it just the same, and only the part above the wrapped
 * amount is rent.
 */
export const recipientAccountCreatedRule: TxRule = ({ tx }) => {
  const s = tx.solana;
  if (tx.status !== 'success' || !s) return [];
  const t = s.splTransfers.find((x) => x.destinationCreated && x.rentPaid && !x.ownerIsTokenAccount);
  const where = { network: tx.network, txHash: tx.hash };
  if (t) {
    if (t.amount.symbol === '?' || tx.tokenTransfers.some((x) => x.token === t.mint && x.impersonates)) return [];
    const created = s.createdAccounts.find((a) => a.address === t.destination);
    return [
      finding(
        'SOLANA_RECIPIENT_ACCOUNT_CREATED',
        { rent: showAmount(t.rentPaid!), recipient: t.destinationOwner ?? t.destination, symbol: t.amount.symbol, amount: showAmount(t.amount), payer: created?.payer ?? tx.from, network: tx.network },
        [...solanaEvidence(tx), { label: 'token account created', value: t.destination }],
        where,
      ),
    ];
  }
  // Opened for someone else without a token transfer instruction (wrapped SOL sent as SOL).
  const opened = s.createdAccounts.find((a) => a.kind === 'associated-token-account' && a.owner && a.payer && a.owner !== a.payer && s.signers.includes(a.payer));
  const credited = opened && s.tokenChanges.find((c) => c.tokenAccount === opened.address);
  if (!opened || !credited || credited.symbol === '?' || BigInt(opened.rentPaid.raw) <= 0n) return [];
  return [
    finding(
      'SOLANA_RECIPIENT_ACCOUNT_CREATED',
      { rent: showAmount(opened.rentPaid), recipient: opened.owner!, symbol: credited.symbol, amount: BigInt(credited.change.raw) > 0n ? showAmount(credited.change) : undefined, payer: opened.payer!, network: tx.network },
      [...solanaEvidence(tx), { label: 'token account created', value: opened.address }],
      where,
    ),
  ];
};
