import { describe, expect, it } from 'vitest';
import type { Availability, ChatMessage } from '../../../common/protocol';
import de from '../i18n/de';
import { type Input, initialState } from './widget-state';

import {
  alice,
  announced,
  bob,
  chat,
  config,
  connected,
  dictionary,
  frame,
  holding,
  msg,
  page,
  run,
  sent,
  start,
  welcome,
} from './widget-state.fixtures';

describe('busy (F10)', () => {
  const busy: Availability = { state: 'busy', available: true, offlineForm: true, queueLength: 2, waitEstimateSeconds: 180 };

  it('keeps the busy state, queue length and wait, and tells the host page', () => {
    const { state, effects } = run([frame({ type: 'availability', ...busy })], connected());
    expect(state.availability).toEqual(busy);
    expect(effects).toEqual([{ type: 'emit', event: 'availability', detail: busy }]);
    expect(run([dictionary, { type: 'connected', page }, welcome(null, busy)]).state.availability).toEqual(busy);
  });

  it('opens the offline form instead of waiting and goes back, and leaves it when an operator takes the chat', () => {
    const queued = connected(start(), chat('c1', [msg(1)], null), { ...config, offlineForm: true });
    const away = run([{ type: 'leave' }], queued).state;
    expect(away.showOffline).toBe(true);
    expect(run([{ type: 'back' }], away).state.showOffline).toBe(false);
    expect(run([frame({ type: 'assigned', chatId: 'c1', operator: alice })], away).state.showOffline).toBe(false);
  });

  it('leaves an email only for a waiting chat, and shows the one the server kept', () => {
    const queued = connected(start(), chat('c1', [msg(1)], null));
    expect(sent(run([{ type: 'contact', email: 'me@example.com' }], queued).effects)).toEqual([
      { type: 'contact', email: 'me@example.com' },
    ]);
    const active = connected(start(), chat('c1', [msg(1)]));
    expect(sent(run([{ type: 'contact', email: 'me@example.com' }], active).effects)).toEqual([]);
    const kept = run([frame({ type: 'contact', chatId: 'c1', email: 'me@example.com' })], queued).state;
    expect(kept.saved.chat?.contactEmail).toBe('me@example.com');
  });
});

describe('queue and operators', () => {
  it('shows the queue position and the wait, announcing the position only when it moves', () => {
    const queued = run(
      [frame({ type: 'queued', chatId: 'c1', position: 3, waitEstimateSeconds: 240 })],
      connected(start(), chat('c1', [], null)),
    );
    expect(queued.state.saved.chat).toMatchObject({ status: 'queued', queuePosition: 3, waitEstimateSeconds: 240 });
    expect(announced(queued.effects)).toEqual(['You are number 3 in the queue.']);
    const slower = run([frame({ type: 'queued', chatId: 'c1', position: 3, waitEstimateSeconds: 400 })], queued.state);
    expect(slower.state.saved.chat).toMatchObject({ queuePosition: 3, waitEstimateSeconds: 400 });
    expect(announced(slower.effects)).toEqual([]);
  });

  it('keeps who joined and who took over as lines of the history, worded and announced in the visitor’s language', () => {
    const line = (seq: number, kind: 'joined' | 'moved', name: string): ChatMessage => ({
      seq,
      author: 'system',
      operatorId: null,
      clientId: `system-${seq}`,
      text: kind === 'joined' ? `${name} joined the chat.` : `The chat moved to ${name}.`,
      at: 1000 + seq,
      event: { kind, name },
    });
    const german = run(
      [{ type: 'dictionary', language: 'de', t: de }],
      run([{ type: 'language', code: 'de' }], connected(start(), chat('c1', [msg(1)], null))).state,
    ).state;
    const { state, effects } = run(
      [
        frame({ type: 'assigned', chatId: 'c1', operator: alice }),
        frame({ type: 'message', chatId: 'c1', message: line(2, 'joined', 'Alice') }),
        frame({ type: 'assigned', chatId: 'c1', operator: bob }),
        frame({ type: 'message', chatId: 'c1', message: line(3, 'moved', 'Bob') }),
      ],
      german,
    );
    expect(state.saved.chat).toMatchObject({ status: 'active', operator: bob, queuePosition: null });
    expect(state.saved.messages.map((m) => m.seq)).toEqual([1, 2, 3]);
    expect(announced(effects)).toEqual(['Alice ist dem Chat beigetreten.', 'Der Chat wurde an Bob übergeben.']);
    expect(state.operators).toEqual({ op1: alice, op2: bob });
    // A replay (a reload) shows them again and reads nothing out.
    const replay = run(
      [{ type: 'disconnected' }, { type: 'connected', page }, welcome(chat('c1', [msg(1), line(2, 'joined', 'Alice')], alice))],
      german,
    );
    expect(replay.state.saved.messages.map((m) => m.seq)).toEqual([1, 2]);
    expect(announced(replay.effects)).toEqual([]);
  });
});

describe('incoming messages', () => {
  it('merges by seq: in order, each once, replays included', () => {
    let state = connected(start(), chat('c1', [msg(1), msg(2)]));
    state = run(
      [3, 5, 4, 5].map((seq) => frame({ type: 'message', chatId: 'c1', message: msg(seq) })),
      state,
    ).state;
    state = run([{ type: 'disconnected' }, { type: 'connected', page }, welcome(chat('c1', [msg(4), msg(5), msg(6)]))], state).state;
    expect(state.saved.messages.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('ignores messages of another chat', () => {
    const state = connected(start(), chat('c1', [msg(1)]));
    expect(run([frame({ type: 'message', chatId: 'c2', message: msg(2) })], state).state.saved.messages).toHaveLength(1);
  });

  it('counts, chimes, announces and reports an operator message while the dialog is closed', () => {
    const state = connected(start(), chat('c1', []));
    const { state: next, effects } = run([frame({ type: 'message', chatId: 'c1', message: msg(1, 'operator') })], state);
    expect(next.saved.unread).toBe(1);
    expect(effects).toEqual([
      { type: 'chime' },
      { type: 'announce', text: 'Alice: m1' },
      { type: 'emit', event: 'message', detail: { text: 'm1', at: 1001, operator: 'Alice' } },
    ]);
    const again = run([frame({ type: 'message', chatId: 'c1', message: msg(1, 'operator') })], next);
    expect(again.effects).toEqual([]);
    expect(again.state.saved.unread).toBe(1);
  });

  it('counts unread only while the dialog is closed or the page hidden; opening clears the count', () => {
    const open = run([{ type: 'open', open: true }], connected(start(), chat('c1', []))).state;
    const m = frame({ type: 'message', chatId: 'c1', message: msg(1, 'operator') });
    expect(run([m], open).state.saved.unread).toBe(0);
    expect(run([m], open, { now: 9000, hidden: true }).state.saved.unread).toBe(1);
    const closed = run([{ type: 'open', open: false }, m], open).state;
    expect(closed.saved.unread).toBe(1);
    expect(run([{ type: 'open', open: true }], closed).state.saved.unread).toBe(0);
  });

  it('does not chime for a muted widget, nor for the replay in a welcome', () => {
    const muted = run(
      [{ type: 'sound' }, frame({ type: 'message', chatId: 'c1', message: msg(1, 'operator') })],
      connected(start(), chat('c1', [])),
    );
    expect(muted.effects.map((e) => e.type)).toEqual(['announce', 'emit']);
    const replay = run(
      [dictionary, { type: 'connected', page }, welcome(chat('c1', [msg(1, 'operator')]))],
      holding(start(), chat('c1', [])),
    );
    expect(replay.effects.map((e) => e.type)).toEqual(['send', 'emit']);
    expect(replay.state.saved.unread).toBe(1);
  });
});

describe('chat closed', () => {
  it('ends the chat with its reason and whether to ask for a rating, keeping the transcript', () => {
    const state = run([frame({ type: 'typing', chatId: 'c1', typing: true })], connected(start(), chat('c1', [msg(1)]))).state;
    const { state: ended, effects } = run(
      [frame({ type: 'closed', chatId: 'c1', by: 'system', reason: 'operator_lost', offlineForm: true, rate: true })],
      state,
    );
    expect(ended.saved.ended).toEqual({ reason: 'operator_lost', offlineForm: true, rate: true });
    expect(ended.saved.messages).toHaveLength(1);
    expect(ended.operatorTyping).toBeNull();
    expect(announced(effects)).toEqual(['The operator left the chat.']);
    expect(run([{ type: 'typing', text: 'h' }], ended).effects).toEqual([]);
  });

  it('asks no more once the chat was rated, here or in another tab', () => {
    const ended = run(
      [frame({ type: 'closed', chatId: 'c1', by: 'operator', reason: 'closed', offlineForm: false, rate: true })],
      connected(start(), chat('c1', [msg(1)])),
    ).state;
    const rating = { rating: 'bad', comment: 'Slow', at: 5 } as const;
    expect(run([frame({ type: 'rated', chatId: 'c2', rating })], ended).state.saved.ended?.rate).toBe(true);
    expect(run([frame({ type: 'rated', chatId: 'c1', rating })], ended).state.saved.ended).toEqual({
      reason: 'closed',
      offlineForm: false,
      rate: false,
    });
  });

  it('ignores the end of another chat', () => {
    const state = connected(start(), chat('c1', []));
    expect(
      run([frame({ type: 'closed', chatId: 'c2', by: 'operator', reason: 'closed', offlineForm: false, rate: false })], state).state.saved
        .ended,
    ).toBeNull();
  });

  it('asks the server to close when the visitor ends the chat', () => {
    expect(sent(run([{ type: 'end' }], connected(start(), chat('c1', []))).effects)).toEqual([{ type: 'close' }]);
  });

  it('clears the ended chat when the dialog closes or the visitor starts again', () => {
    const open = run([{ type: 'open', open: true }], connected(start(), chat('c1', [msg(1)]))).state;
    const ended = run(
      [frame({ type: 'closed', chatId: 'c1', by: 'operator', reason: 'closed', offlineForm: false, rate: false })],
      open,
    ).state;
    for (const input of [{ type: 'open', open: false }, { type: 'again' }] as Input[]) {
      const fresh = run([input], ended).state;
      expect(fresh.saved).toMatchObject({ chat: null, ended: null, messages: [], category: null });
    }
  });

  it('starts a new chat when a message comes for another chat after the end', () => {
    const ended = run(
      [frame({ type: 'closed', chatId: 'c1', by: 'operator', reason: 'closed', offlineForm: false, rate: false })],
      connected(start(), chat('c1', [msg(1)])),
    ).state;
    const next = run(
      [{ type: 'send', text: 'again', clientId: 'n1' }, frame({ type: 'message', chatId: 'c2', message: msg(1, 'visitor', 'n1') })],
      ended,
    ).state;
    expect(next.saved).toMatchObject({ chat: { id: 'c2' }, ended: null, outbox: [] });
    expect(next.saved.messages.map((m) => m.text)).toEqual(['m1']);
  });
});

describe('receipts (F21)', () => {
  const marks = (operatorSeen: number) => ({ visitor: { delivered: 3, seen: 3 }, operator: { delivered: 3, seen: operatorSeen } });

  it('keeps the marks the welcome carries and every later move of the open chat, so a reload shows them', () => {
    let state = connected(start(), { ...chat('c1', [msg(1), msg(2, 'operator'), msg(3)]), receipts: marks(1) });
    expect(state.saved.chat?.receipts).toEqual(marks(1));
    state = run([frame({ type: 'receipts', chatId: 'c1', ...marks(3) })], state).state;
    expect(state.saved.chat?.receipts).toEqual(marks(3));
    // Another chat's marks (an ended one replayed) don't touch this one.
    expect(run([frame({ type: 'receipts', chatId: 'c0', ...marks(0) })], state).state).toBe(state);
    expect(initialState(state.saved, ['en']).saved.chat?.receipts).toEqual(marks(3));
  });
});
