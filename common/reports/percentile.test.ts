import { describe, expect, it } from 'vitest';
import { spread } from './percentile';

describe('spread (nearest-rank median and p90)', () => {
  it('is empty without values', () => {
    expect(spread([])).toEqual({ count: 0, median: null, p90: null });
  });

  it('takes observed values whatever the order', () => {
    expect(spread([5])).toEqual({ count: 1, median: 5, p90: 5 });
    expect(spread([4, 1, 3, 2])).toEqual({ count: 4, median: 2, p90: 4 });
    const tens = [10, 1, 9, 2, 8, 3, 7, 4, 6, 5];
    expect(spread(tens)).toEqual({ count: 10, median: 5, p90: 9 });
    expect(spread([...tens, 11])).toEqual({ count: 11, median: 6, p90: 10 });
  });
});
