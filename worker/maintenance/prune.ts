import { isNotNull, lt, or } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { authTokens, rateLimits, sessions } from '../../db/schema';

/** Rate-limit windows are at most an hour long (worker/auth/routes.ts, worker/offline); a day is well past any. */
export const RATE_LIMIT_ROW_TTL_MS = 24 * 3600 * 1000;

export interface PruneCounts {
  sessions: number;
  tokens: number;
  rateLimits: number;
}

/**
 * Deletes rows that can never matter again: expired sessions, tokens that are used or expired,
 * and rate-limit counters whose window is long over. Run by the cron trigger, so tables that
 * grow with every login or form submission stay small.
 */
export async function pruneExpired(db: Db, now = Date.now()): Promise<PruneCounts> {
  const at = new Date(now);
  const [s, t, r] = await db.batch([
    db.delete(sessions).where(lt(sessions.expiresAt, at)).returning({ id: sessions.id }),
    db
      .delete(authTokens)
      .where(or(isNotNull(authTokens.usedAt), lt(authTokens.expiresAt, at)))
      .returning({ id: authTokens.id }),
    db
      .delete(rateLimits)
      .where(lt(rateLimits.windowStart, new Date(now - RATE_LIMIT_ROW_TTL_MS)))
      .returning({ key: rateLimits.key }),
  ]);
  return { sessions: s.length, tokens: t.length, rateLimits: r.length };
}
