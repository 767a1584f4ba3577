import type { Kysely } from 'kysely';
import type { SessionRecord, SessionStore } from '../api/sessions.ts';
import type { Database } from './schema.ts';

const iso = (unixSeconds: number) => new Date(unixSeconds * 1000).toISOString();
const unix = (isoText: string) => Math.floor(Date.parse(isoText) / 1000);

/**
 * Console sessions in the case store's database (the `agent_sessions` table), so that
 * logout and revocation end a session on every instance sharing it, and a restart keeps
 * agents signed in. Only the token's hash is stored.
 */
export class DatabaseSessionStore implements SessionStore {
  constructor(private readonly db: Kysely<Database>) {}

  async create(s: SessionRecord): Promise<void> {
    await this.db
      .insertInto('agent_sessions')
      .values({ id_hash: s.idHash, agent_id: s.agentId, key_fingerprint: s.keyFingerprint, created_at: iso(s.createdAt), expires_at: iso(s.expiresAt) })
      .execute();
  }

  async get(idHash: string): Promise<SessionRecord | undefined> {
    const row = await this.db.selectFrom('agent_sessions').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
    if (!row) return undefined;
    return { idHash: row.id_hash, agentId: row.agent_id ?? '', keyFingerprint: row.key_fingerprint ?? '', createdAt: unix(row.created_at), expiresAt: unix(row.expires_at) };
  }

  async delete(idHash: string): Promise<void> {
    await this.db.deleteFrom('agent_sessions').where('id_hash', '=', idHash).execute();
  }

  async deleteForAgent(agentId: string): Promise<number> {
    const res = await this.db.deleteFrom('agent_sessions').where('agent_id', '=', agentId).executeTakeFirst();
    return Number(res.numDeletedRows);
  }

  /** Expired sessions are of no use to anyone: the retention sweep removes them. */
  async sweep(nowSeconds = Math.floor(Date.now() / 1000)): Promise<void> {
    await this.db.deleteFrom('agent_sessions').where('expires_at', '<=', iso(nowSeconds)).execute();
  }
}
