import type { Lang, Network } from '../../chains/types.ts';
import { findingCodes, type FindingCode } from '../diagnose/codes/index.ts';
import type { Category, CodeSpec, Diagnosis, Evidence, Finding, Severity } from '../diagnose/types.ts';
import { en } from './messages/en/index.ts';
import { zh } from './messages/zh/index.ts';
import type { Catalog, MessageContext } from './types.ts';
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
 * (most severe first), the steps without repeats, a scam warning where money is at
 * stake, and a link to check the transaction themselves.
 */
export function render(diagnosis: Diagnosis, lang: Lang, networks: readonly Network[], opts: RenderOptions = {}): Rendered {
  const catalog = catalogs[lang];
  const ctx: MessageContext = {
    lang,
    net: (id) => networks.find((n) => n.id === id)?.name[lang] ?? String(id ?? ''),
  };
  const findings = diagnosis.findings.map((f) => renderFinding(f, catalog, ctx));
  const explanation = unique(findings.map((f) => f.explanation).filter(Boolean)).join('\n\n');
  const nextSteps = unique(diagnosis.findings.flatMap((f) => catalog.findings[f.code].steps(f.params, ctx)));
  const warn = diagnosis.findings.some((f) => (findingCodes[f.code] as CodeSpec).warnScams);

  const p = catalog.phrases;
  const helpCode = opts.helpBaseUrl ? mainHelpCode(diagnosis.findings) : undefined;
  const reply = [
    opts.demo ? `[${p.demoNotice}]` : '',
    p.greeting,
    explanation,
    nextSteps.length ? `${p.nextStepsHeading}\n${nextSteps.map((s, i) => `${i + 1}. ${s}`).join('\n')}` : '',
    ...(opts.explorerUrls ?? []).slice(0, 3).map((u) => p.checkLink(u)),
    helpCode ? p.helpLink(helpUrl(opts.helpBaseUrl!, helpCode, lang)) : '',
    opts.followUp ? p.followUp : '',
    warn ? p.scamWarning : '',
    p.closing,
  ].filter(Boolean);

  return { findings, explanation, suggestedReply: reply.join('\n\n'), nextSteps };
}

function renderFinding(f: Finding, catalog: Catalog, ctx: MessageContext): RenderedFinding {
  const m = catalog.findings[f.code];
  return {
    code: f.code,
    severity: f.severity,
    category: f.category,
    title: m.title(f.params, ctx),
    detail: m.detail(f.params, ctx),
    explanation: m.explain(f.params, ctx),
    network: f.network,
    txHash: f.txHash,
    evidence: f.evidence,
  };
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
