import { showAmount } from '../../../../chains/amount.ts';
import type { TokenTransfer } from '../../../../chains/types.ts';
import { txEvidence } from '../../evidence.ts';
import { finding } from '../../finding.ts';
import type { TxRule } from '../../types.ts';

/**
 * Token names and symbols are chosen by whoever deploys the contract, so scammers use
 * them as billboards: they airdrop a worthless token named "Visit usdt-claim.com" to
 * thousands of wallets, and wallets display it. Some go further and put markup in the
 * name, hoping a web page renders it. Either way the token is bait.
 */
export type PhishingSignal = 'link' | 'lure' | 'markup';

// Top-level domains scam tokens actually use, plus the common generic ones. A list, not
// "any word.word", so symbols like "USDC.e" or "BTC.b" are never mistaken for links.
const TLDS =
  'com|net|org|io|xyz|top|app|site|online|live|finance|fi|cc|co|me|vip|pro|info|biz|link|click|claims?|gift|win|fun|club|shop|store|tech|cloud|network|exchange|money|cash|bet|ly|gg|to|us|cn|ru|ai|one|world|space|website|icu|sbs|today|events?|bond|dev';
const LINK = new RegExp(`https?:|www\\.|t\\.me/|\\b[a-z0-9-]{2,}\\.(?:${TLDS})\\b`, 'i');
const LURE_EN = /\b(?:claim|claimable|airdrop|airdrops|visit|reward|rewards|redeem|voucher|giveaway|bonus)\b/i;
const LURE_ZH = /领取|空投|访问|奖励|兑换|福利|赠送/;
const MARKUP = /<\s*\/?\s*[a-z!]|javascript:|\bon[a-z]+\s*=/i;

/** What makes a token's name or symbol read as bait; empty when it looks like a name. */
export function phishingSignals(text: string): PhishingSignal[] {
  // Fold full-width letters and "[.]" obfuscation so "ｗｗｗ．x．com" and "x[.]com" still count.
  const t = text.normalize('NFKC').replace(/\s*[[(]\s*\.\s*[\])]\s*/g, '.');
  const out: PhishingSignal[] = [];
  if (LINK.test(t)) out.push('link');
  if (LURE_EN.test(t) || LURE_ZH.test(t)) out.push('lure');
  if (MARKUP.test(t)) out.push('markup');
  return out;
}

/** Signals of a transferred token, over both its name and its symbol. */
export function tokenPhishingSignals(t: Pick<TokenTransfer, 'name' | 'symbol'>): PhishingSignal[] {
  const found = new Set([...phishingSignals(t.name), ...phishingSignals(t.symbol)]);
  return (['link', 'lure', 'markup'] as const).filter((s) => found.has(s));
}

/** At most this much of an attacker's text goes into a finding, quoted. */
const SHOWN_CHARS = 80;
const quote = (s: string) => JSON.stringify(s.length > SHOWN_CHARS ? `${s.slice(0, SHOWN_CHARS)}…` : s);

/** One finding per bait token in the transaction (a token sent twice is reported once). */
export const phishingTokenRule: TxRule = ({ tx }) => {
  const seen = new Set<string>();
  return tx.tokenTransfers.flatMap((t) => {
    const key = t.token.toLowerCase();
    if (seen.has(key)) return [];
    seen.add(key);
    const signals = tokenPhishingSignals(t);
    if (signals.length === 0) return [];
    const fields = [phishingSignals(t.name).length ? 'name' : '', phishingSignals(t.symbol).length ? 'symbol' : ''].filter(Boolean);
    return [
      finding(
        'PHISHING_TOKEN_NAME',
        {
          token: t.token,
          amount: showAmount(t.amount),
          signals: signals.join(','),
          field: fields.join(','),
          shown: fields.map((f) => quote(f === 'name' ? t.name : t.symbol)).join(' / '),
          network: tx.network,
        },
        [...txEvidence(tx), { label: 'token name', value: t.name }, { label: 'token symbol', value: t.symbol }, { label: 'token contract', value: t.token }],
        { network: tx.network, txHash: tx.hash },
      ),
    ];
  });
};
