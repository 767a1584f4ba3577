import type { FindingParams } from '../../../diagnose/types.ts';

/** Why a contract call failed, in words ("the contract said: …"). */
export function reasonEn(p: FindingParams): string {
  switch (p.reasonKind) {
    case 'message':
      return `the contract rejected it with the message "${p.reason}"`;
    case 'panic':
      return `the contract hit an internal error: ${p.reason}`;
    case 'custom':
      return `the contract rejected it: ${p.reason} (${p.errorName})`;
    case 'unknown':
      return `the contract rejected it with an error code we could not decode (${p.reason})`;
    default:
      return 'the network did not record a reason';
  }
}
