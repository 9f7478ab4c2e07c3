import { describe, expect, it } from 'vitest';
import en from '../i18n/en';
import type { Effect, WidgetState } from './widget-model';
import { screen } from './widget-screen';
import type { Input } from './widget-state';
import { chat, config, connected, frame, holding, moved, msg, page, run, saved, sent, start, welcome } from './widget-state.fixtures';

const moves = (effects: Effect[]) => effects.filter((e) => e.type === 'move').length;
const messages = (effects: Effect[]) => sent(effects).filter((f) => f.type === 'message');
const closed = (rate: boolean): Input =>
  frame({ type: 'closed', chatId: 'c1', by: 'operator', reason: 'closed', offlineForm: false, rate });

/** A chat c1 with one message each way, open on the room's socket. */
const chatting = (): WidgetState => connected(start(), chat('c1', [msg(1, 'visitor', 'a'), msg(2, 'operator')]));

describe('the widget boots on the socket its saved state needs (issue 17)', () => {
  it('the gateway without a chat, the room with an open one or a waiting message', () => {
    expect(start().room).toBe(false);
    expect(start({ chat: { ...chat('c1', []), status: 'active' } }).room).toBe(true);
    expect(start({ outbox: [{ clientId: 'a', text: 'hi', at: 1 }] }).room).toBe(true);
  });
});

describe('the first message moves the widget to the room', () => {
  it('keeps it in the outbox, moves once, and sends it once on the room after its welcome', () => {
    const gateway = connected();
    const typed = run(
      [
        { type: 'send', text: 'Hello', clientId: 'a' },
        { type: 'send', text: 'Anyone?', clientId: 'b' },
      ],
      gateway,
    );
    // Nothing goes to the gateway (it refuses chat frames); one move, however much is typed meanwhile.
    expect(sent(typed.effects)).toEqual([]);
    expect(moves(typed.effects)).toBe(1);
    expect(typed.state).toMatchObject({ room: true, connected: false });
    expect(typed.state.saved.outbox.map((p) => p.clientId)).toEqual(['a', 'b']);
    // A move is no lost connection: the panel says nothing about reconnecting.
    expect(screen(typed.state, en).lost).toBe(false);

    const room = run(moved(), typed.state);
    expect(sent(room.effects)[0]).toMatchObject({ type: 'hello', resume: undefined });
    expect(messages(room.effects).map((f) => f.type === 'message' && f.clientId)).toEqual(['a', 'b']);
    expect(moves(room.effects)).toBe(0);

    // The room's echo starts the chat: the widget stays there.
    const started = run([frame({ type: 'message', chatId: 'c1', message: msg(1, 'visitor', 'a') })], room.state);
    expect(started.state.saved.chat?.id).toBe('c1');
    expect(moves(started.effects)).toBe(0);
    expect(started.state.room).toBe(true);
  });

  it('moves only once the message is typed, not when the category is picked', () => {
    const categories = { categoriesEnabled: true, categories: [{ id: 'sales', name: 'Sales' }] };
    const gateway = run(moved(null, { ...config, ...categories }), start()).state;
    expect(moves(run([{ type: 'pick', category: 'sales' }], gateway).effects)).toBe(0);
  });
});

describe('the widget returns to the gateway once the visitor is done with the chat', () => {
  it('at once when the chat ends asking for no rating, keeping the transcript on screen', () => {
    const ended = run([{ type: 'typing', text: 'and' }, closed(false)], chatting());
    expect(moves(ended.effects)).toBe(1);
    // Typing stops with the chat: a late draft sends nothing to the gateway.
    expect(ended.state).toMatchObject({ room: false, connected: false, typing: false });
    // The gateway's welcome knows no chat: the ended one stays as it was.
    const gateway = run(moved(), ended.state);
    expect(gateway.state.connected).toBe(true);
    expect(gateway.state.saved.ended).toEqual({ reason: 'closed', offlineForm: false, rate: false });
    expect(gateway.state.saved.messages).toHaveLength(2);
    expect(screen(gateway.state, en).connected).toBe(false);
    expect(moves(gateway.effects)).toBe(0);
  });

  it('after the rating, or when the visitor closes the panel or starts again without rating', () => {
    const asking = run([{ type: 'open', open: true }, closed(true)], chatting());
    expect(moves(asking.effects)).toBe(0);
    expect(asking.state.room).toBe(true);
    const rated = run([frame({ type: 'rated', chatId: 'c1', rating: { rating: 'good', comment: null, at: 1 } })], asking.state);
    expect(moves(rated.effects)).toBe(1);
    for (const input of [{ type: 'open', open: false }, { type: 'again' }] as Input[]) {
      const done = run([input], asking.state);
      expect(moves(done.effects)).toBe(1);
      expect(done.state.room).toBe(false);
    }
  });

  it("on a reload whose chat ended meanwhile, once the room's closed frame says so", () => {
    const reloaded = holding(start(), chat('c1', []));
    // The room's welcome has no chat: the end is only guessed, and the reason and rating follow.
    const guessed = run(moved(), reloaded);
    expect(guessed.state.saved.ended).toEqual({ reason: 'closed', offlineForm: false });
    expect(moves(guessed.effects)).toBe(0);
    expect(moves(run([closed(false)], guessed.state).effects)).toBe(1);
  });

  it('and comes back to the room for the next chat', () => {
    const gateway = run([closed(false), ...moved(), { type: 'again' }], chatting()).state;
    const next = run([{ type: 'send', text: 'One more thing', clientId: 'n' }, ...moved()], gateway);
    expect(moves(next.effects)).toBe(1);
    expect(messages(next.effects)).toHaveLength(1);
  });
});

describe('another tab of the visitor starts a chat', () => {
  const other = saved({ chat: { ...chat('c1', []), status: 'active' }, messages: [msg(1, 'visitor', 'a')] });

  it('moves this tab to the room too, which resumes the chat after what the other tab saved', () => {
    const tab = run([{ type: 'tab', saved: other }], connected());
    expect(moves(tab.effects)).toBe(1);
    expect(tab.state.saved.chat?.id).toBe('c1');
    expect(sent(run([{ type: 'connected', page }], tab.state).effects)[0]).toMatchObject({ resume: { chatId: 'c1', lastSeq: 1 } });
    const shown = run([welcome(chat('c1', [msg(2, 'operator')]))], tab.state).state;
    expect(shown.saved.messages.map((m) => m.seq)).toEqual([1, 2]);
  });

  it("ignores another visitor's chat, an ended chat, and the chat it already shows", () => {
    const gateway = connected();
    for (const saved of [{ ...other, visitorId: 'v2' }, { ...other, ended: { reason: 'closed', offlineForm: false } } as const]) {
      const r = run([{ type: 'tab', saved }], gateway);
      expect(r.state).toBe(gateway);
      expect(r.effects).toEqual([]);
    }
    const same = chatting();
    expect(run([{ type: 'tab', saved: other }], same).state).toBe(same);
  });
});

describe('a lost connection', () => {
  it('is told while the socket is down, not while the widget moves between sockets', () => {
    const down = run([{ type: 'disconnected' }], chatting()).state;
    expect(screen(down, en).lost).toBe(true);
    expect(screen(run(moved(chat('c1', [])), down).state, en).lost).toBe(false);
  });
});
