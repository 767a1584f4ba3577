import type { Lang } from '../../chains/types.ts';
import type { FindingCode } from '../diagnose/codes/index.ts';
import type { Category, FindingParams, Priority } from '../diagnose/types.ts';

/** What a message may use besides its finding's params. */
export interface MessageContext {
  lang: Lang;
  /** The network's name in this language ("BNB Smart Chain" / "币安智能链"). */
  net(id: string | number | undefined): string;
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
  steps(p: FindingParams, c: MessageContext): string[];
}

export interface Phrases {
  greeting: string;
  closing: string;
  nextStepsHeading: string;
  /** Appended where funds were lost or at risk. */
  scamWarning: string;
  demoNotice: string;
  /** Said only when the case is really re-checked automatically (RenderOptions.followUp). */
  followUp: string;
  checkLink(url: string): string;
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
