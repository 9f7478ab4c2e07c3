import { describe, expect, it } from 'vitest';
import { randomId } from '../../common/ids';
import { db } from '../../test/helpers';
import { hitRateLimit } from './rate-limit';

const RULE = { limit: 3, windowMs: 60_000 };
const T0 = 1_700_000_080_000; // 40 s into a clock-aligned minute (1_700_000_040_000 is aligned)

describe('hitRateLimit (D1)', () => {
  it('allows `limit` hits per window, then refuses until the window that began with the first hit ends', async () => {
    const key = `test:${randomId()}`;
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await hitRateLimit(db(), key, RULE, T0 + i * 1000));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results[3]).toEqual({ allowed: false, retryAfterSeconds: 57 });
  });

  it('starts counting again with the first hit after the window', async () => {
    const key = `test:${randomId()}`;
    for (let i = 0; i < 4; i++) await hitRateLimit(db(), key, RULE, T0);
    expect((await hitRateLimit(db(), key, RULE, T0 + 59_999)).allowed).toBe(false);
    expect(await hitRateLimit(db(), key, RULE, T0 + 60_000)).toEqual({ allowed: true, remaining: 2 });
    expect((await hitRateLimit(db(), key, RULE, T0 + 100_000)).allowed).toBe(true);
    expect((await hitRateLimit(db(), key, RULE, T0 + 110_000)).allowed).toBe(true);
    expect(await hitRateLimit(db(), key, RULE, T0 + 119_999)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it('lets a burst across a clock-aligned minute through only up to the limit', async () => {
    const key = `test:${randomId()}`;
    const aligned = 1_700_000_100_000;
    const results = [];
    for (let i = 0; i < 6; i++) results.push(await hitRateLimit(db(), key, RULE, aligned - 3 + i));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false, false, false]);
  });

  it('keeps separate counters per key', async () => {
    const a = `test:${randomId()}`;
    for (let i = 0; i < 4; i++) await hitRateLimit(db(), a, RULE, T0);
    expect((await hitRateLimit(db(), `test:${randomId()}`, RULE, T0)).allowed).toBe(true);
  });

  it('counts concurrent hits exactly (one atomic upsert per hit)', async () => {
    const key = `test:${randomId()}`;
    const rule = { limit: 10, windowMs: 60_000 };
    const results = await Promise.all(Array.from({ length: 15 }, () => hitRateLimit(db(), key, rule, T0)));
    expect(results.filter((r) => r.allowed)).toHaveLength(10);
    const remaining = results.flatMap((r) => (r.allowed ? [r.remaining] : [])).sort((x, y) => x - y);
    expect(remaining).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
