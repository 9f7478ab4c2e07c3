import { eq, sql } from 'drizzle-orm';
import type { Context } from 'hono';
import { decide, type RateDecision, type RateRule, windowOpen } from '../../common/rate-window';
import { type Db, getDb } from '../../db/client';
import { rateLimits } from '../../db/schema';
import type { AppEnv } from '../types';
import { ApiError } from './errors';

export type { RateDecision, RateRule } from '../../common/rate-window';

/**
 * Counts one hit against `key` and decides it. One atomic upsert both counts and starts a new
 * window when the stored one is over, so concurrent requests can't slip past the limit. (SQLite
 * evaluates every SET expression against the row as it was before the update.)
 */
export async function hitRateLimit(db: Db, key: string, rule: RateRule, now = Date.now()): Promise<RateDecision> {
  const open = sql`excluded.window_start - ${rateLimits.windowStart} < ${rule.windowMs}`;
  const row = await db
    .insert(rateLimits)
    .values({ key, windowStart: new Date(now), count: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`CASE WHEN ${open} THEN ${rateLimits.count} + 1 ELSE 1 END`,
        windowStart: sql`CASE WHEN ${open} THEN ${rateLimits.windowStart} ELSE excluded.window_start END`,
      },
    })
    .returning({ count: rateLimits.count, windowStart: rateLimits.windowStart })
    .get();
  return decide(row!.count, row!.windowStart.getTime(), now, rule);
}

/**
 * Counts one hit and throws 429 (with `Retry-After`) when over the limit: `rate_limited` unless
 * the caller names another refusal. The header is set on the context so the app's error handler
 * keeps it on the error answer.
 */
export async function enforceRateLimit<E extends AppEnv>(
  c: Context<E>,
  key: string,
  rule: RateRule,
  refusal: () => ApiError = () => new ApiError(429, 'rate_limited', 'Too many attempts. Please wait a little and try again.'),
): Promise<void> {
  const decision = await hitRateLimit(getDb(c.env.DB), key, rule);
  if (decision.allowed) return;
  c.header('Retry-After', String(decision.retryAfterSeconds));
  throw refusal();
}

/**
 * Throws 429 when `key` has already used up its window, without counting a hit: for limits that
 * count only failures (login), paired with `hitRateLimit` on each failure.
 */
export async function refuseWhenExhausted<E extends AppEnv>(c: Context<E>, key: string, rule: RateRule, now = Date.now()): Promise<void> {
  const row = await getDb(c.env.DB)
    .select({ count: rateLimits.count, windowStart: rateLimits.windowStart })
    .from(rateLimits)
    .where(eq(rateLimits.key, key))
    .get();
  if (!row || !windowOpen(row.windowStart.getTime(), now, rule.windowMs)) return;
  const decision = decide(row.count + 1, row.windowStart.getTime(), now, rule);
  if (decision.allowed) return;
  c.header('Retry-After', String(decision.retryAfterSeconds));
  throw new ApiError(429, 'rate_limited', 'Too many attempts. Please wait a little and try again.');
}

/** The caller's address as Cloudflare reports it; one shared bucket when absent (local tools). */
export function clientIp<E extends AppEnv>(c: Context<E>): string {
  return requestIp(c.req.raw);
}

/** {@link clientIp} of a bare request, for code that runs before the app. */
export function requestIp(request: Request): string {
  return request.headers.get('cf-connecting-ip') ?? 'unknown';
}
