import { contractResultSpec } from '../../../../chains/tron/results.ts';
import { finding } from '../../finding.ts';
import { txEvidence } from '../../evidence.ts';
import type { TxRule } from '../../types.ts';
import { failureParams } from '../common/failure.ts';
import { resourceEvidence, resourceParams, trx, trxCeil, usdtBudget } from './params.ts';

/**
 * Why a TRON contract call failed, when the answer is TRON's resource model rather than
 * the contract (REVERT goes through the common TX_REVERTED). OUT_OF_ENERGY has two
 * causes with opposite fixes: the fee limit capped the energy (raise the limit) or the
 * account ran out of energy and TRX (add TRX, stake or rent energy); the adapter tells
 * them apart (`feeLimitReached`).
 */
export const tronFailureRule: TxRule = ({ tx }) => {
  if (tx.status !== 'failed' || !tx.failure || !tx.tron) return [];
  const t = tx.tron;
  const where = { network: tx.network, txHash: tx.hash };
  const evidence = [...txEvidence(tx), ...resourceEvidence(t)];
  const params = { ...failureParams(tx), ...resourceParams(t), feeLimit: trx(t.feeLimitSun) };

  switch (tx.failure.kind) {
    case 'out_of_energy':
      if (t.feeLimitReached) {
        // Suggest a limit that covers the expensive case of this transfer; for other contracts, three times the one that failed.
        const suggested = usdtBudget(tx) ?? (t.feeLimitSun ? trxCeil(BigInt(t.feeLimitSun) * 3n) : undefined);
        return [finding('TRON_FEE_LIMIT_TOO_LOW', { ...params, suggestedFeeLimit: suggested }, evidence, where)];
      }
      return [finding('TRON_OUT_OF_ENERGY', { ...params, budget: usdtBudget(tx) }, evidence, where)];
    case 'out_of_time':
      return [finding('TRON_OUT_OF_TIME', params, evidence, where)];
    case 'unknown':
      return [finding('TRON_CONTRACT_FAILED', { ...params, result: t.contractResult ?? 'UNKNOWN', meaning: contractResultSpec(t.contractResult).meaning }, evidence, where)];
    default:
      return [];
  }
};
