import type { Lang } from '../../../chains/types.ts';
import type { FindingCode } from '../../diagnose/codes/index.ts';
import { allFindingCodes } from '../../diagnose/codes/index.ts';
import { helpEn } from './en/index.ts';
import { agentOnlyCodes, type HelpArticle, type HelpCatalog, type UserFacingCode } from './types.ts';
import { helpZh } from './zh/index.ts';

export type { HelpArticle, UserFacingCode } from './types.ts';

/** The self-help articles, per language (`/help/{code}`). */
export const helpCatalogs: Record<Lang, HelpCatalog> = { en: helpEn, zh: helpZh };

export function isUserFacing(code: string): code is UserFacingCode {
  return (allFindingCodes as string[]).includes(code) && !(agentOnlyCodes as readonly string[]).includes(code);
}

/** Every code that has an article, in the order of the codes table. */
export const userFacingCodes: UserFacingCode[] = allFindingCodes.filter(isUserFacing);

export function helpArticle(code: UserFacingCode, lang: Lang): HelpArticle {
  return helpCatalogs[lang][code];
}

/** The article a user should read first: the most important finding they can read about (findings come most severe first). */
export function mainHelpCode(findings: readonly { code: FindingCode }[]): UserFacingCode | undefined {
  return findings.map((f) => f.code).find(isUserFacing);
}

export const helpPath = (code: UserFacingCode, lang: Lang) => `/help/${code}?lang=${lang}`;

/** An absolute link for replies: HELP_BASE_URL is where this app is public (e.g. https://status.example.com or https://example.com/txtriage). */
export function helpUrl(base: string, code: UserFacingCode, lang: Lang): string {
  // Relative to the base with a trailing slash, so a base path (/txtriage/) is kept.
  return new URL(helpPath(code, lang).slice(1), base.endsWith('/') ? base : `${base}/`).toString();
}
