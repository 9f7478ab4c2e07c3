/**
 * Login limits per account, across every address (SPEC S): password guessing spread over many
 * addresses still meets one counter. The first `FREE_FAILURES` failures cost nothing (the
 * per-address limit stops a single client at 10); after that each failure makes the account
 * wait before the next attempt, twice as long each time up to `MAX_DELAY_MS`. A success resets
 * the counter; a quiet `DECAY_MS` forgets it. Pure: the route keeps the counter in D1.
 */
export const FREE_FAILURES = 20;
export const BASE_DELAY_MS = 15_000;
export const MAX_DELAY_MS = 15 * 60_000;
export const DECAY_MS = 60 * 60_000;
/** The failure count at which the account's owner is mailed (once per run of failures). */
export const ALERT_AT_FAILURES = FREE_FAILURES;

export interface ThrottleState {
  failures: number;
  lastFailureAt: Date;
}

/** Failures that still count at `now`: none once the account has been quiet for `DECAY_MS`. */
export function liveFailures(state: ThrottleState | undefined, now: number): number {
  if (!state || now - state.lastFailureAt.getTime() >= DECAY_MS) return 0;
  return state.failures;
}

/** How long the account must wait after its `failures`-th failure before the next attempt. */
export function delayAfter(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (failures - FREE_FAILURES));
}

/** Milliseconds until the account may try again (0: now). */
export function waitBeforeAttempt(state: ThrottleState | undefined, now: number): number {
  const failures = liveFailures(state, now);
  if (failures === 0 || !state) return 0;
  return Math.max(0, state.lastFailureAt.getTime() + delayAfter(failures) - now);
}
