import { describe, expect, it } from 'vitest';
import { backoffSeconds, decideAfterFailure, MAX_DELIVERY_TRIES, MAX_RETRY_DELAY_SECONDS, secondsUntil } from './retry-policy';

describe('backoffSeconds', () => {
  it('grows exponentially from 30 s', () => {
    expect([1, 2, 3, 4].map(backoffSeconds)).toEqual([30, 120, 480, 1920]);
  });

  it('never waits longer than the cap', () => {
    expect(backoffSeconds(50)).toBe(MAX_RETRY_DELAY_SECONDS);
  });

  it('treats zero tries like the first', () => {
    expect(backoffSeconds(0)).toBe(30);
  });
});

describe('decideAfterFailure', () => {
  it('retries with the backoff delay while tries remain', () => {
    expect(decideAfterFailure(1)).toEqual({ kind: 'retry', delaySeconds: 30 });
    expect(decideAfterFailure(MAX_DELIVERY_TRIES - 1)).toEqual({ kind: 'retry', delaySeconds: backoffSeconds(MAX_DELIVERY_TRIES - 1) });
  });

  it('gives up once the last allowed try failed', () => {
    expect(decideAfterFailure(MAX_DELIVERY_TRIES)).toEqual({ kind: 'give-up' });
    expect(decideAfterFailure(MAX_DELIVERY_TRIES + 3)).toEqual({ kind: 'give-up' });
  });

  it('honours a custom bound', () => {
    expect(decideAfterFailure(2, 2)).toEqual({ kind: 'give-up' });
    expect(decideAfterFailure(1, 2).kind).toBe('retry');
  });

  it('bounds the total number of attempts', () => {
    let tries = 0;
    while (tries < 100) {
      tries += 1;
      if (decideAfterFailure(tries).kind === 'give-up') break;
    }
    expect(tries).toBe(MAX_DELIVERY_TRIES);
  });
});

describe('secondsUntil', () => {
  const now = new Date('2025-01-01T00:00:00Z');
  it('rounds up to whole seconds', () => {
    expect(secondsUntil(new Date(now.getTime() + 1500), now)).toBe(2);
  });
  it('is at least one second, even for a past time', () => {
    expect(secondsUntil(new Date(now.getTime() - 5000), now)).toBe(1);
  });
});
