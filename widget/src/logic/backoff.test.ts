import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKOFF_BASE_MS, BACKOFF_MAX_MS, reconnectDelay } from './backoff';

describe('reconnectDelay', () => {
  it('doubles from the base and stops at the ceiling', () => {
    const top = (n: number) => reconnectDelay(n, () => 1);
    expect(top(0)).toBe(BACKOFF_BASE_MS);
    expect(top(1)).toBe(BACKOFF_BASE_MS * 2);
    expect(top(3)).toBe(BACKOFF_BASE_MS * 8);
    expect(top(50)).toBe(BACKOFF_MAX_MS);
  });

  it('stays within the jitter window for any attempt', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.double({ min: 0, max: 1, noNaN: true }), (attempt, r) => {
        const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.min(attempt, 16));
        const d = reconnectDelay(attempt, () => r);
        return d >= ceiling / 2 - 1 && d <= ceiling + 1;
      }),
    );
  });
});
