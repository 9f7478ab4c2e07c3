import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { admit, WindowCounter } from './limiter';

/** Runs `times` through a fresh counter for one key; returns which hits were allowed. */
function run(times: readonly number[], limit: number, windowMs: number): boolean[] {
  const counter = new WindowCounter(limit, windowMs);
  return times.map((t) => counter.hit('k', t));
}

const allowedIn = (times: readonly number[], verdicts: readonly boolean[], from: number, to: number) =>
  times.filter((t, i) => verdicts[i] && t > from && t <= to).length;

describe('sliding-window limiter', () => {
  it('lets a flood across a clock-aligned window boundary through only up to the limit', () => {
    // 30 messages 1 ms apart, the first 10 before the 10 s mark: fixed windows would allow all 30.
    const times = Array.from({ length: 30 }, (_, i) => 9_990 + i);
    const verdicts = run(times, 20, 10_000);
    expect(verdicts.filter(Boolean)).toHaveLength(20);
    expect(verdicts.slice(0, 20).every(Boolean)).toBe(true);
  });

  it('allows one more hit once the oldest allowed hit has left the window', () => {
    const counter = new WindowCounter(2, 1000);
    expect([counter.hit('k', 0), counter.hit('k', 10), counter.hit('k', 999)]).toEqual([true, true, false]);
    expect(counter.hit('k', 1000)).toBe(true);
    expect(counter.hit('k', 1009)).toBe(false);
    expect(counter.hit('k', 1010)).toBe(true);
  });

  it('counts each key on its own', () => {
    const counter = new WindowCounter(1, 1000);
    expect([counter.hit('a', 0), counter.hit('b', 0), counter.hit('a', 1), counter.hit('b', 1)]).toEqual([true, true, false, false]);
  });

  it('never allows more than the limit in any span of the window, and refuses only when the limit is reached', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5000 }), { maxLength: 200 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 2000 }),
        (raw, limit, windowMs) => {
          const times = [...raw].sort((a, b) => a - b);
          const verdicts = run(times, limit, windowMs);
          times.forEach((t, i) => {
            // The busiest span of the window ends at an allowed hit; a refusal needs a full window before it.
            const before = allowedIn(times, verdicts, t - windowMs, t);
            if (verdicts[i]) expect(before).toBeLessThanOrEqual(limit);
            else expect(allowedIn(times.slice(0, i), verdicts.slice(0, i), t - windowMs, t)).toBe(limit);
          });
        },
      ),
    );
  });

  it('keeps only the hits inside the window', () => {
    expect(admit([0, 500, 900], 1000, 3, 600)).toEqual([500, 900, 1000]);
    expect(admit([500, 900], 1000, 2, 600)).toBeNull();
  });
});
