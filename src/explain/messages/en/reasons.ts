import type { FindingParams } from '../../../diagnose/types.ts';
import { quoteChainWords } from '../../chain-text.ts';
import { reasonKindOf, reasonWords } from '../../known-reasons.ts';

/** Why a contract call failed, in words: a known reason told plainly, an unknown one quoted as the contract's own. */
export function reasonEn(p: FindingParams): string {
  const known = reasonKindOf(p);
  if (known) return reasonWords.en[known];
  switch (p.reasonKind) {
    case 'message':
      return `the contract rejected it; ${quoteChainWords(String(p.reason ?? ''), 'en')}`;
    case 'panic':
      return `the contract hit an internal error: ${p.reason}`;
    case 'custom':
      return `the contract rejected it: ${p.reason} (${p.errorName})`;
    case 'unknown':
      return 'the contract rejected it with an error code we could not decode';
    default:
      return 'the network did not record a reason';
  }
}

/** A short reason for a title. */
export function reasonTitleEn(p: FindingParams): string {
  const known = reasonKindOf(p);
  if (known) return `Failed: ${reasonWords.en[known]}`;
  if (p.reasonKind === 'message' && p.reason) return `Failed: the contract said "${p.reason}"`;
  return p.reasonKind === 'custom' && p.reason ? `Failed: ${p.reason}` : p.reasonKind === 'panic' ? 'Failed: internal contract error' : 'Failed (reverted)';
}

/** For agents: the known meaning plus the raw name or message it came from. */
export function reasonDetailEn(p: FindingParams): string {
  const source = p.reasonKind === 'custom' ? ` (${p.errorName})` : p.reasonKind === 'message' && reasonKindOf(p) ? ` (contract message: "${p.reason}")` : '';
  return `${reasonEn(p)}${source}`;
}
