import type { Lang } from '../../chains/types.ts';
import type { AgentView } from '../accounts/account-store.ts';
import type { Principal } from '../accounts/principal.ts';
import { ROLES, type Role } from '../accounts/roles.ts';
import { accountStrings, actorLabel } from './account-strings.ts';
import { SignOut } from './console-page.tsx';
import { ConsoleNav } from './console-nav.tsx';
import { consoleTime } from './console-time.ts';
import { FormFeedback } from './form-feedback.tsx';
import { Layout } from './layout.tsx';
import { strings } from './strings.ts';

export interface AgentsPageProps {
  lang: Lang;
  demo: boolean;
  langHref: Record<Lang, string>;
  principal: Principal | undefined;
  agents: AgentView[];
  /** "Mei Lin can sign in now." after a change (POST-redirect-GET). */
  notice?: string;
  /** A refused form: its message and the fields to mark. */
  error?: { message: string; fields: string[] };
  /** What the add form held when it was refused (never the password). */
  draft?: { username?: string; displayName?: string; role?: Role };
}

function RoleOptions({ lang, selected }: { lang: Lang; selected?: Role }) {
  const a = accountStrings[lang];
  return (
    <>
      {ROLES.map((r) => (
        <option value={r} selected={r === selected}>
          {a.roles[r]} · {a.roleHelp[r]}
        </option>
      ))}
    </>
  );
}

/** Admins' page: every agent, a change form per agent, and the form to add one. */
export function AgentsPage(p: AgentsPageProps) {
  const t = strings[p.lang];
  const a = accountStrings[p.lang];
  const q = `?lang=${p.lang}`;
  const bad = (field: string) => (p.error?.fields.includes(field) ? 'true' : undefined);
  return (
    <Layout lang={p.lang} title={`${a.agentsTitle} · ${t.consoleTitle}`} demo={p.demo} langHref={p.langHref} wide headerExtra={<SignOut t={t} />} brandHref={`/console${q}`}>
      <p>
        <a href={`/console${q}`}>← {t.consoleTitle}</a>
      </p>
      <h1>{a.agentsTitle}</h1>
      <ConsoleNav lang={p.lang} principal={p.principal} hasCases />
      <p class="lead">{a.agentsIntro}</p>
      <FormFeedback notice={p.notice} error={p.error} />
      <section class="card" aria-labelledby="agents-heading">
        <h2 id="agents-heading">{a.agentsTitle}</h2>
        {p.agents.length === 0 ? (
          <p class="meta">{a.noAgents}</p>
        ) : (
          <div class="table-scroll">
            <table id="agents">
              <thead>
                <tr>
                  <th scope="col">{a.colUsername}</th>
                  <th scope="col">{a.colName}</th>
                  <th scope="col">{a.colRole}</th>
                  <th scope="col">{a.colState}</th>
                  <th scope="col">{a.colCreated}</th>
                  <th scope="col">{a.colActions}</th>
                </tr>
              </thead>
              <tbody>
                {p.agents.map((g) => (
                  <tr data-username={g.username}>
                    <td class="mono">{g.username}</td>
                    <td>{g.displayName}</td>
                    <td>{a.roles[g.role]}</td>
                    <td>{g.enabled ? a.active : a.disabled}</td>
                    <td>
                      {consoleTime(g.createdAt, p.lang)} · {actorLabel(g.createdBy, new Map(), p.lang)}
                    </td>
                    <td>
                      <details class="agent-change">
                        <summary>{a.change}</summary>
                        <form method="post" action={`/console/agents/${g.id}${q}`} class="inline-form">
                          <input type="hidden" name="action" value="role" />
                          <div class="field">
                            <label for={`role-${g.username}`}>{a.roleLabel}</label>
                            <select id={`role-${g.username}`} name="role">
                              <RoleOptions lang={p.lang} selected={g.role} />
                            </select>
                          </div>
                          <button type="submit" class="secondary">
                            {a.saveRole}
                          </button>
                        </form>
                        <form method="post" action={`/console/agents/${g.id}${q}`} class="inline-form">
                          <input type="hidden" name="action" value="password" />
                          <div class="field">
                            <label for={`password-${g.username}`}>{a.newPasswordLabel}</label>
                            <input id={`password-${g.username}`} name="password" type="password" autocomplete="new-password" required minlength={12} maxlength={256} />
                          </div>
                          <button type="submit" class="secondary">
                            {a.setPassword}
                          </button>
                        </form>
                        <form method="post" action={`/console/agents/${g.id}${q}`}>
                          <input type="hidden" name="action" value={g.enabled ? 'disable' : 'enable'} />
                          <button type="submit" class="secondary" id={`toggle-${g.username}`}>
                            {g.enabled ? a.disable : a.enable}
                          </button>
                        </form>
                      </details>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p class="meta">{a.disableNote}</p>
      </section>
      <form class="card" id="add-agent" method="post" action={`/console/agents${q}`}>
        <h2>{a.addAgent}</h2>
        <div class="field">
          <label for="new-username">{a.usernameLabel}</label>
          <p class="hint" id="new-username-hint">
            {a.usernameHint}
          </p>
          <input id="new-username" name="username" type="text" required maxlength={40} autocomplete="off" autocapitalize="none" spellcheck={false} value={p.draft?.username ?? ''} aria-describedby="new-username-hint" aria-invalid={bad('username')} />
        </div>
        <div class="field">
          <label for="new-display-name">{a.displayNameLabel}</label>
          <input id="new-display-name" name="displayName" type="text" maxlength={80} autocomplete="off" value={p.draft?.displayName ?? ''} aria-invalid={bad('displayName')} />
        </div>
        <div class="field">
          <label for="new-role">{a.roleLabel}</label>
          <select id="new-role" name="role" aria-invalid={bad('role')}>
            <RoleOptions lang={p.lang} selected={p.draft?.role ?? 'agent'} />
          </select>
        </div>
        <div class="field">
          <label for="new-password">{a.passwordLabel}</label>
          <p class="hint" id="new-password-hint">
            {a.passwordHint}
          </p>
          <input id="new-password" name="password" type="password" required minlength={12} maxlength={256} autocomplete="new-password" aria-describedby="new-password-hint" aria-invalid={bad('password')} />
        </div>
        <button type="submit">{a.addAgentButton}</button>
      </form>
    </Layout>
  );
}
