import { describe, expect, it } from 'vitest';
import { decide, windowOpen } from './rate-window';

const RULE = { limit: 3, windowMs: 60_000 };

describe('windowOpen', () => {
  it('runs for windowMs from its start, whatever the clock says', () => {
    expect(windowOpen(125_000, 125_000, 60_000)).toBe(true);
    expect(windowOpen(125_000, 184_999, 60_000)).toBe(true);
    expect(windowOpen(125_000, 185_000, 60_000)).toBe(false);
  });
});

describe('decide', () => {
  it('allows up to the limit and reports what is left', () => {
    expect(decide(1, 0, 10, RULE)).toEqual({ allowed: true, remaining: 2 });
    expect(decide(3, 0, 10, RULE)).toEqual({ allowed: true, remaining: 0 });
  });

  it('refuses past the limit with the seconds until the window ends, rounded up', () => {
    expect(decide(4, 120_000, 125_500, RULE)).toEqual({ allowed: false, retryAfterSeconds: 55 });
    expect(decide(4, 120_000, 120_000, RULE)).toEqual({ allowed: false, retryAfterSeconds: 60 });
  });

  it('never asks to retry after 0 seconds', () => {
    expect(decide(9, 120_000, 179_999, RULE)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });
});
