import { describe, expect, it } from 'vitest';
import { TtlCache } from './ttl-cache';

describe('TtlCache', () => {
  it('answers a value until its time is up, then forgets it', () => {
    const cache = new TtlCache<string>(10, 1000);
    cache.set('a', 'A', 0);
    expect(cache.get('a', 999)).toBe('A');
    expect(cache.get('b', 0)).toBeUndefined();
    expect(cache.get('a', 1000)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('drops the oldest set entry when full; setting a key again makes it the newest', () => {
    const cache = new TtlCache<number>(2, 1000);
    cache.set('a', 1, 0);
    cache.set('b', 2, 0);
    cache.set('a', 3, 10);
    cache.set('c', 4, 20);
    expect(cache.size).toBe(2);
    expect(cache.get('b', 20)).toBeUndefined();
    expect(cache.get('a', 20)).toBe(3);
    expect(cache.get('c', 20)).toBe(4);
  });
});
