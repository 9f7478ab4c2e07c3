/** A signed-out console session, with the time it would have expired anyway. */
export interface RevokedSession {
  id: string;
  expiresAt: number;
}

/**
 * The console sessions signed out since they were handed to this room (SPEC S), kept in the
 * room's SQLite until they would have expired: only the worker, which checks expiry itself on
 * every upgrade, could otherwise say a session id is dead.
 */
export class RevokedSessions {
  constructor(private readonly storage: DurableObjectStorage) {}

  /** Records sessions as signed out and forgets the ones past their expiry. */
  add(sessions: readonly RevokedSession[], now: number): void {
    this.storage.transactionSync(() => {
      this.storage.sql.exec('DELETE FROM revoked_sessions WHERE expires_at <= ?', now);
      for (const s of sessions) {
        if (s.expiresAt <= now) continue;
        this.storage.sql.exec(
          'INSERT INTO revoked_sessions (session_id, expires_at) VALUES (?, ?) ON CONFLICT (session_id) DO NOTHING',
          s.id,
          s.expiresAt,
        );
      }
    });
  }

  has(sessionId: string): boolean {
    return this.storage.sql.exec('SELECT 1 FROM revoked_sessions WHERE session_id = ?', sessionId).toArray().length > 0;
  }

  ids(): ReadonlySet<string> {
    return new Set(
      this.storage.sql
        .exec<{ session_id: string }>('SELECT session_id FROM revoked_sessions')
        .toArray()
        .map((r) => r.session_id),
    );
  }
}
