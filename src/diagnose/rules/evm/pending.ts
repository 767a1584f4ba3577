import { formatUnits } from 'ethers';
import { finding } from '../../finding.ts';
import { txEvidence } from '../../evidence.ts';
import type { Finding, TxRule } from '../../types.ts';

/** "3.21 gwei"; below a thousandth of a gwei, whole wei (never "1.00e-9 gwei"). */
const gwei = (wei: string | bigint) => {
  const n = Number(formatUnits(wei, 'gwei'));
  if (n > 0 && n < 0.001) return `${BigInt(wei)} wei`;
  return `${Number(n.toPrecision(3))} gwei`;
};

/**
 * What a per-gas price comes to for the whole transaction, in the network's own coin
 * ("0.000021 ETH"): users know what a fee in ETH is, not what "1 wei" per gas means.
 */
const totalFee = (perGas: string | bigint, gasLimit: string, token: { decimals: number; symbol: string }) => {
  const amount = Number(formatUnits(BigInt(perGas) * BigInt(gasLimit), token.decimals));
  return `${amount.toLocaleString('en-US', { maximumSignificantDigits: 2, useGrouping: false })} ${token.symbol}`;
};

/**
 * Why an EVM transaction is still pending. A max fee under the base fee cannot be
 * mined (EIP-1559); a nonce above the sender's mined nonce waits for the missing one.
 * Both can hold at once: each is reported.
 */
export const pendingRule: TxRule = ({ tx, network, input }) => {
  if (tx.status !== 'pending' || !tx.evm) return [];
  const { evm } = tx;
  const where = { network: tx.network, txHash: tx.hash };
  const evidence = txEvidence(tx);
  const waitedMinutes = tx.firstSeenPending ? Math.floor((input.now - tx.firstSeenPending) / 60) : undefined;
  const out: Finding[] = [];

  const offered = evm.maxFeePerGas ?? evm.gasPrice;
  const health = input.health?.[network.id];
  // A halted network includes nothing, whatever the fee: the fee is not the reason (NETWORK_STALLED says so).
  const stalled = health?.state === 'stalled';
  if (!stalled && offered && evm.baseFeeNow && BigInt(offered) < BigInt(evm.baseFeeNow)) {
    evidence.push({ label: 'max fee / current base fee', value: `${gwei(offered)} / ${gwei(evm.baseFeeNow)}` });
    const totals = evm.gasLimit ? { offeredTotal: totalFee(offered, evm.gasLimit, network.nativeToken), requiredTotal: totalFee(evm.baseFeeNow, evm.gasLimit, network.nativeToken) } : {};
    out.push(finding('TX_PENDING_FEE_TOO_LOW', { network: network.id, offered: gwei(offered), baseFee: gwei(evm.baseFeeNow), ...totals, nonce: evm.nonce, waitedMinutes }, evidence, where));
  }
  if (evm.senderNonceLatest !== null && evm.nonce > evm.senderNonceLatest) {
    const blockingNonce = evm.senderNonceLatest;
    // The pool's nonce moves past the mined one only if the earlier tx is waiting there.
    const blockerPending = evm.senderNoncePending !== null && evm.senderNoncePending > blockingNonce;
    evidence.push({ label: 'nonce / next nonce to be mined', value: `${evm.nonce} / ${blockingNonce}` });
    out.push(
      finding('TX_PENDING_NONCE_GAP', { network: network.id, nonce: evm.nonce, blockingNonce, blocker: blockerPending ? 'pending' : 'missing', waitedMinutes }, evidence, where),
    );
  }
  const uncompetitive = !stalled && out.length === 0 ? belowMostBlocks(tx.evm, health?.evm) : undefined;
  if (uncompetitive) {
    evidence.push({ label: 'priority fee offered / recent blocks 10th–50th percentile', value: `${gwei(uncompetitive.tip)} / ${gwei(uncompetitive.p10)}–${gwei(uncompetitive.p50)}` });
    const totals = evm.gasLimit ? { tipTotal: totalFee(uncompetitive.tip, evm.gasLimit, network.nativeToken), p50Total: totalFee(uncompetitive.p50, evm.gasLimit, network.nativeToken) } : {};
    out.push(finding('TX_PENDING_FEE_UNCOMPETITIVE', { network: network.id, tip: gwei(uncompetitive.tip), p10: gwei(uncompetitive.p10), p50: gwei(uncompetitive.p50), ...totals, nonce: evm.nonce, waitedMinutes }, evidence, where));
  }
  if (out.length === 0 && !stalled) out.push(finding('TX_PENDING', { network: network.id, nonce: evm.nonce, waitedMinutes }, evidence, where));
  return out;
};

/**
 * The tip a pending transaction really offers now (EIP-1559: min(max priority fee, max
 * fee − base fee); legacy: gas price − base fee) against the tips recent blocks took, the
 * way gas trackers rank fees: under the median of the blocks' 10th percentile, most blocks
 * would not include it.
 */
function belowMostBlocks(evm: NonNullable<Parameters<TxRule>[0]['tx']['evm']>, market: { baseFeeWei: string; tipP10Wei: string; tipP50Wei: string } | undefined) {
  if (!market || !evm.baseFeeNow) return undefined;
  const base = BigInt(evm.baseFeeNow);
  const maxFee = evm.maxFeePerGas ?? evm.gasPrice;
  if (!maxFee) return undefined;
  const headroom = BigInt(maxFee) - base;
  const tip = evm.maxPriorityFeePerGas !== null && evm.maxPriorityFeePerGas !== undefined && BigInt(evm.maxPriorityFeePerGas) < headroom ? BigInt(evm.maxPriorityFeePerGas) : headroom;
  const p10 = BigInt(market.tipP10Wei);
  if (p10 === 0n || tip >= p10) return undefined;
  return { tip, p10, p50: BigInt(market.tipP50Wei) };
}
