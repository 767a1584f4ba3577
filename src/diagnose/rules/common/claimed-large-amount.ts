import type { Network } from '../../../../chains/types.ts';
import { finding } from '../../finding.ts';
import type { DiagnosisInput, Finding } from '../../types.ts';

/** Stablecoins count at face value, like the chain-based rule. */
const STABLE = new Set(['USDT', 'USDC', 'BUSD', 'DAI', 'FDUSD', 'TUSD', 'USDD']);

/**
 * A large sum the user states, when no transaction could be read (no id, not found, or the
 * network did not answer): "5万U 被盗了" is a P1 before any chain is reached. Dollar figures
 * count at face value; a native coin against its network's own threshold (no price feed).
 * Once a transaction is read, the chain's amount decides (large-amount.ts).
 */
export function claimedLargeAmount(input: DiagnosisInput, findings: Finding[]): Finding[] {
  if (findings.some((f) => f.code === 'LARGE_AMOUNT' || f.network !== undefined)) return [];
  const { hints, policy, networks } = input;
  const threshold = policy.largeAmountUsd;
  const usd = hints.usd.find((v) => v >= threshold);
  if (usd !== undefined) return [large(`$${usd.toLocaleString('en-US')}`)];
  for (const a of hints.amounts) {
    if (STABLE.has(a.token) && a.value >= threshold) return [large(`${a.value} ${a.token}`)];
    const native = nativeThreshold(networks, a.token);
    if (native !== undefined && a.value >= native) return [large(`${a.value} ${a.token}`)];
  }
  return [];
}

function nativeThreshold(networks: readonly Network[], symbol: string): number | undefined {
  const limits = networks.filter((n) => !n.testnet && n.nativeToken.symbol === symbol).map((n) => n.largeNativeAmount);
  return limits.length ? Math.max(...limits) : undefined;
}

function large(amount: string): Finding {
  return finding('LARGE_AMOUNT', { amount, claimed: 'yes' });
}
