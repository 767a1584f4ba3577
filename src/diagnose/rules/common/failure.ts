import { showAmount } from '../../../../chains/amount.ts';
import type { DecodedError, TxFacts } from '../../../../chains/types.ts';
import { finding } from '../../finding.ts';
import { txEvidence } from '../../evidence.ts';
import type { FindingParams, TxRule } from '../../types.ts';

/** What a failed transaction cost, and what it meant to move but did not. */
export function failureParams(tx: TxFacts): FindingParams {
  return {
    network: tx.network,
    fee: tx.fee ? showAmount(tx.fee) : undefined,
    intended: tx.intendedTransfer ? showAmount(tx.intendedTransfer.amount) : tx.value.raw !== '0' ? showAmount(tx.value) : undefined,
  };
}

export function reasonParams(decoded: DecodedError | undefined): FindingParams {
  if (!decoded) return { reasonKind: 'none' };
  switch (decoded.type) {
    case 'error-string':
      return { reasonKind: 'message', reason: decoded.message };
    case 'panic':
      return { reasonKind: 'panic', panicCode: decoded.code, reason: decoded.meaning };
    case 'custom':
      return { reasonKind: 'custom', errorName: decoded.name, reason: decoded.meaning ?? decoded.signature };
    case 'unknown':
      return { reasonKind: 'unknown', reason: decoded.data.slice(0, 10) };
  }
}

/** Reverts and out-of-gas failures (EVM, and TRON's REVERT). */
export const failureRule: TxRule = ({ tx }) => {
  if (tx.status !== 'failed' || !tx.failure) return [];
  const where = { network: tx.network, txHash: tx.hash };
  const evidence = [...txEvidence(tx)];
  if (tx.failure.raw) evidence.push({ label: 'revert data', value: tx.failure.raw });
  const inner = tx.failure.innerCall;
  if (inner) evidence.push({ label: 'failing inner call (call trace)', value: `${inner.to} at depth ${inner.depth}: ${inner.outOfGas ? 'out of gas' : 'reverted'}` });
  if (tx.failure.kind === 'out_of_gas' && tx.evm) {
    evidence.push({ label: 'gas used / limit', value: `${tx.evm.gasUsed} / ${tx.evm.gasLimit}` });
    // Without a trace, "out of gas" is inferred from gas used near the limit: say "probably".
    const certainty = tx.failure.probable ? 'probable' : inner?.outOfGas ? 'traced' : 'certain';
    return [finding('TX_OUT_OF_GAS', { ...failureParams(tx), gasLimit: tx.evm.gasLimit, gasUsed: tx.evm.gasUsed ?? undefined, certainty, innerCall: inner?.to }, evidence, where)];
  }
  if (tx.failure.kind === 'revert') {
    // A sender frozen by the issuer must not be told to "fix it and resend": every retry fails and burns a fee.
    const frozenSender = tx.tron?.usdtBlacklist?.sender === true ? 'yes' : 'no';
    return [finding('TX_REVERTED', { ...failureParams(tx), ...reasonParams(tx.failure.decoded), frozenSender }, evidence, where)];
  }
  return [];
};
