import { describe, expect, it } from 'vitest';
import { BASE_DELAY_MS, DECAY_MS, delayAfter, FREE_FAILURES, liveFailures, MAX_DELAY_MS, waitBeforeAttempt } from './login-throttle';

const at = (failures: number, lastFailureAt: number) => ({ failures, lastFailureAt: new Date(lastFailureAt) });

describe('delayAfter', () => {
  it('costs nothing within the free allowance, then doubles up to the cap', () => {
    expect(delayAfter(0)).toBe(0);
    expect(delayAfter(FREE_FAILURES - 1)).toBe(0);
    expect(delayAfter(FREE_FAILURES)).toBe(BASE_DELAY_MS);
    expect(delayAfter(FREE_FAILURES + 1)).toBe(2 * BASE_DELAY_MS);
    expect(delayAfter(FREE_FAILURES + 2)).toBe(4 * BASE_DELAY_MS);
    expect(delayAfter(FREE_FAILURES + 50)).toBe(MAX_DELAY_MS);
    for (let f = FREE_FAILURES; f < FREE_FAILURES + 20; f++) expect(delayAfter(f + 1)).toBeGreaterThanOrEqual(delayAfter(f));
  });
});

describe('waitBeforeAttempt', () => {
  const now = 10_000_000;

  it('lets an account without failures, or within the allowance, try at once', () => {
    expect(waitBeforeAttempt(undefined, now)).toBe(0);
    expect(waitBeforeAttempt(at(FREE_FAILURES - 1, now), now)).toBe(0);
  });

  it('makes the account wait out the delay of its last failure', () => {
    expect(waitBeforeAttempt(at(FREE_FAILURES, now - 5_000), now)).toBe(BASE_DELAY_MS - 5_000);
    expect(waitBeforeAttempt(at(FREE_FAILURES + 1, now - 5_000), now)).toBe(2 * BASE_DELAY_MS - 5_000);
    expect(waitBeforeAttempt(at(FREE_FAILURES, now - BASE_DELAY_MS), now)).toBe(0);
  });

  it('forgets failures after a quiet hour', () => {
    expect(liveFailures(at(FREE_FAILURES + 30, now - DECAY_MS), now)).toBe(0);
    expect(liveFailures(at(FREE_FAILURES + 30, now - DECAY_MS + 1), now)).toBe(FREE_FAILURES + 30);
    expect(waitBeforeAttempt(at(FREE_FAILURES + 30, now - DECAY_MS), now)).toBe(0);
  });
});
