import type { FindingParams } from '../../../diagnose/types.ts';
import type { MessageContext } from '../../types.ts';

/**
 * Sentences that depend on what the user told us (src/diagnose/complaint-context.ts): the
 * exchange and direction, the story of a complaint without an id, the likely networks.
 */

/** "Binance" / "the platform". */
export function platformEn(p: FindingParams): string {
  return p.exchange ? String(p.exchange) : 'the platform';
}

function possessive(p: FindingParams): string {
  return p.exchange ? `${p.exchange}'s` : "the platform's";
}

/** The question a complaint without an id ends with: one, and precise. */
export function askForTxIdEn(p: FindingParams): string {
  if (p.direction === 'withdrawal')
    return `Could you send us the transaction ID (TxID) of this withdrawal? ${cap(platformEn(p))} shows it in the details of the withdrawal in its withdrawal history; if no TxID is shown yet, the withdrawal has not been sent on chain, and ${possessive(p)} support can tell you why.`;
  if (p.direction === 'deposit')
    return `Could you send us the transaction ID (TxID) of this deposit? You find it in the history of the wallet or platform you sent it from. Please also tell us whether ${possessive(p)} deposit address came with a memo or tag.`;
  return 'Could you send us the transaction ID (TxID) of this transfer? You find it in the history of the wallet or platform you sent it from.';
}

/** "You told us about 200 USDT withdrawn from Binance on TRON." */
export function storyEn(p: FindingParams, c: MessageContext): string {
  const what = p.amount ? String(p.amount) : p.asset ? `your ${p.asset}` : 'your transfer';
  const how = p.direction === 'withdrawal' ? ` withdrawn from ${platformEn(p)}` : p.direction === 'deposit' ? ` sent to ${platformEn(p)}` : '';
  const where = p.network ? ` on ${c.net(p.network)}` : '';
  return `You told us about ${what}${how}${where}. To see where it is, we need the transaction itself: without its transaction ID there is nothing on the chain we can look up yet.`;
}

/** A withdrawal that cannot be found: the platform sent it, so the platform has its id. */
export function missingWithdrawalStepsEn(p: FindingParams): string[] {
  return [
    `Ask ${possessive(p)} support, or open the withdrawal in ${possessive(p)} withdrawal history, for the withdrawal's transaction ID (TxID) and the network it was sent on, and send both to us.`,
    `Do not request the same withdrawal again until ${platformEn(p)} confirms what happened to the first one.`,
  ];
}

/** A deposit seen on chain: the exchange credits it from the transaction hash, and the memo/tag where it uses one. */
export function depositStepEn(p: FindingParams): string {
  return `If ${platformEn(p)} has not credited you yet, send ${possessive(p)} support the transaction hash; if its deposit address came with a memo or tag, tell them whether you filled it in.`;
}

/** "TRON and other networks" / "TRON" / "the networks this transaction could be on". */
export function likelyNetworksEn(p: FindingParams, c: MessageContext): string {
  const failed = String(p.failedNetworks ?? '').split(',').filter(Boolean);
  const likely = String(p.likelyNetworks ?? '').split(',').filter(Boolean);
  if (likely.length === 0) return 'the networks this transaction could be on';
  const names = likely.map((id) => c.net(id)).join(' and ');
  return failed.length > likely.length ? `${names} and other networks` : names;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
