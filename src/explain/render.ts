import type { Lang, Network } from '../../chains/types.ts';
import { spaceHanLatin } from './zh-spacing.ts';
import { findingCodes, type FindingCode } from '../diagnose/codes/index.ts';
import type { Category, CodeSpec, Diagnosis, Evidence, Finding, FindingParams, Severity } from '../diagnose/types.ts';
import { chainWords } from './chain-text.ts';
import { en } from './messages/en/index.ts';
import { zh } from './messages/zh/index.ts';
import type { Catalog, MessageContext, Step, StepKey } from './types.ts';
import { helpUrl, mainHelpCode } from './help/index.ts';

export const catalogs: Record<Lang, Catalog> = { en, zh };

export interface RenderedFinding {
  code: FindingCode;
  severity: Severity;
  category: Category;
  title: string;
  detail: string;
  /** The user-facing sentence for this finding (empty for agent-only findings). */
  explanation: string;
  network?: string;
  txHash?: string;
  evidence: Evidence[];
}

export interface RenderOptions {
  demo?: boolean;
  explorerUrls?: string[];
  /**
   * True only when this answer belongs to a case whose non-final result is re-checked
   * automatically (src/jobs). "We will check again / we will tell you" may be said then,
   * and never otherwise.
   */
  followUp?: boolean;
  /** HELP_BASE_URL: the reply links the self-help article of its main finding. */
  helpBaseUrl?: string;
}

export interface Rendered {
  findings: RenderedFinding[];
  explanation: string;
  suggestedReply: string;
  nextSteps: string[];
}

/**
 * Findings → words in one language. Users get the explanations of what matters
 * (most severe first), the steps merged by meaning and ordered by urgency, a scam
 * warning where money is at stake, and a link to check the transaction themselves.
 * Pure: the same diagnosis renders the same words, so a reply can be re-rendered in
 * another language without a new investigation.
 */
export function render(diagnosis: Diagnosis, lang: Lang, networks: readonly Network[], opts: RenderOptions = {}): Rendered {
  const catalog = catalogs[lang];
  const network = (id: string | number | undefined) => networks.find((n) => n.id === id);
  const agentCtx: MessageContext = {
    lang,
    net: (id) => network(id)?.name[lang] ?? String(id ?? ''),
    family: (id) => network(id)?.family,
    followUp: Boolean(opts.followUp),
  };
  // Users read the demo label once per reply (its first line), not after every network name.
  const ctx: MessageContext = { ...agentCtx, net: (id) => (opts.demo ? withoutDemoLabel(agentCtx.net(id)) : agentCtx.net(id)) };
  // Chain-sourced values (token symbols inside amounts, revert messages) are made printable and defanged before any catalog sees them.
  const safe = diagnosis.findings.map((f) => ({ ...f, params: userSafeParams(f.params) }));
  const findings = safe.map((f) => renderFinding(f, catalog, agentCtx, ctx));
  const theft = findings.find((f) => f.code === 'THEFT_REPORTED');
  const ordered = theft ? [theft, ...findings.filter((f) => f !== theft)] : findings;
  // Several transactions found: every "your transaction…" paragraph says which one it is about.
  const severalTxs = (opts.explorerUrls?.length ?? 0) > 1;
  const about = (f: RenderedFinding) => (severalTxs && f.txHash && f.explanation ? `${catalog.phrases.aboutTx(shortHash(f.txHash))}${f.explanation}` : f.explanation);
  const explanation = unique(ordered.map(about).filter(Boolean)).join('\n\n');
  const codes = new Set(diagnosis.findings.map((f) => f.code));
  const nextSteps = composeSteps(
    safe.map((f) => catalog.findings[f.code].steps(f.params, ctx)),
    // A transfer on the wrong network will not arrive by waiting.
    codes.has('WRONG_NETWORK') ? ['wait'] : [],
  );
  // A code that always concerns lost funds warns; so does a finding whose complaint says funds were lost (params.warnScams).
  const warn = diagnosis.findings.some((f) => (findingCodes[f.code] as CodeSpec).warnScams || f.params.warnScams === 'yes');

  const p = catalog.phrases;
  const helpCode = opts.helpBaseUrl ? mainHelpCode(diagnosis.findings) : undefined;
  const lookedUp = diagnosis.findings.some((f) => !NOTHING_LOOKED_UP.has(f.code));
  const opening = theft
    ? // Theft: one sentence of acknowledgement, then what was found in one or two sentences.
      [`${p.hello}${theft.explanation}`, ...theftFound(ordered.filter((f) => f !== theft && f.explanation), lang)]
    : [lookedUp ? `${p.greeting}${p.checked}` : p.greeting, explanation];
  const reply = [
    opts.demo ? `[${p.demoNotice}]` : '',
    ...opening,
    nextSteps.length ? `${p.nextStepsHeading}\n${nextSteps.map((s, i) => `${i + 1}. ${s}`).join('\n')}` : '',
    ...(opts.explorerUrls ?? []).slice(0, 3).map((u) => p.checkLink(u)),
    helpCode ? p.helpLink(helpUrl(opts.helpBaseUrl!, helpCode, lang)) : '',
    opts.followUp ? p.followUp : '',
    warn ? p.scamWarning : '',
    p.closing,
  ].filter(Boolean);

  const rendered = { findings, explanation, suggestedReply: reply.join('\n\n'), nextSteps };
  return lang === 'zh' ? spacedZh(rendered) : rendered;
}

function spacedZh(r: Rendered): Rendered {
  return {
    findings: r.findings.map((f) => ({ ...f, title: spaceHanLatin(f.title), detail: spaceHanLatin(f.detail), explanation: spaceHanLatin(f.explanation) })),
    explanation: spaceHanLatin(r.explanation),
    suggestedReply: spaceHanLatin(r.suggestedReply),
    nextSteps: r.nextSteps.map(spaceHanLatin),
  };
}

/** Codes that say nothing was looked up (or nothing answered): the reply must not open with "we checked". */
const NOTHING_LOOKED_UP = new Set<FindingCode>(['NEED_TX_HASH', 'THEFT_REPORTED', 'LARGE_AMOUNT', 'LOOKUP_INCONCLUSIVE', 'ADDRESS_SCAN_INCOMPLETE']);

/** Most urgent first; steps without a key keep the order of their findings, in the middle. */
const URGENCY: Record<StepKey, number> = {
  'stop-funding': 0,
  'move-funds': 1,
  'stop-sending': 2,
  revoke: 3,
  'no-visit': 4,
  buyer: 5,
  'report-exchange': 10,
  'report-issuer': 11,
  police: 12,
  'no-copy-history': 20,
  'recall-sites': 21,
  'contact-receiver': 48,
  wait: 52,
  'no-duplicate': 53,
  retry: 54,
  'check-address': 58,
  'keep-fee': 60,
  'send-hashes': 70,
};
const UNKEYED = 50;
/** More steps than this is a list nobody follows. */
export const MAX_STEPS = 6;

/**
 * Steps of all findings → one list: merged by meaning (same key: the weightiest wins; a
 * generic step yields to any specific one with its key), ordered by urgency, at most six.
 */
export function composeSteps(perFinding: (string | Step)[][], dropKeys: readonly StepKey[] = []): string[] {
  const all = perFinding.flat().map((s, i) => (typeof s === 'string' ? { key: `text:${s}`, text: s, generic: false, weight: 0, base: '', i } : { ...s, generic: Boolean(s.generic), weight: s.weight ?? 0, base: s.key.split(':')[0], i }));
  const specificBases = new Set(all.filter((s) => !s.generic && s.base).map((s) => s.base));
  const byKey = new Map<string, (typeof all)[number]>();
  for (const s of all) {
    if (s.base && dropKeys.includes(s.base as StepKey)) continue;
    if (s.generic && specificBases.has(s.base)) continue;
    const seen = byKey.get(s.key);
    if (!seen || s.weight > seen.weight) byKey.set(s.key, seen ? { ...s, i: seen.i } : s);
  }
  const rank = (s: (typeof all)[number]) => (s.base ? (URGENCY[s.base as StepKey] ?? UNKEYED) : UNKEYED);
  const texts = [...byKey.values()].sort((a, b) => rank(a) - rank(b) || a.i - b.i).map((s) => s.text);
  return unique(texts).slice(0, MAX_STEPS);
}

/**
 * What was found, for a theft reply: the most serious finding in at most two sentences,
 * and, when the transaction given is not the wallet's, that fact too.
 */
function theftFound(found: RenderedFinding[], lang: Lang): string[] {
  const top = found[0];
  if (!top) return [];
  const aside = found.find((f) => f.code === 'TX_NOT_INVOLVING_WALLET');
  return unique([aside?.explanation ?? '', firstSentences(top.explanation, 2, lang)].filter(Boolean));
}

/** The first n sentences of a text (zh: 。！？; en: . ! ? before a space). */
export function firstSentences(text: string, n: number, lang: Lang): string {
  const parts = lang === 'zh' ? text.split(/(?<=[。！？])/) : text.split(/(?<=[.!?])\s+/);
  return parts.slice(0, n).join(lang === 'zh' ? '' : ' ').trim();
}

const DEMO_LABEL = /\s*\(local demo chain\)|（本地演示链）/g;
function withoutDemoLabel(name: string): string {
  return name.replace(DEMO_LABEL, '');
}

/** Every string param passes the chain-text function: invisible characters shown, links defanged, length capped. */
function userSafeParams(params: FindingParams): FindingParams {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? chainWords(v, CHAIN_TEXT_MAX[k] ?? 400) : v]));
}
/** Revert messages are quoted short; lists of hashes may be long. */
const CHAIN_TEXT_MAX: Record<string, number> = { reason: 120 };

function renderFinding(f: Finding, catalog: Catalog, agentCtx: MessageContext, userCtx: MessageContext): RenderedFinding {
  const m = catalog.findings[f.code];
  return {
    code: f.code,
    severity: f.severity,
    category: f.category,
    title: m.title(f.params, agentCtx),
    detail: m.detail(f.params, agentCtx),
    explanation: m.explain(f.params, userCtx),
    network: f.network,
    txHash: f.txHash,
    evidence: f.evidence,
  };
}

/** "0x664a8e…5d09": enough to tell hashes apart in a sentence. */
function shortHash(hash: string): string {
  return hash.length > 14 ? `${hash.slice(0, hash.startsWith('0x') ? 8 : 6)}…${hash.slice(-4)}` : hash;
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
