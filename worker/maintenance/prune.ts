import { and, eq, gte, isNotNull, lt, ne, or } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { authTokens, emailConfirmations, loginThrottles, rateLimits, sessions, twoFactorTickets } from '../../db/schema';
import { DECAY_MS } from '../auth/login-throttle';
import { VERIFY_LINK_MEMORY_MS } from '../auth/tokens';
import { TICKET_MAX_FAILURES } from '../auth/two-factor-ticket';

/** Rate-limit windows are at most an hour long (worker/auth/routes.ts, worker/offline); a day is well past any. */
export const RATE_LIMIT_ROW_TTL_MS = 24 * 3600 * 1000;

export interface PruneCounts {
  sessions: number;
  tokens: number;
  rateLimits: number;
  loginThrottles: number;
  emailConfirmations: number;
  twoFactorTickets: number;
}

/**
 * Deletes rows that can never matter again: expired sessions, tokens and email confirmations
 * that are used or expired (verification links once they are past remembering), rate-limit counters whose window is long over, login failure
 * counters that have decayed, and login steps that expired or took too many wrong codes. Run by the cron trigger, so tables that
 * grow with every login or form submission stay small.
 */
export async function pruneExpired(db: Db, now = Date.now()): Promise<PruneCounts> {
  const at = new Date(now);
  const [s, t, r, l, e, f] = await db.batch([
    db.delete(sessions).where(lt(sessions.expiresAt, at)).returning({ id: sessions.id }),
    db
      .delete(authTokens)
      .where(
        or(
          and(ne(authTokens.purpose, 'verify'), or(isNotNull(authTokens.usedAt), lt(authTokens.expiresAt, at))),
          and(eq(authTokens.purpose, 'verify'), lt(authTokens.createdAt, new Date(now - VERIFY_LINK_MEMORY_MS))),
        ),
      )
      .returning({ id: authTokens.id }),
    db
      .delete(rateLimits)
      .where(lt(rateLimits.windowStart, new Date(now - RATE_LIMIT_ROW_TTL_MS)))
      .returning({ key: rateLimits.key }),
    db
      .delete(loginThrottles)
      .where(lt(loginThrottles.lastFailureAt, new Date(now - DECAY_MS)))
      .returning({ email: loginThrottles.email }),
    db
      .delete(emailConfirmations)
      .where(or(isNotNull(emailConfirmations.usedAt), lt(emailConfirmations.expiresAt, at)))
      .returning({ id: emailConfirmations.id }),
    db
      .delete(twoFactorTickets)
      .where(or(lt(twoFactorTickets.expiresAt, at), gte(twoFactorTickets.failures, TICKET_MAX_FAILURES)))
      .returning({ id: twoFactorTickets.id }),
  ]);
  return {
    sessions: s.length,
    tokens: t.length,
    rateLimits: r.length,
    loginThrottles: l.length,
    emailConfirmations: e.length,
    twoFactorTickets: f.length,
  };
}
