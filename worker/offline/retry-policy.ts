import { OFFLINE_MAX_DELIVERY_TRIES } from '../../common/schemas/offline';

/** Delivery attempts per offline message before it is marked `failed`; the console shows it too. */
export const MAX_DELIVERY_TRIES = OFFLINE_MAX_DELIVERY_TRIES;
/** Wait after the first failed attempt; each later failure waits `BACKOFF_FACTOR` times longer. */
export const FIRST_RETRY_DELAY_SECONDS = 30;
export const BACKOFF_FACTOR = 4;
/** Upper bound of one wait; Cloudflare Queues cap a retry delay at 12 hours anyway. */
export const MAX_RETRY_DELAY_SECONDS = 60 * 60;
/**
 * How long a claimed attempt holds the message: a racing delivery of the same message waits at
 * least this long, and a worker that died mid-send is replaced after it.
 */
export const ATTEMPT_LEASE_SECONDS = 120;

/** What to do after a failed attempt: try again later, or give up. */
export type RetryDecision = { kind: 'retry'; delaySeconds: number } | { kind: 'give-up' };

/** Exponential backoff: the wait after `triesDone` failed attempts (1 → 30 s, 2 → 2 min, 3 → 8 min…). */
export function backoffSeconds(triesDone: number): number {
  const exponent = Math.max(0, triesDone - 1);
  return Math.min(MAX_RETRY_DELAY_SECONDS, FIRST_RETRY_DELAY_SECONDS * BACKOFF_FACTOR ** exponent);
}

/** Decides after the `triesDone`-th attempt failed. */
export function decideAfterFailure(triesDone: number, maxTries = MAX_DELIVERY_TRIES): RetryDecision {
  if (triesDone >= maxTries) return { kind: 'give-up' };
  return { kind: 'retry', delaySeconds: backoffSeconds(triesDone) };
}

/** Whole seconds from `now` until `due` (at least 1), for a queue retry that must not come early. */
export function secondsUntil(due: Date, now: Date): number {
  return Math.max(1, Math.ceil((due.getTime() - now.getTime()) / 1000));
}
