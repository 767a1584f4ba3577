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
  if (offered && evm.baseFeeNow && BigInt(offered) < BigInt(evm.baseFeeNow)) {
    evidence.push({ label: 'max fee / current base fee', value: `${gwei(offered)} / ${gwei(evm.baseFeeNow)}` });
    out.push(finding('TX_PENDING_FEE_TOO_LOW', { network: network.id, offered: gwei(offered), baseFee: gwei(evm.baseFeeNow), nonce: evm.nonce, waitedMinutes }, evidence, where));
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
  if (out.length === 0) out.push(finding('TX_PENDING', { network: network.id, nonce: evm.nonce, waitedMinutes }, evidence, where));
  return out;
};
