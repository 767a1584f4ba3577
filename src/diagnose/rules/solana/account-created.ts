import { showAmount } from '../../../../chains/amount.ts';
import { finding } from '../../finding.ts';
import type { TxRule } from '../../types.ts';
import { solanaEvidence } from './evidence.ts';

/**
 * The transfer opened the recipient's token account and the sender paid its rent deposit:
 * the usual answer to "why did this cost 0.002 SOL more than the fee?". Not reported for
 * tokens we cannot name or that impersonate others (the fake-token finding says what matters).
 */
export const recipientAccountCreatedRule: TxRule = ({ tx }) => {
  const s = tx.solana;
  if (tx.status !== 'success' || !s) return [];
  const t = s.splTransfers.find((x) => x.destinationCreated && x.rentPaid && !x.ownerIsTokenAccount);
  if (!t || t.amount.symbol === '?' || tx.tokenTransfers.some((x) => x.token === t.mint && x.impersonates)) return [];
  const created = s.createdAccounts.find((a) => a.address === t.destination);
  return [
    finding(
      'SOLANA_RECIPIENT_ACCOUNT_CREATED',
      { rent: showAmount(t.rentPaid!), recipient: t.destinationOwner ?? t.destination, symbol: t.amount.symbol, amount: showAmount(t.amount), payer: created?.payer ?? tx.from, network: tx.network },
      [...solanaEvidence(tx), { label: 'token account created', value: t.destination }],
      { network: tx.network, txHash: tx.hash },
    ),
  ];
};
