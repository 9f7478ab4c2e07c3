import { describe, expect, it } from 'vitest';
import { takeToken } from './frame-budget';

const rule = { burst: 3, perSecond: 2 };

/** Takes tokens at the given times; true for each allowed one. */
function run(times: number[]): boolean[] {
  let bucket: number | undefined;
  return times.map((now) => {
    const next = takeToken(bucket, rule, now);
    if (next) bucket = next;
    return next !== null;
  });
}

describe('takeToken', () => {
  it('allows a burst, then refuses until tokens refill at the given rate', () => {
    expect(run([0, 0, 0, 0])).toEqual([true, true, true, false]);
    expect(run([0, 0, 0, 499, 500, 500, 1000])).toEqual([true, true, true, false, true, false, true]);
  });

  it('never holds more than the burst, however long the socket was quiet', () => {
    expect(run([0, 0, 0, 60_000, 60_000, 60_000, 60_000])).toEqual([true, true, true, true, true, true, false]);
  });

  it('a refused flood does not push the next allowed frame further away', () => {
    const flood = Array.from({ length: 1000 }, (_, i) => i * 0.4);
    const allowed = run([0, 0, 0, ...flood, 500]);
    expect(allowed.at(-1)).toBe(true);
  });

  it('a clock that steps back refills nothing', () => {
    expect(run([1000, 1000, 1000, 0])).toEqual([true, true, true, false]);
  });
});
