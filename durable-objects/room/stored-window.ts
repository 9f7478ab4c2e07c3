/** A rate limit asked one hit at a time: true when the hit is allowed (and counted). */
export interface HitLimiter {
  hit(key: string, now: number): boolean;
}

/**
 * Sliding-window limits kept in the object's SQLite storage (table `rate_hits`), so they hold
 * across hibernation and restarts: at most `limit` allowed hits per key in any `windowMs`.
 * Refused hits are not recorded. Every hit first drops rows whose window has passed, for all keys.
 */
export class StoredWindow implements HitLimiter {
  constructor(
    private readonly sql: SqlStorage,
    private readonly limit: () => number,
    private readonly windowMs: number,
  ) {}

  hit(key: string, now: number): boolean {
    if (this.full(key, now)) return false;
    this.sql.exec(`INSERT INTO rate_hits (key, expires_at) VALUES (?, ?)`, key, now + this.windowMs);
    return true;
  }

  /** True when the key has used its limit in the current window (nothing is counted). */
  full(key: string, now: number): boolean {
    this.sql.exec(`DELETE FROM rate_hits WHERE expires_at <= ?`, now);
    const { n } = this.sql.exec<{ n: number }>(`SELECT COUNT(*) AS n FROM rate_hits WHERE key = ?`, key).one();
    return n >= this.limit();
  }
}
