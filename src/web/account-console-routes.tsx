import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AUDIT_ACTIONS, type AuditAction } from '../accounts/audit.ts';
import { ROLES, SCOPES, type Role, type Scope } from '../accounts/roles.ts';
import { principalOf } from '../api/middleware/identity.ts';
import { decodeAuditCursor, encodeAuditCursor } from '../api/routes/audit.ts';
import { InvalidInputError, NotFoundError } from '../errors/app-error.ts';
import { accountStrings } from './account-strings.ts';
import { AgentsPage } from './agents-page.tsx';
import { AuditPage, type AuditFilter } from './audit-page.tsx';
import type { WebDeps } from './case-console-routes.tsx';
import { readForm } from './form.ts';
import { KeysPage } from './keys-page.tsx';

const AUDIT_PAGE_SIZE = 100;

const isRole = (s: string | undefined): s is Role => (ROLES as readonly string[]).includes(s ?? '');

/** A refused form in the page's language: the fields AccountStore named, said in our words. */
function formError(err: InvalidInputError, lang: 'zh' | 'en') {
  const a = accountStrings[lang];
  const fields = [...new Set((err.fields ?? []).map((f) => f.field))];
  return { message: fields.map((f) => a.fieldErrors[f]).filter(Boolean).join(' ') || a.invalidForm, fields };
}

/**
 * The admins' pages (`/console/agents`, `/console/keys`) and the leads' audit log
 * (`/console/audit`). The caller mounts them behind the console guard with the right
 * permission; changes go through AccountStore, which writes the audit log.
 */
export function accountConsoleRoutes(deps: WebDeps) {
  const web = new Hono();
  const accounts = deps.accounts;
  const common = (c: Context) => ({ lang: deps.pageLang(c), demo: deps.demo, langHref: deps.langHref(c), principal: principalOf(c) });

  // ---- Agents --------------------------------------------------------------------------

  const agentsPage = async (c: Context, extra: Partial<Parameters<typeof AgentsPage>[0]> = {}, status: ContentfulStatusCode = 200) =>
    deps.html(c, <AgentsPage {...common(c)} agents={await accounts.listAgents()} {...extra} />, status);

  web.get('/console/agents', async (c) => {
    const a = accountStrings[deps.pageLang(c)];
    const who = c.req.query('who');
    const agent = who ? await accounts.getAgent(who) : undefined;
    const done = c.req.query('done');
    const notice = agent ? (done === 'added' ? a.agentAdded(agent.displayName) : done === 'changed' ? a.agentChanged(agent.displayName) : undefined) : undefined;
    return agentsPage(c, { notice });
  });

  web.post('/console/agents', async (c) => {
    const lang = deps.pageLang(c);
    const form = await readForm(c);
    const draft = { username: (form.username ?? '').slice(0, 40), displayName: (form.displayName ?? '').slice(0, 80), role: isRole(form.role) ? form.role : undefined };
    try {
      const agent = await accounts.createAgent({ username: form.username ?? '', displayName: form.displayName?.trim() || undefined, role: form.role as Role, password: form.password ?? '' }, principalOf(c)!);
      return c.redirect(`/console/agents?lang=${lang}&done=added&who=${encodeURIComponent(agent.username)}`, 303);
    } catch (err) {
      if (err instanceof InvalidInputError) return agentsPage(c, { error: formError(err, lang), draft }, 400);
      throw err;
    }
  });

  web.post('/console/agents/:id', async (c) => {
    const lang = deps.pageLang(c);
    const form = await readForm(c);
    const change =
      form.action === 'role' ? { role: form.role as Role } : form.action === 'password' ? { password: form.password ?? '' } : form.action === 'disable' ? { enabled: false } : form.action === 'enable' ? { enabled: true } : null;
    if (!change) return agentsPage(c, { error: { message: accountStrings[lang].invalidForm, fields: [] } }, 400);
    try {
      const agent = await accounts.updateAgent(c.req.param('id'), change, principalOf(c)!);
      return c.redirect(`/console/agents?lang=${lang}&done=changed&who=${encodeURIComponent(agent.username)}`, 303);
    } catch (err) {
      if (err instanceof InvalidInputError) return agentsPage(c, { error: formError(err, lang) }, 400);
      if (err instanceof NotFoundError) return agentsPage(c, { error: { message: accountStrings[lang].invalidForm, fields: [] } }, 404);
      throw err;
    }
  });

  // ---- Integration keys ------------------------------------------------------------------

  const keysPage = async (c: Context, extra: Partial<Parameters<typeof KeysPage>[0]> = {}, status: ContentfulStatusCode = 200) => {
    const keys = await accounts.listKeys();
    const names = await accounts.actorNames(keys.map((k) => k.createdBy));
    return deps.html(c, <KeysPage {...common(c)} keys={keys} names={names} {...extra} />, status);
  };

  web.get('/console/keys', async (c) => {
    const revoked = c.req.query('revoked');
    const key = revoked ? (await accounts.listKeys()).find((k) => k.id === revoked) : undefined;
    return keysPage(c, { notice: key?.revokedAt ? accountStrings[deps.pageLang(c)].keyRevoked(key.name) : undefined });
  });

  web.post('/console/keys', async (c) => {
    const lang = deps.pageLang(c);
    const form = await readForm(c);
    const scopes = SCOPES.filter((s) => form[`scope:${s}`] !== undefined) as Scope[];
    try {
      const { key, view } = await accounts.mintKey({ name: form.name ?? '', scopes }, principalOf(c)!);
      // Shown here, once: no redirect, so the key is never in a URL or a later page.
      return keysPage(c, { minted: { key, name: view.name } });
    } catch (err) {
      if (err instanceof InvalidInputError) return keysPage(c, { error: formError(err, lang), draft: { name: (form.name ?? '').slice(0, 80), scopes } }, 400);
      throw err;
    }
  });

  web.post('/console/keys/:id/revoke', async (c) => {
    const lang = deps.pageLang(c);
    try {
      const key = await accounts.revokeKey(c.req.param('id'), principalOf(c)!);
      return c.redirect(`/console/keys?lang=${lang}&revoked=${key.id}`, 303);
    } catch (err) {
      if (err instanceof NotFoundError) return keysPage(c, { error: { message: accountStrings[lang].invalidForm, fields: [] } }, 404);
      throw err;
    }
  });

  // ---- Audit log -------------------------------------------------------------------------

  web.get('/console/audit', async (c) => {
    const action = c.req.query('action') ?? '';
    const filter: AuditFilter = {
      actor: (c.req.query('actor') ?? '').trim().slice(0, 120),
      action: (AUDIT_ACTIONS as readonly string[]).includes(action) ? (action as AuditAction) : '',
    };
    // A cursor that is not ours is the first page, not an error.
    const before = decodeAuditCursor(c.req.query('cursor') ?? '') ?? undefined;
    const page = await accounts.listAudit({ limit: AUDIT_PAGE_SIZE, before, actor: filter.actor || undefined, action: filter.action || undefined });
    const names = await accounts.actorNames(page.entries.map((e) => e.actor));
    return deps.html(c, <AuditPage {...common(c)} filter={filter} entries={page.entries} names={names} nextCursor={page.next ? encodeAuditCursor(page.next) : undefined} paged={Boolean(before)} />);
  });

  return web;
}
