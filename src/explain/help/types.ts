import type { FindingCode } from '../../diagnose/codes/index.ts';

/**
 * Findings only agents see (they raise priority; the user reads nothing about them), so
 * they have no self-help article. Adding a code here is a decision: its `explain` must
 * stay empty (test/unit/help.test.ts checks both ways).
 */
export const agentOnlyCodes = ['LARGE_AMOUNT'] as const satisfies readonly FindingCode[];
export type AgentOnlyCode = (typeof agentOnlyCodes)[number];

/** Every code a user can read about: each one has an article in every language. */
export type UserFacingCode = Exclude<FindingCode, AgentOnlyCode>;

/**
 * A self-help article (`/help/{code}`): the four questions a user asks, in the voice of
 * the replies. General words, no case figures: the status page and the reply say what
 * happened to this user's transaction; the article says what that kind of answer means.
 */
export interface HelpArticle {
  /** The question the user would type ("Why did my transfer fail for lack of energy?"). */
  title: string;
  /** What it means, in one or two sentences. */
  means: string;
  /** Why it happens: the usual causes. */
  why: string[];
  /** What to do, in order. */
  todo: string[];
  /** How long it takes (or that waiting will not change it). */
  time: string;
}

/** A help catalog: a missing article is a type error. */
export type HelpCatalog = Record<UserFacingCode, HelpArticle>;

/** Per-family slice, so each family's articles live beside its messages' structure. */
export type HelpSlice<K extends FindingCode> = Record<Exclude<K, AgentOnlyCode>, HelpArticle>;
