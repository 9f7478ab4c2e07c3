import { and, eq, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { loginThrottles } from '../../db/schema';
import { DECAY_MS, liveFailures, type ThrottleState } from './login-throttle';

/** The account's failure counter as stored, if any. */
export function readThrottle(db: Db, email: string): Promise<ThrottleState | undefined> {
  return db
    .select({ failures: loginThrottles.failures, lastFailureAt: loginThrottles.lastFailureAt })
    .from(loginThrottles)
    .where(eq(loginThrottles.email, email))
    .get();
}

/**
 * Counts an attempt as a failure before the password is checked (a success clears it again), in
 * one atomic upsert, so concurrent attempts each get their own count. A counter quiet for
 * `DECAY_MS` starts over. Returns the count including this attempt.
 */
export async function countAttempt(db: Db, email: string, now: number): Promise<number> {
  const row = await db
    .insert(loginThrottles)
    .values({ email, failures: 1, lastFailureAt: new Date(now) })
    .onConflictDoUpdate({
      target: loginThrottles.email,
      set: {
        failures: sql`CASE WHEN ${loginThrottles.lastFailureAt} <= ${now - DECAY_MS} THEN 1 ELSE ${loginThrottles.failures} + 1 END`,
        lastFailureAt: sql`excluded.last_failure_at`,
      },
    })
    .returning({ failures: loginThrottles.failures })
    .get();
  return row!.failures;
}

/** Forgets the account's failures (after a successful login or a password reset). */
export async function clearThrottle(db: Db, email: string): Promise<void> {
  await db.delete(loginThrottles).where(eq(loginThrottles.email, email));
}

/**
 * Takes back an attempt `countAttempt` counted whose credential turned out right though the login
 * is not finished (a password before its two-factor code): the counter returns to `before`, so a
 * person with the right password is never slowed by their own second step.
 */
export async function uncountAttempt(db: Db, email: string, before: ThrottleState | undefined, now: number): Promise<void> {
  const restoreAt = liveFailures(before, now) > 0 ? before!.lastFailureAt : null;
  await db.batch([
    db
      .update(loginThrottles)
      .set({
        failures: sql`${loginThrottles.failures} - 1`,
        lastFailureAt: restoreAt ? restoreAt : sql`${loginThrottles.lastFailureAt}`,
      })
      .where(eq(loginThrottles.email, email)),
    db.delete(loginThrottles).where(and(eq(loginThrottles.email, email), lte(loginThrottles.failures, 0))),
  ]);
}
