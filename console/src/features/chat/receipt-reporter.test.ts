import { describe, expect, test } from 'vitest';
import { NO_RECEIPTS, type OperatorMessage } from '../../../../common/protocol';
import { marksToReport } from './receipt-reporter';

const msg = (seq: number, author: OperatorMessage['author']): OperatorMessage => ({
  seq,
  author,
  operatorId: author === 'visitor' ? null : 'op1',
  clientId: `c${seq}`,
  text: `m${seq}`,
  at: seq,
});
const chat = (operator = { delivered: 0, seen: 0 }) => ({
  messages: [msg(1, 'visitor'), msg(2, 'system'), msg(3, 'operator'), msg(4, 'note')],
  receipts: { ...NO_RECEIPTS, operator },
  ended: null,
});

describe('the marks the chat page reports (F21)', () => {
  test('delivered is the last seq the page holds, seen the last visitor message shown; only what moves past the room', () => {
    expect(marksToReport(chat(), 0, null)).toEqual({ delivered: 4, seen: 0 });
    expect(marksToReport(chat(), 1, null)).toEqual({ delivered: 4, seen: 1 });
    expect(marksToReport(chat({ delivered: 4, seen: 1 }), 1, null)).toBeNull();
    expect(marksToReport(chat({ delivered: 4, seen: 0 }), 1, null)).toEqual({ delivered: 4, seen: 1 });
  });

  test('says nothing twice while the room catches up, nor for a chat that left the operator', () => {
    expect(marksToReport(chat(), 1, { delivered: 4, seen: 1 })).toBeNull();
    expect(marksToReport({ ...chat(), ended: { kind: 'unassigned', reason: 'transferred' } }, 1, null)).toBeNull();
    expect(marksToReport({ ...chat(), ended: { kind: 'closed', by: 'visitor', reason: 'closed' } }, 1, null)).toEqual({
      delivered: 4,
      seen: 1,
    });
  });
});
