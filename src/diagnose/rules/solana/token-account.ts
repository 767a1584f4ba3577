import { showAmount } from '../../../../chains/amount.ts';
import { NATIVE_MINT } from '../../../../chains/solana/programs.ts';
import { finding } from '../../finding.ts';
import type { Finding, TxRule } from '../../types.ts';
import { solanaEvidence } from './evidence.ts';

/**
 * A token account address used as if it were a wallet address:
 * - SOL sent to it sits in the token account's own balance, shown nowhere and credited by
 *   no exchange; only its owner can recover it (by closing the account);
 * - tokens "sent to" it land in a new account owned by the token account address, for
 *   which nobody holds a key when that address is program-derived.
 */
/** A symbol worth printing: tokens we cannot name are just "a token account". */
const known = (symbol: string | null) => (symbol && symbol !== '?' ? symbol : undefined);

export const sentToTokenAccountRule: TxRule = ({ tx }) => {
  const s = tx.solana;
  if (tx.status !== 'success' || !s) return [];
  const where = { network: tx.network, txHash: tx.hash };
  const out: Finding[] = [];
  for (const t of s.solTransfers) {
    // SOL sent into a wrapped-SOL account is how SOL is wrapped: it is that account's token balance.
    if (t.inner || !t.toIsTokenAccount || t.toTokenAccountMint === NATIVE_MINT) continue;
    out.push(
      finding(
        'SOLANA_SENT_TO_TOKEN_ACCOUNT',
        { kind: 'sol', amount: showAmount(t.amount), tokenAccount: t.to, accountOwner: t.toTokenAccountOwner ?? undefined, symbol: known(t.toTokenAccountSymbol), network: tx.network },
        solanaEvidence(tx),
        where,
      ),
    );
  }
  for (const t of s.splTransfers) {
    if (!t.ownerIsTokenAccount || !t.destinationOwner) continue;
    out.push(
      finding(
        'SOLANA_SENT_TO_TOKEN_ACCOUNT',
        {
          kind: 'token',
          amount: showAmount(t.amount),
          tokenAccount: t.destinationOwner,
          accountOwner: t.ownerTokenAccountOwner ?? undefined,
          stuckAccount: t.destination,
          symbol: known(t.amount.symbol),
          noKey: t.ownerOffCurve ? 'yes' : 'no',
          network: tx.network,
        },
        [...solanaEvidence(tx), { label: 'account now holding the tokens', value: t.destination }],
        where,
      ),
    );
  }
  return out;
};
