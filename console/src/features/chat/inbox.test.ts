import { describe, expect, test } from 'vitest';
import { NO_RECEIPTS, type OperatorMessage } from '../../../../common/protocol';
import type { ChatView } from './chat-state';
import { formatWait, inboxOrder, inboxPreview, titleWithUnread, totalUnread, visitorLabel, waitingSince } from './inbox';

const view = (id: string, lastActivity: number, extra: Partial<ChatView> = {}): ChatView => ({
  id,
  lastActivity,
  startedAt: 0,
  messages: [],
  pending: [],
  unread: 0,
  visitorTyping: false,
  visitorDraft: null,
  ended: null,
  rating: null,
  receipts: NO_RECEIPTS,
  visitor: {
    displayId: 'v',
    language: 'en',
    category: null,
    page: { url: '', title: '', referrer: '' },
    userAgent: '',
    online: true,
    firstSeenAt: 0,
    pagesViewed: [],
    contactEmail: null,
  },
  ...extra,
});
const m = (seq: number, author: OperatorMessage['author'], at: number, text = ''): OperatorMessage => ({
  seq,
  author,
  at,
  operatorId: null,
  clientId: null,
  text,
});

test('the inbox shows newest activity first, ended chats last', () => {
  const ended = view('d', 900, { ended: { kind: 'closed', by: 'visitor', reason: 'closed' } });
  expect(inboxOrder([view('a', 100), ended, view('b', 300), view('c', 200)]).map((c) => c.id)).toEqual(['b', 'c', 'a', 'd']);
});

test('unread counts only active chats; the title carries the total', () => {
  const chats = [
    view('a', 0, { unread: 2 }),
    view('b', 0, { unread: 1 }),
    view('c', 0, { unread: 5, ended: { kind: 'unassigned', reason: 'gone' } }),
  ];
  expect(totalUnread(chats)).toBe(3);
  expect(titleWithUnread('Chats', 3)).toBe('(3) Chats');
  expect(titleWithUnread('Chats', 0)).toBe('Chats');
  expect(titleWithUnread('Chats', 150)).toBe('(99+) Chats');
});

describe('waitingSince', () => {
  test('runs from the first unanswered visitor message', () => {
    expect(waitingSince(view('a', 0, { messages: [m(1, 'visitor', 10), m(2, 'visitor', 20)] }))).toBe(10);
    expect(waitingSince(view('a', 0, { messages: [m(1, 'visitor', 10), m(2, 'operator', 20), m(3, 'visitor', 30)] }))).toBe(30);
  });
  test('an internal note is not an answer', () => {
    expect(waitingSince(view('a', 0, { messages: [m(1, 'visitor', 10), m(2, 'note', 20)] }))).toBe(10);
  });
  test('is null once answered, with no messages, or after the chat ended', () => {
    expect(waitingSince(view('a', 0, { messages: [m(1, 'visitor', 10), m(2, 'operator', 20)] }))).toBeNull();
    expect(waitingSince(view('a', 0))).toBeNull();
    expect(waitingSince(view('a', 0, { messages: [m(1, 'visitor', 10)], ended: { kind: 'unassigned', reason: 'gone' } }))).toBeNull();
  });
});

test('the preview shows typing, then the last message, marking notes', () => {
  expect(inboxPreview(view('a', 0))).toBe('No messages yet');
  expect(inboxPreview(view('a', 0, { messages: [m(1, 'visitor', 1, 'hello')] }))).toBe('hello');
  expect(inboxPreview(view('a', 0, { messages: [m(1, 'visitor', 1, 'hello'), m(2, 'note', 2, 'vip')] }))).toBe('Note: vip');
  expect(inboxPreview(view('a', 0, { messages: [m(1, 'visitor', 1, 'hello')], visitorTyping: true }))).toBe('typing…');
  expect(inboxPreview(view('a', 0, { messages: [m(1, 'visitor', 1, 'hello'), m(2, 'system', 2, 'Ann joined the chat.')] }))).toBe('hello');
});

test('formatWait', () => {
  expect(formatWait(3000)).toBe('now');
  expect(formatWait(45_000)).toBe('45 s');
  expect(formatWait(185_000)).toBe('3 min');
  expect(formatWait(2 * 3600_000 + 5)).toBe('2 h');
});

test('visitorLabel uses the tail of the id', () => {
  expect(visitorLabel('v-1a2b3c4d')).toBe('Visitor 3C4D');
  expect(visitorLabel('--')).toBe('Visitor ?');
});
