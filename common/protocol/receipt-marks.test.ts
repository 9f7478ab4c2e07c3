import { describe, expect, it } from 'vitest';
import { advanceMarks, markOf } from './receipt-marks';

describe('receipt marks (F21)', () => {
  it('move only forward, and a seen message counts as delivered', () => {
    expect(advanceMarks({ delivered: 2, seen: 1 }, { delivered: 5, seen: 3 })).toEqual({ delivered: 5, seen: 3 });
    expect(advanceMarks({ delivered: 2, seen: 1 }, { delivered: 0, seen: 4 })).toEqual({ delivered: 4, seen: 4 });
    expect(advanceMarks({ delivered: 5, seen: 3 }, { delivered: 6, seen: 2 })).toEqual({ delivered: 6, seen: 3 });
    expect(advanceMarks({ delivered: 5, seen: 3 }, { delivered: 4, seen: 3 })).toBeNull();
    expect(advanceMarks({ delivered: 5, seen: 3 }, { delivered: 5, seen: 3 })).toBeNull();
  });

  it("say how a side's own message stands with the other side", () => {
    const other = { delivered: 7, seen: 4 };
    expect([3, 4, 5, 7, 8].map((seq) => markOf(seq, other))).toEqual(['seen', 'seen', 'delivered', 'delivered', null]);
    expect(markOf(1, undefined)).toBeNull();
  });
});
