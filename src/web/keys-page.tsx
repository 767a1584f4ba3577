import type { Lang } from '../../chains/types.ts';
import type { ApiKeyView } from '../accounts/account-store.ts';
import type { Principal } from '../accounts/principal.ts';
import { SCOPES, type Scope } from '../accounts/roles.ts';
import { accountStrings, actorLabel } from './account-strings.ts';
import { SignOut } from './console-page.tsx';
import { ConsoleNav } from './console-nav.tsx';
import { consoleTime } from './console-time.ts';
import { FormFeedback } from './form-feedback.tsx';
import { Layout } from './layout.tsx';
import { strings } from './strings.ts';

export interface KeysPageProps {
  lang: Lang;
  demo: boolean;
  langHref: Record<Lang, string>;
  principal: Principal | undefined;
  keys: ApiKeyView[];
  /** Names of the agents who made keys. */
  names: ReadonlyMap<string, string>;
  /** Just minted: the whole key, on this one page and never again. */
  minted?: { key: string; name: string };
  notice?: string;
  error?: { message: string; fields: string[] };
  draft?: { name?: string; scopes?: Scope[] };
}

/** Admins' page: integration keys with their scopes, revoke buttons, and the form to make one. */
export function KeysPage(p: KeysPageProps) {
  const t = strings[p.lang];
  const a = accountStrings[p.lang];
  const q = `?lang=${p.lang}`;
  const bad = (field: string) => (p.error?.fields.includes(field) ? 'true' : undefined);
  return (
    <Layout lang={p.lang} title={`${a.keysTitle} · ${t.consoleTitle}`} demo={p.demo} langHref={p.langHref} wide headerExtra={<SignOut t={t} />} brandHref={`/console${q}`}>
      <p>
        <a href={`/console${q}`}>← {t.consoleTitle}</a>
      </p>
      <h1>{a.keysTitle}</h1>
      <ConsoleNav lang={p.lang} principal={p.principal} hasCases />
      <p class="lead">{a.keysIntro}</p>
      {p.minted ? (
        <section class="card minted" aria-labelledby="minted-heading">
          <h2 id="minted-heading">{a.mintedHeading}</h2>
          <p class="notice" role="status">
            {a.mintedNote}
          </p>
          <label for="new-key">{a.mintedLabel(p.minted.name)}</label>
          <input id="new-key" type="text" readonly value={p.minted.key} autocomplete="off" spellcheck={false} />
          <div class="actions">
            <button type="button" data-copy="new-key" data-status="copy-key-status" data-copied={t.copied} data-failed={t.copyFailed} hidden>
              {a.copyKey}
            </button>
            <p id="copy-key-status" class="status-line" role="status" aria-live="polite"></p>
          </div>
        </section>
      ) : null}
      <FormFeedback notice={p.notice} error={p.error} />
      <section class="card" aria-labelledby="keys-heading">
        <h2 id="keys-heading">{a.keysTitle}</h2>
        {p.keys.length === 0 ? (
          <p class="meta">{a.noKeys}</p>
        ) : (
          <div class="table-scroll">
            <table id="keys">
              <thead>
                <tr>
                  <th scope="col">{a.colKeyName}</th>
                  <th scope="col">{a.colHint}</th>
                  <th scope="col">{a.colScopes}</th>
                  <th scope="col">{a.colCreated}</th>
                  <th scope="col">{a.colLastUsed}</th>
                  <th scope="col">{a.colState}</th>
                </tr>
              </thead>
              <tbody>
                {p.keys.map((k) => (
                  <tr data-key={k.id}>
                    <td>{k.name}</td>
                    <td class="mono">{k.hint}</td>
                    <td>{k.scopes.map((s) => a.scopes[s]).join(' · ')}</td>
                    <td>
                      {consoleTime(k.createdAt, p.lang)} · {actorLabel(k.createdBy, p.names, p.lang)}
                    </td>
                    <td>{k.lastUsedAt ? consoleTime(k.lastUsedAt, p.lang) : a.never}</td>
                    <td>
                      {k.revokedAt ? (
                        a.revokedAt(consoleTime(k.revokedAt, p.lang))
                      ) : (
                        <form method="post" action={`/console/keys/${k.id}/revoke${q}`}>
                          <button type="submit" class="secondary" id={`revoke-${k.id}`} aria-label={`${a.revoke}: ${k.name}`}>
                            {a.revoke}
                          </button>
                        </form>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p class="meta">{a.revokeNote}</p>
      </section>
      <form class="card" id="mint-key" method="post" action={`/console/keys${q}`}>
        <h2>{a.mintHeading}</h2>
        <div class="field">
          <label for="key-name">{a.keyNameLabel}</label>
          <p class="hint" id="key-name-hint">
            {a.keyNameHint}
          </p>
          <input id="key-name" name="name" type="text" required maxlength={80} autocomplete="off" value={p.draft?.name ?? ''} aria-describedby="key-name-hint" aria-invalid={bad('name')} />
        </div>
        <fieldset class="field scopes" aria-invalid={bad('scopes')}>
          <legend>{a.scopesLabel}</legend>
          {SCOPES.map((s) => (
            <label class="check">
              <input type="checkbox" name={`scope:${s}`} value="on" checked={p.draft?.scopes?.includes(s)} /> {a.scopes[s]} <code>{s}</code>
            </label>
          ))}
        </fieldset>
        <button type="submit">{a.mint}</button>
      </form>
    </Layout>
  );
}
