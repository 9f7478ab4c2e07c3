/**
 * A rate limit: at most `limit` hits per window of `windowMs`. A key's window starts at its first
 * hit and the next one at its first hit after that, so a burst always meets a whole window: with
 * windows aligned to the clock, a burst straddling a boundary got the limit twice.
 */
export interface RateRule {
  limit: number;
  windowMs: number;
}

/** The outcome of one hit: allowed, or refused with the seconds until the window ends. */
export type RateDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

/** Whether the window that started at `start` still runs at `now`. */
export function windowOpen(start: number, now: number, windowMs: number): boolean {
  return now - start < windowMs;
}

/**
 * Decides a hit given the counter after counting it. `Retry-After` is rounded up so a client
 * that waits exactly that long lands in the next window, and is at least 1 s.
 */
export function decide(countAfterHit: number, start: number, now: number, rule: RateRule): RateDecision {
  if (countAfterHit <= rule.limit) return { allowed: true, remaining: rule.limit - countAfterHit };
  const msLeft = start + rule.windowMs - now;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(msLeft / 1000)) };
}
