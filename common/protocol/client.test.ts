import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DRAFT_THROTTLE_MS,
  lastSeq,
  mergeBySeq,
  RECONNECT_BASE_MS,
  RECONNECT_MAX_MS,
  reconnectDelay,
  TYPING_IDLE_MS,
  TYPING_REPEAT_MS,
  TYPING_SHOWN_MS,
} from './client';
import { VISITOR_FRAME_BUDGETS } from './limits';

const msg = (seq: number, text = `m${seq}`) => ({ seq, text });

describe('reconnectDelay', () => {
  it('doubles from the base, with jitter over the upper half, and stops at the ceiling', () => {
    expect(reconnectDelay(0, () => 1)).toBe(RECONNECT_BASE_MS);
    expect(reconnectDelay(0, () => 0)).toBe(RECONNECT_BASE_MS / 2);
    expect(reconnectDelay(3, () => 1)).toBe(RECONNECT_BASE_MS * 8);
    expect(reconnectDelay(50, () => 1)).toBe(RECONNECT_MAX_MS);
    expect(reconnectDelay(50, () => 0)).toBe(RECONNECT_MAX_MS / 2);
  });

  it('stays within the jitter window for any attempt', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.double({ min: 0, max: 1, noNaN: true }), (attempt, r) => {
        const ceiling = Math.min(RECONNECT_MAX_MS, RECONNECT_BASE_MS * 2 ** Math.min(attempt, 16));
        const d = reconnectDelay(attempt, () => r);
        return d >= ceiling / 2 - 1 && d <= ceiling + 1;
      }),
    );
  });
});

describe('mergeBySeq', () => {
  it('orders by seq and keeps each seq once', () => {
    expect(mergeBySeq([msg(1), msg(3)], [msg(3), msg(2), msg(4), msg(2)]).map((m) => m.seq)).toEqual([1, 2, 3, 4]);
  });

  it('keeps the copy it already has and answers the same list when nothing is new', () => {
    const current = [msg(1), msg(2)];
    expect(mergeBySeq(current, [msg(2, 'replayed')])).toBe(current);
    expect(mergeBySeq(current, [])).toBe(current);
  });

  it('gives the same list whatever order and repeats the messages arrive in', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(30), { maxLength: 40 }), (seqs) => {
        let list: { seq: number; text: string }[] = [];
        for (const seq of seqs) list = mergeBySeq(list, [msg(seq)]);
        expect(list.map((m) => m.seq)).toEqual([...new Set(seqs)].sort((a, b) => a - b));
        expect(lastSeq(list)).toBe(seqs.length ? Math.max(...seqs) : 0);
      }),
    );
  });
});

describe('typing timings', () => {
  it("repeat typing before the other side's indicator runs out", () => {
    expect(TYPING_REPEAT_MS).toBeLessThan(TYPING_SHOWN_MS);
  });

  it("stream a typing preview's drafts within the room's typing budget, and often enough to keep the indicator up", () => {
    expect(1000 / DRAFT_THROTTLE_MS).toBeLessThanOrEqual(VISITOR_FRAME_BUDGETS.typing.perSecond);
    expect(DRAFT_THROTTLE_MS).toBeLessThan(TYPING_IDLE_MS);
  });
});
