import { showAmount, toAmount } from '../../../../chains/amount.ts';
import { RENT_EXEMPT_WALLET_LAMPORTS } from '../../../../chains/solana/tx-facts.ts';
import { finding } from '../../finding.ts';
import type { TxRule } from '../../types.ts';
import { failureParams } from '../common/failure.ts';
import { solanaEvidence } from './evidence.ts';

/**
 * A Solana transaction failed (from `meta.err` only: logs never decide). One failing
 * instruction rolls the whole transaction back, so nothing but the fee was spent.
 */
export const solanaFailureRule: TxRule = ({ tx, network }) => {
  const e = tx.solana?.error;
  if (tx.status !== 'failed' || !e) return [];
  const where = { network: tx.network, txHash: tx.hash };
  const common = { ...failureParams(tx), errorName: e.name, reason: e.meaning, errorCode: e.display, errorCategory: e.category };

  if (e.scope === 'instruction') {
    const spl = tx.solana!.splTransfers.find((t) => t.instructionIndex === e.instructionIndex) ?? tx.solana!.splTransfers[0];
    return [
      finding(
        'SOLANA_INSTRUCTION_FAILED',
        {
          ...common,
          instruction: (e.instructionIndex ?? 0) + 1,
          program: e.programName ?? e.programId ?? 'unknown program',
          balance: e.category === 'insufficient_funds' && spl?.sourceBalance ? showAmount(spl.sourceBalance) : undefined,
        },
        solanaEvidence(tx),
        where,
      ),
    ];
  }

  const minimum = showAmount(toAmount(RENT_EXEMPT_WALLET_LAMPORTS, network.nativeToken.decimals, network.nativeToken.symbol));
  // Which account would have dropped below the rent-exempt minimum: the one receiving, or the sender's own.
  const rentRole = e.account === undefined ? undefined : e.account === tx.from ? 'sender' : tx.solana!.solTransfers.some((t) => t.to === e.account) ? 'recipient' : 'other';
  return [finding('SOLANA_TX_FAILED', { ...common, account: e.account, rentRole, minimum }, solanaEvidence(tx), where)];
};
