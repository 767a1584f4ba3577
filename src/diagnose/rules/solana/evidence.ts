import type { TxFacts } from '../../../../chains/types.ts';
import { txEvidence } from '../../evidence.ts';
import type { Evidence } from '../../types.ts';

/** The generic evidence plus what a Solana agent checks: commitment, slot, and the error as the chain states it. */
export function solanaEvidence(tx: TxFacts): Evidence[] {
  const out = txEvidence(tx);
  const s = tx.solana;
  if (!s) return out;
  out.push({ label: 'commitment', value: s.commitment });
  const e = s.error;
  if (e) {
    const where = e.instructionIndex !== undefined ? `instruction #${e.instructionIndex + 1} (${e.programName ?? e.programId ?? 'unknown program'}): ` : '';
    out.push({ label: 'error', value: `${where}${e.display}${e.name !== e.display ? ` (${e.name})` : ''}` });
    out.push({ label: 'meta.err', value: e.raw });
  }
  if (s.durableNonce) out.push({ label: 'durable nonce account', value: s.durableNonce.nonceAccount });
  return out;
}
