import { describe, expect, test } from 'vitest';
import {
  NO_RECEIPTS,
  type OperatorChat,
  type OperatorConfig,
  type OperatorMessage,
  type OperatorServerFrame,
} from '../../../../common/protocol';
import { addPending, applyFrame, type ChatState, INITIAL_CHAT_STATE, markRead, resumeList, type ViewContext } from './chat-state';

const config: OperatorConfig = {
  maxChatsPerOperator: 3,
  offlineFormEnabled: false,
  categoriesEnabled: false,
  languages: [],
  categories: [],
  fastResponses: [],
  operators: [],
};
const msg = (seq: number, author: OperatorMessage['author'] = 'visitor', clientId: string | null = null): OperatorMessage => ({
  seq,
  author,
  operatorId: author === 'operator' || author === 'note' ? 'op1' : null,
  clientId,
  text: `m${seq}`,
  at: 1000 + seq,
});
const chat = (id: string, messages: OperatorMessage[]): OperatorChat => ({
  id,
  startedAt: 1000,
  messages,
  visitor: {
    displayId: 'v',
    language: 'en',
    category: null,
    page: { url: 'https://x', title: 'X', referrer: '' },
    userAgent: '',
    online: true,
    firstSeenAt: 900,
    pagesViewed: [],
    contactEmail: null,
  },
  receipts: NO_RECEIPTS,
});
const welcome = (chats: OperatorChat[]): OperatorServerFrame => ({
  type: 'welcome',
  protocol: 1,
  operatorId: 'op1',
  status: 'online',
  config,
  chats,
  presence: [],
  queueLength: 0,
});
const away: ViewContext = { selected: null, visible: true };
const run = (frames: OperatorServerFrame[], ctx = away, from: ChatState = INITIAL_CHAT_STATE) =>
  frames.reduce<{ state: ChatState; events: unknown[] }>(
    (acc, f) => {
      const r = applyFrame(acc.state, f, ctx);
      return { state: r.state, events: [...acc.events, ...r.events] };
    },
    { state: from, events: [] },
  );

describe('applyFrame', () => {
  test('keeps the marks of the snapshot and every later move, for the chat they name only (F21)', () => {
    const marks = { visitor: { delivered: 2, seen: 2 }, operator: { delivered: 2, seen: 1 } };
    const first = run([welcome([{ ...chat('c1', [msg(1), msg(2, 'operator')]), receipts: marks }])]).state;
    expect(first.chats.c1!.receipts).toEqual(marks);
    const moved = run([{ type: 'receipts', chatId: 'c1', ...marks, operator: { delivered: 2, seen: 2 } }], away, first).state;
    expect(moved.chats.c1!.receipts).toEqual({ ...marks, operator: { delivered: 2, seen: 2 } });
    expect(run([{ type: 'receipts', chatId: 'c9', ...marks }], away, moved).state).toBe(moved);
  });

  test('a reconnect welcome merges the replay without duplicating or losing messages', () => {
    const first = run([welcome([chat('c1', [msg(1), msg(2)])])]).state;
    expect(resumeList(first)).toEqual([{ chatId: 'c1', lastSeq: 2 }]);
    const again = run([welcome([chat('c1', [msg(2), msg(3)])])], away, first).state;
    expect(again.chats.c1!.messages.map((m) => m.seq)).toEqual([1, 2, 3]);
  });

  test('a chat the server no longer lists after a reconnect is marked gone and not resumed', () => {
    const first = run([welcome([chat('c1', [msg(1)])])]).state;
    const again = run([welcome([])], away, first).state;
    expect(again.chats.c1!.ended).toEqual({ kind: 'unassigned', reason: 'gone' });
    expect(resumeList(again)).toEqual([]);
  });

  test('a new chat and a visitor message raise events and count unread when not on screen', () => {
    const r = run([welcome([]), { type: 'chat', chat: chat('c1', [msg(1)]) }, { type: 'message', chatId: 'c1', message: msg(2) }]);
    expect(r.events).toEqual([
      { kind: 'new-chat', chatId: 'c1' },
      { kind: 'new-message', chatId: 'c1', text: 'm2' },
    ]);
    expect(r.state.chats.c1!.unread).toBe(2);
  });

  test('messages in the open chat of a visible tab are read at once; in a hidden tab they count', () => {
    const frames: OperatorServerFrame[] = [welcome([chat('c1', [])]), { type: 'message', chatId: 'c1', message: msg(1) }];
    expect(run(frames, { selected: 'c1', visible: true }).state.chats.c1!.unread).toBe(0);
    expect(run(frames, { selected: 'c1', visible: false }).state.chats.c1!.unread).toBe(1);
  });

  test('a repeated message is neither counted nor notified twice', () => {
    const r = run([
      welcome([chat('c1', [])]),
      { type: 'message', chatId: 'c1', message: msg(1) },
      { type: 'message', chatId: 'c1', message: msg(1) },
    ]);
    expect(r.state.chats.c1!.unread).toBe(1);
    expect(r.events).toHaveLength(1);
  });

  test('the echo of an operator message clears its pending copy', () => {
    let state = run([welcome([chat('c1', [])])]).state;
    state = addPending(state, 'c1', { clientId: 'k1', text: 'hi', at: 5000, note: false });
    expect(resumeList(state)).toHaveLength(1);
    state = run([{ type: 'message', chatId: 'c1', message: msg(1, 'operator', 'k1') }], away, state).state;
    expect(state.chats.c1!.pending).toEqual([]);
    expect(state.chats.c1!.unread).toBe(0);
  });

  test('an internal note clears its pending copy without counting as unread or notifying', () => {
    let state = run([welcome([chat('c1', [msg(1)])])], away).state;
    state = addPending(state, 'c1', { clientId: 'n1', text: 'vip', at: 5000, note: true });
    const r = applyFrame(state, { type: 'message', chatId: 'c1', message: msg(2, 'note', 'n1') }, away);
    expect(r.events).toEqual([]);
    expect(r.state.chats.c1!.pending).toEqual([]);
    expect(r.state.chats.c1!.unread).toBe(1);
    expect(r.state.chats.c1!.messages.map((m) => m.author)).toEqual(['visitor', 'note']);
    expect(resumeList(r.state)).toEqual([{ chatId: 'c1', lastSeq: 2 }]);
  });

  test('a waiting frame replaces the list of queued chats', () => {
    const waiting = [{ chatId: 'q1', language: 'en', category: null, since: 10 }];
    let state = run([welcome([]), { type: 'waiting', chats: waiting }]).state;
    expect(state.waiting).toEqual(waiting);
    state = run([{ type: 'waiting', chats: [] }], away, state).state;
    expect(state.waiting).toEqual([]);
  });

  test('typing shows until the visitor’s message arrives', () => {
    let state = run([welcome([chat('c1', [])]), { type: 'typing', chatId: 'c1', typing: true }]).state;
    expect(state.chats.c1!.visitorTyping).toBe(true);
    state = run([{ type: 'message', chatId: 'c1', message: msg(1) }], away, state).state;
    expect(state.chats.c1!.visitorTyping).toBe(false);
  });

  test("the visitor's draft (F21) follows each typing frame and goes with their message, a stop, an empty draft, or their leaving", () => {
    const typed = (draft?: string, typing = true) => ({ type: 'typing', chatId: 'c1', typing, draft }) as const;
    let state = run([welcome([chat('c1', [])]), typed('Where is')]).state;
    const first = state.chats.c1!.visitorDraft;
    expect(first).toEqual({ text: 'Where is' });
    state = run([typed('Where is')], away, state).state;
    // The same text again is a new draft, so the view's timeout starts over.
    expect(state.chats.c1!.visitorDraft).toEqual({ text: 'Where is' });
    expect(state.chats.c1!.visitorDraft).not.toBe(first);
    expect(run([{ type: 'message', chatId: 'c1', message: msg(1) }], away, state).state.chats.c1!.visitorDraft).toBeNull();
    expect(run([{ type: 'message', chatId: 'c1', message: msg(1, 'operator') }], away, state).state.chats.c1!.visitorDraft).toEqual({
      text: 'Where is',
    });
    expect(run([typed(undefined, false)], away, state).state.chats.c1!.visitorDraft).toBeNull();
    expect(run([typed('')], away, state).state.chats.c1!.visitorDraft).toBeNull();
    expect(run([typed()], away, state).state.chats.c1!.visitorDraft).toBeNull();
    const left = { ...chat('c1', []).visitor, online: false };
    expect(run([{ type: 'visitor', chatId: 'c1', visitor: left }], away, state).state.chats.c1!.visitorDraft).toBeNull();
    expect(run([{ type: 'closed', chatId: 'c1', by: 'visitor', reason: 'closed' }], away, state).state.chats.c1!.visitorDraft).toBeNull();
  });

  test('a visitor who leaves stops typing', () => {
    const left = { ...chat('c1', []).visitor, online: false };
    const state = run([
      welcome([chat('c1', [])]),
      { type: 'typing', chatId: 'c1', typing: true },
      { type: 'visitor', chatId: 'c1', visitor: left },
    ]).state;
    expect(state.chats.c1!.visitorTyping).toBe(false);
    expect(state.chats.c1!.visitor.online).toBe(false);
  });

  test('closed and unassigned chats end but stay readable', () => {
    const state = run([
      welcome([chat('c1', [msg(1)]), chat('c2', [])]),
      { type: 'closed', chatId: 'c1', by: 'visitor', reason: 'closed' },
      { type: 'unassigned', chatId: 'c2', reason: 'transferred' },
    ]).state;
    expect(state.chats.c1!.ended).toEqual({ kind: 'closed', by: 'visitor', reason: 'closed' });
    expect(state.chats.c1!.messages).toHaveLength(1);
    expect(state.chats.c2!.ended).toEqual({ kind: 'unassigned', reason: 'transferred' });
  });

  test("the visitor's rating reaches the ended chat live; a rating of a chat not on the page changes nothing", () => {
    const rating = { rating: 'bad', comment: 'Too slow.', at: 9 } as const;
    const { state } = run([
      welcome([chat('c1', [msg(1)])]),
      { type: 'closed', chatId: 'c1', by: 'visitor', reason: 'closed' },
      { type: 'rated', chatId: 'c1', rating },
    ]);
    expect(state.chats.c1!.rating).toEqual(rating);
    expect(state.chats.c1!.ended).toMatchObject({ kind: 'closed' });
    expect(run([{ type: 'rated', chatId: 'gone', rating }], away, state).state).toBe(state);
  });

  test('a config frame replaces the fast responses', () => {
    const fastResponses = [{ id: 'f', nickname: 'x', text: 'new' }];
    const state = run([welcome([]), { type: 'config', config: { ...config, fastResponses } }]).state;
    expect(state.config?.fastResponses).toEqual(fastResponses);
  });

  test('markRead clears a chat’s unread count', () => {
    const state = run([welcome([chat('c1', [msg(1)])])]).state;
    expect(state.chats.c1!.unread).toBe(1);
    expect(markRead(state, 'c1').chats.c1!.unread).toBe(0);
  });
});
