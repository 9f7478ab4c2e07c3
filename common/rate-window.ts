/** A fixed-window limit: at most `limit` hits per `windowMs`, windows aligned to the epoch. */
export interface RateRule {
  limit: number;
  windowMs: number;
}

/** The outcome of one hit: allowed, or refused with the seconds until the window resets. */
export type RateDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

/** Start of the window containing `now`; aligned windows let one upsert decide "same window?". */
export function windowStart(now: number, windowMs: number): number {
  return now - (now % windowMs);
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
