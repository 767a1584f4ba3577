import type { Family, Lang } from '../../chains/types.ts';
import type { FindingCode } from '../diagnose/codes/index.ts';
import type { Category, FindingParams, Priority } from '../diagnose/types.ts';

/** What a message may use besides its finding's params. */
export interface MessageContext {
  lang: Lang;
  /** The network's name in this language ("BNB Smart Chain" / "币安智能链"). */
  net(id: string | number | undefined): string;
  /** The network's family (evm, tron, solana), for words that depend on how its addresses look. */
  family(id: string | number | undefined): Family | undefined;
  /** A re-check is really scheduled (RenderOptions.followUp): only then may a text promise to look again. */
  followUp: boolean;
}

/**
 * What a step is about, so steps of different findings that mean the same thing are
 * merged (one "move what is left to a new wallet", not three) and ordered by urgency.
 * A key may carry a detail after a colon ("revoke:0xSpender"): the generic step
 * ("revoke") yields to every specific one.
 */
export type StepKey =
  | 'stop-funding'
  | 'stop-sending'
  | 'move-funds'
  | 'revoke'
  | 'report-exchange'
  | 'report-issuer'
  | 'police'
  | 'no-visit'
  | 'no-copy-history'
  | 'recall-sites'
  | 'buyer'
  | 'contact-receiver'
  | 'wait'
  | 'no-duplicate'
  | 'retry'
  | 'keep-fee'
  | 'send-hashes'
  | 'check-address';

export interface Step {
  key: StepKey | `${StepKey}:${string}`;
  text: string;
  /** A catch-all (the theft report's own steps): used only when no finding gives a step with this key. */
  generic?: boolean;
  /** Among steps with the same key, the highest weight wins (a cautious version over a blunt one). */
  weight?: number;
}

/** Every sentence a finding needs, for agents and for users. */
export interface FindingMessages {
  /** Short, for the agent's list. */
  title(p: FindingParams, c: MessageContext): string;
  /** Technical detail for the agent. */
  detail(p: FindingParams, c: MessageContext): string;
  /** Plain words for the user: what happened, how sure we are. */
  explain(p: FindingParams, c: MessageContext): string;
  /** What the user (or the agent) should do next. */
  steps(p: FindingParams, c: MessageContext): (string | Step)[];
}

export interface Phrases {
  greeting: string;
  /** Said after the greeting only when something was really looked up on chain. */
  checked: string;
  /** Opens a theft reply, right before its one sentence of acknowledgement. */
  hello: string;
  closing: string;
  nextStepsHeading: string;
  /** Appended where funds were lost or at risk. */
  scamWarning: string;
  demoNotice: string;
  /** Said only when the case is really re-checked automatically (RenderOptions.followUp). */
  followUp: string;
  checkLink(url: string): string;
  /** Before a paragraph when the reply covers several transactions: which one it is about. */
  aboutTx(shortHash: string): string;
  /** Points to the self-help article of the main finding (HELP_BASE_URL set). */
  helpLink(url: string): string;
  categories: Record<Category, string>;
  priorities: Record<Priority, string>;
}

/** A message catalog: a missing finding message is a type error. */
export interface Catalog {
  lang: Lang;
  findings: Record<FindingCode, FindingMessages>;
  phrases: Phrases;
}

/** Per-family slice of a catalog, so each family's messages live in their own file. */
export type FindingCatalog<K extends FindingCode> = Record<K, FindingMessages>;
