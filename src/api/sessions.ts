/**
 * Console sessions, kept server-side so that logging out or revoking an agent ends them
 * at once (a signed cookie would stay valid until it expires). The browser holds a random
 * token; the store holds only its SHA-256, so a leaked store opens no session.
 */
export interface SessionRecord {
  /** Hex SHA-256 of the cookie's token. */
  idHash: string;
  /** Who signed in ("agent" while there is one shared key). */
  agentId: string;
  /** Which key it was opened with: a session from a replaced key is dead. */
  keyFingerprint: string;
  createdAt: number;
  /** Unix seconds. */
  expiresAt: number;
}

/** Small on purpose, so the case store (src/store) can back it with one table. */
export interface SessionStore {
  create(session: SessionRecord): Promise<void> | void;
  get(idHash: string): Promise<SessionRecord | undefined> | SessionRecord | undefined;
  delete(idHash: string): Promise<void> | void;
  /** Ends every session of an agent (revocation); returns how many. */
  deleteForAgent(agentId: string): Promise<number> | number;
}

/** In memory (the default): bounded, oldest sessions go first; sessions end with the process. */
export class MemorySessionStore implements SessionStore {
  private readonly sessions = new Map<string, SessionRecord>();

  constructor(
    private readonly max = 10_000,
    private readonly now: () => number = () => Math.floor(Date.now() / 1000),
  ) {}

  create(session: SessionRecord): void {
    this.sessions.set(session.idHash, session);
    if (this.sessions.size > this.max) {
      const t = this.now();
      for (const [k, s] of this.sessions) if (s.expiresAt <= t) this.sessions.delete(k);
      while (this.sessions.size > this.max) this.sessions.delete(this.sessions.keys().next().value!);
    }
  }

  get(idHash: string): SessionRecord | undefined {
    return this.sessions.get(idHash);
  }

  delete(idHash: string): void {
    this.sessions.delete(idHash);
  }

  deleteForAgent(agentId: string): number {
    let n = 0;
    for (const [k, s] of this.sessions) if (s.agentId === agentId && this.sessions.delete(k)) n++;
    return n;
  }
}
