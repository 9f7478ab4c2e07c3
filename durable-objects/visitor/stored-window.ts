/** A rate limit asked one hit at a time: true when the hit is allowed (and counted). */
export interface HitLimiter {
  hit(key: string, now: number): boolean;
}

/**
 * Sliding-window limits kept in the object's SQLite storage (table `rate_hits`), so they hold
 * across hibernation and restarts: at most `limit` allowed hits per key in any `windowMs`.
 * Refused hits are not recorded. Every allowed hit first drops rows whose window has passed, for all keys.
 */
export class StoredWindow implements HitLimiter {
  constructor(
    private readonly sql: SqlStorage,
    private readonly limit: () => number,
    private readonly windowMs: number,
  ) {}

  hit(key: string, now: number): boolean {
    if (this.countIn(key, now) >= this.limit()) return false;
    this.record(key, now, now + this.windowMs);
    return true;
  }

  /** Counts a hit until `expiresAt` whatever the limit: a window that grows (abuse-cooldown.ts). */
  record(key: string, now: number, expiresAt: number): void {
    this.sql.exec(`DELETE FROM rate_hits WHERE expires_at <= ?`, now);
    this.sql.exec(`INSERT INTO rate_hits (key, expires_at) VALUES (?, ?)`, key, expiresAt);
  }

  /** The key's hits still in their window. */
  count(key: string, now: number): number {
    return this.countIn(key, now);
  }

  /**
   * When the key may hit again, or null when it may now. Only reads, so a refusal that repeats
   * (a flood of upgrades) writes nothing.
   */
  refusedUntil(key: string, now: number): number | null {
    const rows = this.sql
      .exec<{ expiresAt: number }>(
        `SELECT expires_at AS expiresAt FROM rate_hits WHERE key = ? AND expires_at > ? ORDER BY expires_at`,
        key,
        now,
      )
      .toArray();
    const over = rows.length - this.limit();
    // Once over + 1 of the counted hits have left the window, one fewer than the limit remain.
    return over < 0 ? null : rows[over]!.expiresAt;
  }

  private countIn(key: string, now: number): number {
    return this.sql.exec<{ n: number }>(`SELECT COUNT(*) AS n FROM rate_hits WHERE key = ? AND expires_at > ?`, key, now).one().n;
  }
}
