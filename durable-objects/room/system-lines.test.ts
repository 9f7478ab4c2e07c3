import { describe, expect, it } from 'vitest';
import type { ChatEvent } from '../../common/reports/events';
import { systemLines } from './system-lines';

const NAMES: Record<string, string> = { ann: 'Ann', bob: 'Bob' };
const nameOf = (id: string) => NAMES[id] ?? 'Operator';

const assigned = (id: string, operatorId: string): ChatEvent => ({ id, kind: 'assigned', chatId: 'c1', at: 1, operatorId });
const transferred = (id: string, from: string, to: string): ChatEvent => ({
  id,
  kind: 'transferred',
  chatId: 'c1',
  at: 1,
  fromOperatorId: from,
  toOperatorId: to,
});

describe('system lines from a change’s events', () => {
  it('says who joined when the chat had no operator', () => {
    expect(systemLines([assigned('e1', 'ann')], null, nameOf)).toEqual([
      { eventId: 'e1', operatorId: 'ann', event: { kind: 'joined', name: 'Ann' }, text: 'Ann joined the chat.' },
    ]);
  });

  it('says the chat moved after a transfer, from the assignment (the transfer itself gives no line)', () => {
    expect(systemLines([transferred('e1', 'ann', 'bob'), assigned('e2', 'bob')], 'ann', nameOf)).toEqual([
      { eventId: 'e2', operatorId: 'bob', event: { kind: 'moved', name: 'Bob' }, text: 'The chat moved to Bob.' },
    ]);
  });

  it('says the chat moved when it leaves another operator without a transfer (a reassignment)', () => {
    expect(systemLines([assigned('e1', 'bob')], 'ann', nameOf)).toMatchObject([{ eventId: 'e1', event: { kind: 'moved', name: 'Bob' } }]);
  });

  it('says joined when the chat is given again to the operator it had', () => {
    expect(systemLines([assigned('e1', 'ann')], 'ann', nameOf)).toMatchObject([{ event: { kind: 'joined', name: 'Ann' } }]);
  });

  it('gives one line per assignment, each judged against the one before it', () => {
    const lines = systemLines([assigned('e1', 'ann'), assigned('e2', 'bob'), assigned('e3', 'bob')], null, nameOf);
    expect(lines.map((l) => [l.eventId, l.event.kind, l.text])).toEqual([
      ['e1', 'joined', 'Ann joined the chat.'],
      ['e2', 'moved', 'The chat moved to Bob.'],
      ['e3', 'joined', 'Bob joined the chat.'],
    ]);
  });

  it('gives no line for events that are not assignments', () => {
    const others: ChatEvent[] = [
      { id: 'e1', kind: 'started', chatId: 'c1', at: 1, language: 'en', category: null },
      { id: 'e2', kind: 'queued', chatId: 'c1', at: 1 },
      { id: 'e3', kind: 'first_reply', chatId: 'c1', at: 1, operatorId: 'ann' },
      { id: 'e4', kind: 'missed', chatId: 'c1', at: 1, reason: 'nobody_online' },
      { id: 'e5', kind: 'closed', chatId: 'c1', at: 1, by: 'visitor', operatorId: 'ann' },
      { id: 'e6', kind: 'rated', chatId: 'c1', at: 1, rating: 'good' },
      transferred('e7', 'ann', 'bob'),
    ];
    expect(systemLines(others, 'ann', nameOf)).toEqual([]);
    expect(systemLines([], null, nameOf)).toEqual([]);
  });
});
