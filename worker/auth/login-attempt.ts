import type { Context } from 'hono';
import { ApiError } from '../lib/errors';
import { clientIp, hitRateLimit, type RateRule, refuseWhenExhausted } from '../lib/rate-limit';
import type { AppEnv } from '../types';
import { mailedOk, mailLoginAlert } from './account-mail';
import type { FailedFactor } from './emails';
import { ALERT_AT_FAILURES, delayAfter, FREE_FAILURES, liveFailures, type ThrottleState, waitBeforeAttempt } from './login-throttle';
import { clearThrottle, countAttempt, readThrottle, uncountAttempt } from './login-throttle-store';

const MINUTE = 60 * 1000;
/** Per address and account: slows password guessing without locking the owner out for long (per account across addresses: login-throttle.ts). */
export const LOGIN_RULE: RateRule = { limit: 10, windowMs: 15 * MINUTE };

/**
 * One check of an account's credential (a password or a two-factor code), admitted by both login
 * limits and already counted as a failure; `succeed` or `refund` it when the credential is right,
 * `fail` it when wrong. Every place that checks a password or code of an account goes through
 * here, so none of them is a way around the limits.
 */
export interface Attempt {
  email: string;
  limitKey: string;
  before: ThrottleState | undefined;
  failures: number;
  now: number;
}

/** 429 while the account waits out its login delay; the same answer for unknown addresses. */
function refuseThrottled<E extends AppEnv>(c: Context<E>, waitMs: number): never {
  c.header('Retry-After', String(Math.max(1, Math.ceil(waitMs / 1000))));
  throw new ApiError(429, 'rate_limited', 'Too many failed logins to this account. Please wait a little and try again.');
}

/** Admits an attempt on the account `email` (as typed) or throws 429; counts it before the check. */
export async function admitAttempt<E extends AppEnv>(c: Context<E>, email: string): Promise<Attempt> {
  // Only failed attempts count, so a person who logs in often is never locked out by success.
  const limitKey = `login:${clientIp(c)}:${email}`;
  await refuseWhenExhausted(c, limitKey, LOGIN_RULE);
  const db = c.get('db');
  const now = Date.now();
  const before = await readThrottle(db, email);
  const wait = waitBeforeAttempt(before, now);
  if (wait > 0) refuseThrottled(c, wait);
  const failures = await countAttempt(db, email, now);
  // Past the allowance one attempt per delay: a concurrent one that took this slot first wins.
  if (failures > FREE_FAILURES && failures !== liveFailures(before, now) + 1) refuseThrottled(c, delayAfter(failures - 1));
  return { email, limitKey, before, failures, now };
}

/**
 * The credential was wrong: the attempt stays counted, the address's limit is hit, and the owner
 * is mailed (once per run) when failures reach the alert level.
 */
export async function failAttempt<E extends AppEnv>(
  c: Context<E>,
  attempt: Attempt,
  owner: { email: string; name: string } | undefined,
  factor: FailedFactor,
): Promise<void> {
  await hitRateLimit(c.get('db'), attempt.limitKey, LOGIN_RULE);
  // In the background: the answer must not take longer for a real account than for an unknown one.
  if (owner && attempt.failures === ALERT_AT_FAILURES)
    c.executionCtx.waitUntil(mailedOk(mailLoginAlert(c.env, owner, attempt.failures, factor)));
}

/** The login is complete: the account's failures are forgotten. */
export const succeedAttempt = <E extends AppEnv>(c: Context<E>, attempt: Attempt) => clearThrottle(c.get('db'), attempt.email);

/** The credential was right but proves nothing new on its own (a password before its code): uncounted. */
export const refundAttempt = <E extends AppEnv>(c: Context<E>, attempt: Attempt) =>
  uncountAttempt(c.get('db'), attempt.email, attempt.before, attempt.now);
