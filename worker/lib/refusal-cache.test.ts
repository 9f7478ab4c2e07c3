import { describe, expect, it } from 'vitest';
import { RefusalCache, retryAfterMs } from './refusal-cache';

const refusal = (until: number) => ({ until, status: 429, body: `{"until":${until}}` });

describe('RefusalCache', () => {
  it('answers a refusal until its end, then forgets it', () => {
    const cache = new RefusalCache(10);
    cache.set('a', refusal(1000), 0);
    expect(cache.get('a', 999)).toEqual(refusal(1000));
    expect(cache.get('b', 999)).toBeNull();
    expect(cache.get('a', 1000)).toBeNull();
    expect(cache.size).toBe(0);
  });

  it('replaces the refusal of a key that is set again', () => {
    const cache = new RefusalCache(10);
    cache.set('a', refusal(1000), 0);
    cache.set('a', refusal(5000), 500);
    expect(cache.get('a', 2000)).toEqual(refusal(5000));
    expect(cache.size).toBe(1);
  });

  it('holds at most its limit, dropping ended refusals and then the oldest', () => {
    const cache = new RefusalCache(3);
    cache.set('a', refusal(100), 0);
    cache.set('b', refusal(10_000), 0);
    cache.set('c', refusal(10_000), 0);
    // Full: the ended one goes.
    cache.set('d', refusal(10_000), 200);
    expect([cache.get('a', 200), cache.size]).toEqual([null, 3]);
    // Full of live ones: the oldest goes.
    cache.set('e', refusal(10_000), 300);
    expect(cache.size).toBe(3);
    expect(['b', 'c', 'd', 'e'].map((k) => cache.get(k, 300) !== null)).toEqual([false, true, true, true]);
  });
});

describe('retryAfterMs', () => {
  it('reads delta-seconds and nothing else', () => {
    expect(retryAfterMs('60')).toBe(60_000);
    expect(retryAfterMs(' 1 ')).toBe(1000);
    for (const header of [null, '', '0', '-5', '1.5', 'Wed, 21 Oct 2026 07:28:00 GMT', 'soon']) expect(retryAfterMs(header)).toBeNull();
  });
});
