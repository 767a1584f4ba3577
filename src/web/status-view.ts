import { showAmount } from '../../chains/amount.ts';
import type { Amount, Lang, Network, TxFacts } from '../../chains/types.ts';
import type { FindingCode } from '../diagnose/codes/index.ts';
import { tokenPhishingSignals } from '../diagnose/rules/common/phishing-token.ts';
import type { Category } from '../diagnose/types.ts';
import { mainHelpCode, type UserFacingCode } from '../explain/help/index.ts';
import { catalogs } from '../explain/render.ts';
import type { Investigation } from '../investigate.ts';
import { chainText } from './chain-text.ts';

/** Whether the user has something to do: the status page's second question. */
export type UserAction = 'none' | 'wait' | 'act';

const ACTION_BY_CATEGORY: Record<Category, UserAction> = { ok: 'none', delay: 'wait', inconclusive: 'wait', failure: 'act', missing: 'act', suspicious: 'act' };
/** Where a finding's category does not say it: stuck transactions need the user's hand. */
const ACTION_BY_CODE: Partial<Record<FindingCode, UserAction | null>> = {
  TX_PENDING_FEE_TOO_LOW: 'act',
  TX_PENDING_NONCE_GAP: 'act',
  NEED_TX_HASH: 'act',
  LARGE_AMOUNT: null, // only raises the agents' priority
};
const ACTION_RANK: Record<UserAction, number> = { none: 0, wait: 1, act: 2 };

export function userAction(findings: readonly { code: FindingCode; category: Category }[]): UserAction {
  let out: UserAction = 'none';
  for (const f of findings) {
    const a = f.code in ACTION_BY_CODE ? ACTION_BY_CODE[f.code] : ACTION_BY_CATEGORY[f.category];
    if (a && ACTION_RANK[a] > ACTION_RANK[out]) out = a;
  }
  return out;
}

export type TokenFlag = 'phishing' | 'fake';

export interface AmountView {
  /** "8888 Visit usdt-claim.com": the symbol is the token's own (attacker-written) text, made printable. */
  text: string;
  flag?: TokenFlag;
  /** The amount did not move (failed, replaced, dropped) or has not yet (pending). */
  note?: 'not-moved' | 'not-moved-yet';
}

export interface TxView {
  network: string;
  demoNetwork: boolean;
  status: TxFacts['status'];
  final: boolean;
  amounts: AmountView[];
  recipient?: string;
  time?: string;
  confirmations?: { n: number; of: number };
  explorerUrl?: string;
  /** Canonical status page of this transaction. */
  path: string;
}

/**
 * Everything the public status page may show, and nothing else: no findings' details,
 * evidence labels, priorities or suggested replies. The page renders only this type, so
 * agent-only text cannot reach it by accident.
 */
export interface StatusView {
  lang: Lang;
  demo: boolean;
  categoryLabel: string;
  category: Category;
  explanation: string[];
  action: UserAction;
  nextSteps: string[];
  txs: TxView[];
  /** Seconds until the page checks again (a transaction is not final yet); null: it is final. */
  refreshSeconds: number | null;
  /** The self-help article of the main finding (`/help/{code}`). */
  helpCode?: UserFacingCode;
  /** Networks of this result that are busy, slow or stalled right now (the banner). */
  networkBanner: { name: string; state: 'busy' | 'slow' | 'stalled' }[];
}

/** Only links we can vouch for: http(s) URLs (a `javascript:` URL is never a link). */
export function safeHref(url: string | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

const moved = (tx: TxFacts) => tx.status === 'success';

function amountView(amount: Amount, flag: TokenFlag | undefined, tx: TxFacts): AmountView {
  const note = moved(tx) ? undefined : tx.status === 'pending' ? 'not-moved-yet' : 'not-moved';
  return { text: chainText(showAmount(amount), 100), ...(flag ? { flag } : {}), ...(note ? { note } : {}) };
}

function txView(tx: TxFacts, network: Network | undefined, lang: Lang): TxView {
  const amounts: AmountView[] = tx.tokenTransfers.map((t) =>
    amountView(t.amount, t.impersonates ? 'fake' : tokenPhishingSignals(t).length ? 'phishing' : undefined, tx),
  );
  let recipient: string | undefined = tx.tokenTransfers[0]?.to;
  if (tx.value.raw !== '0') amounts.push(amountView(tx.value, undefined, tx));
  if (amounts.length === 0 && tx.intendedTransfer) {
    const t = tx.intendedTransfer;
    amounts.push(amountView(t.amount, tokenPhishingSignals({ name: '', symbol: t.symbol }).length ? 'phishing' : undefined, tx));
    recipient = t.to;
  }
  recipient ??= tx.to ?? undefined;
  const time = tx.block?.timestamp
    ? `${new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(tx.block.timestamp * 1000))} UTC`
    : undefined;
  return {
    network: network?.name[lang] ?? tx.network,
    demoNetwork: Boolean(network?.demo),
    status: tx.status,
    final: tx.final,
    amounts,
    ...(recipient ? { recipient } : {}),
    ...(time ? { time } : {}),
    ...(tx.confirmations !== null && tx.status === 'success' ? { confirmations: { n: tx.confirmations, of: tx.confirmationsRequired } } : {}),
    ...(safeHref(tx.explorerUrl) ? { explorerUrl: tx.explorerUrl } : {}),
    path: `/s/${encodeURIComponent(tx.network)}/${encodeURIComponent(tx.hash)}`,
  };
}

/** A transaction that can still change: pending, or mined but not final. */
const settling = (tx: TxFacts) => !tx.final && (tx.status === 'pending' || tx.status === 'success');

/** Check again about once a block, within limits a person (and the rate limit) are fine with. */
export function refreshSeconds(txs: readonly TxFacts[], networks: readonly Network[]): number | null {
  const open = txs.filter(settling);
  if (open.length === 0) return null;
  const blockTime = Math.min(...open.map((t) => networks.find((n) => n.id === t.network)?.blockTimeSeconds ?? 12));
  return Math.min(15, Math.max(3, Math.round(blockTime)));
}

export function statusView(inv: Investigation, networks: readonly Network[]): StatusView {
  const helpCode = mainHelpCode(inv.findings);
  return {
    lang: inv.lang,
    demo: inv.demo,
    category: inv.category,
    categoryLabel: catalogs[inv.lang].phrases.categories[inv.category],
    explanation: inv.explanation.split(/\n{2,}/).filter(Boolean),
    action: userAction(inv.findings),
    nextSteps: inv.nextSteps,
    txs: inv.transactions.map((tx) => txView(tx, networks.find((n) => n.id === tx.network), inv.lang)),
    refreshSeconds: refreshSeconds(inv.transactions, networks),
    ...(helpCode ? { helpCode } : {}),
    networkBanner: (inv.networkHealth ?? []).flatMap((h) =>
      h.state === 'busy' || h.state === 'slow' || h.state === 'stalled' ? [{ name: networks.find((n) => n.id === h.network)?.name[inv.lang] ?? h.network, state: h.state }] : [],
    ),
  };
}
