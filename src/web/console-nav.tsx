import type { Lang } from '../../chains/types.ts';
import { can, type Principal } from '../accounts/principal.ts';
import { accountStrings, actorLabel } from './account-strings.ts';
import { caseConsoleStrings } from './case-console-strings.ts';
import { strings } from './strings.ts';
import { trendsStrings } from './trends-strings.ts';

/** Who is signed in, in words: "Mei Lin · Agent", "Zendesk · Integration key". */
export function whoIsSignedIn(p: Principal, lang: Lang): string {
  const a = accountStrings[lang];
  const name = p.kind === 'bootstrap' ? actorLabel('bootstrap', new Map(), lang) : p.name;
  return a.signedInAs(name, p.role && p.kind !== 'bootstrap' ? a.roles[p.role] : p.kind === 'key' ? a.integrationKey : a.roles.admin);
}

/**
 * The console's links, each shown only to those whose role may use it (the pages check
 * again: a hidden link is a courtesy, not the protection).
 */
export function ConsoleNav({ lang, principal, hasCases }: { lang: Lang; principal: Principal | undefined; hasCases: boolean }) {
  const a = accountStrings[lang];
  const links: [string, string, string][] = [];
  if (hasCases && can(principal, 'cases:read')) links.push(['nav-cases', `/console/cases?lang=${lang}`, caseConsoleStrings[lang].queueNav]);
  if (can(principal, 'trends:read')) links.push(['nav-trends', `/console/trends?lang=${lang}`, trendsStrings[lang].title]);
  if (can(principal, 'audit:read')) links.push(['nav-audit', `/console/audit?lang=${lang}`, a.auditTitle]);
  if (can(principal, 'admin')) {
    links.push(['nav-agents', `/console/agents?lang=${lang}`, a.agentsTitle]);
    links.push(['nav-keys', `/console/keys?lang=${lang}`, a.keysTitle]);
  }
  return (
    <>
      {principal ? (
        <p class="meta" id="signed-in-as">
          {whoIsSignedIn(principal, lang)}
        </p>
      ) : null}
      {links.length ? (
        <nav class="console-nav" aria-label={strings[lang].consoleTitle}>
          {links.map(([id, href, text], i) => (
            <>
              {i ? ' · ' : ''}
              <a id={id} href={href}>
                {text}
              </a>
            </>
          ))}
        </nav>
      ) : null}
    </>
  );
}
