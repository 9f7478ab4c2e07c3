import { describe, expect, it } from 'vitest';
import { MAX_TEXT_CHARS } from '../../../common/protocol/limits';

import { chat, config, connected, dictionary, frame, moved, msg, online, page, run, sent, start, welcome } from './widget-state.fixtures';

describe('category and chat start (F5)', () => {
  const categories = { ...config, categoriesEnabled: true, categories: [{ id: 'sales', name: 'Sales' }] };
  const picking = () => run([dictionary, { type: 'connected', page }, welcome(null, online, categories)], start()).state;

  it('holds the first message until a category is picked, then names it before sending on the room', () => {
    const held = run([{ type: 'send', text: 'Hello', clientId: 'c1' }], picking());
    expect(sent(held.effects)).toEqual([]);
    expect(held.state.saved.outbox.map((p) => p.text)).toEqual(['Hello']);
    expect(sent(run([{ type: 'pick', category: 'sales' }], held.state).effects)).toEqual([]);
    const { effects } = run([{ type: 'pick', category: 'sales' }, ...moved(null, categories)], held.state);
    expect(sent(effects).slice(1)).toEqual([
      { type: 'update', category: 'sales' },
      { type: 'message', clientId: 'c1', text: 'Hello' },
    ]);
  });

  it('starts the chat on the first acknowledged message, keeping the category for a reload', () => {
    const asked = run(
      [{ type: 'pick', category: 'sales' }, { type: 'send', text: 'Hello', clientId: 'c1' }, ...moved(null, categories)],
      picking(),
    ).state;
    const { state } = run([frame({ type: 'message', chatId: 'c1', message: msg(1, 'visitor', 'c1') })], asked);
    expect(state.saved.chat).toEqual({
      id: 'c1',
      status: 'queued',
      operator: null,
      queuePosition: null,
      waitEstimateSeconds: null,
      contactEmail: null,
    });
    expect(state.saved.category).toBe('sales');
    expect(state.saved.outbox).toEqual([]);
    const hello = sent(run([{ type: 'disconnected' }, { type: 'connected', page }], state).effects)[0];
    expect(hello).toMatchObject({ type: 'hello', category: 'sales', resume: { chatId: 'c1', lastSeq: 1 } });
  });

  it('asks again for a category the server refused, and resends once one is picked', () => {
    const asked = run(
      [{ type: 'pick', category: 'sales' }, { type: 'send', text: 'Hello', clientId: 'c1' }, ...moved(null, categories)],
      picking(),
    ).state;
    const refused = run([frame({ type: 'error', code: 'category_required', message: 'Pick one', ref: 'message' })], asked).state;
    expect(refused.picked).toBeNull();
    expect(sent(run([{ type: 'pick', category: 'sales' }], refused).effects)).toEqual([
      { type: 'update', category: 'sales' },
      { type: 'message', clientId: 'c1', text: 'Hello' },
    ]);
  });
});

describe('outbox', () => {
  it('keeps messages typed offline pending, sends them once welcomed, and once only', () => {
    const offline = run([dictionary, { type: 'send', text: '  one  ', clientId: 'a' }, { type: 'send', text: 'two', clientId: 'b' }]);
    expect(sent(offline.effects)).toEqual([]);
    expect(offline.state.saved.outbox).toEqual([
      { clientId: 'a', text: 'one', at: 9000 },
      { clientId: 'b', text: 'two', at: 9000 },
    ]);
    const online1 = run([{ type: 'connected', page }, welcome()], offline.state);
    expect(sent(online1.effects).slice(1)).toEqual([
      { type: 'message', clientId: 'a', text: 'one' },
      { type: 'message', clientId: 'b', text: 'two' },
    ]);
    expect(sent(run([{ type: 'send', text: 'three', clientId: 'c' }], online1.state).effects)).toEqual([
      { type: 'message', clientId: 'c', text: 'three' },
    ]);
  });

  it('resends what is still pending on the next connection', () => {
    const state = run([{ type: 'send', text: 'one', clientId: 'a' }], connected()).state;
    const again = run([{ type: 'disconnected' }, { type: 'connected', page }, welcome()], state);
    expect(sent(again.effects).slice(1)).toEqual([{ type: 'message', clientId: 'a', text: 'one' }]);
  });

  it('sends a file message with empty text by its attachment ids, and again by id after a reconnect (F20)', () => {
    const file = { id: 'a_1', name: 'shot.png', type: 'image/png', size: 10, url: '/api/attachments/a_1?sig=x' };
    const state = run([{ type: 'send', text: ' ', clientId: 'f', attachments: [file] }, ...moved()], connected());
    expect(state.state.saved.outbox).toEqual([{ clientId: 'f', text: '', at: 9000, attachments: [file] }]);
    const frame = { type: 'message', clientId: 'f', text: '', attachmentIds: ['a_1'] };
    expect(sent(state.effects).slice(1)).toEqual([frame]);
    expect(sent(run([{ type: 'disconnected' }, { type: 'connected', page }, welcome()], state.state).effects).slice(1)).toEqual([frame]);
    expect(run([{ type: 'send', text: '', clientId: 'g', attachments: [] }], connected()).state.saved.outbox).toEqual([]);
  });

  it('drops exactly the entry whose clientId the server acknowledged', () => {
    const state = run(
      [
        { type: 'send', text: 'one', clientId: 'a' },
        { type: 'send', text: 'two', clientId: 'b' },
      ],
      connected(),
    ).state;
    const acked = run([frame({ type: 'message', chatId: 'c1', message: msg(1, 'visitor', 'b') })], state).state;
    expect(acked.saved.outbox.map((p) => p.clientId)).toEqual(['a']);
    expect(acked.saved.messages.map((m) => m.clientId)).toEqual(['b']);
  });

  it('ignores blank text and cuts text to the protocol’s limit', () => {
    expect(run([{ type: 'send', text: '   ', clientId: 'a' }], connected()).state.saved.outbox).toEqual([]);
    const long = run([{ type: 'send', text: 'x'.repeat(MAX_TEXT_CHARS + 10), clientId: 'a' }], connected()).state;
    expect(long.saved.outbox[0]!.text).toHaveLength(MAX_TEXT_CHARS);
  });

  it('sends again after a rate limit once its timer fires', () => {
    const state = run([{ type: 'send', text: 'one', clientId: 'a' }, ...moved()], connected()).state;
    const limited = run([frame({ type: 'error', code: 'rate_limited', message: 'slow down', ref: 'message' })], state);
    expect(limited.effects).toEqual([{ type: 'timer', timer: 'retry' }]);
    expect(sent(run([{ type: 'timer', timer: 'retry' }], limited.state).effects)).toEqual([
      { type: 'message', clientId: 'a', text: 'one' },
    ]);
  });

  it('leaves the state alone on other errors', () => {
    const state = run([{ type: 'send', text: 'one', clientId: 'a' }], connected()).state;
    const after = run([frame({ type: 'error', code: 'rate_limited', message: 'slow down', ref: 'typing' })], state);
    expect(after.effects).toEqual([]);
    expect(after.state).toEqual(state);
  });
});

describe('typing', () => {
  it('tells the server once while the visitor types, and stops when idle or on send', () => {
    const state = connected(start(), chat('c1', []));
    const typing = run(
      [
        { type: 'typing', text: 'h' },
        { type: 'typing', text: 'h' },
      ],
      state,
    );
    expect(sent(typing.effects)).toEqual([{ type: 'typing', typing: true }]);
    expect(typing.effects.filter((e) => e.type === 'timer')).toHaveLength(2);
    expect(sent(run([{ type: 'timer', timer: 'typingIdle' }], typing.state).effects)).toEqual([{ type: 'typing', typing: false }]);
    expect(sent(run([{ type: 'send', text: 'hi', clientId: 'a' }], typing.state).effects)).toEqual([
      { type: 'typing', typing: false },
      { type: 'message', clientId: 'a', text: 'hi' },
    ]);
  });

  it('with the typing preview on (F21), carries the draft, the latest while typing, and none after a send or a pause', () => {
    const on = { ...config, typingPreview: true };
    const state = run([frame({ type: 'config', config: on })], connected(start(), chat('c1', []))).state;
    const typing = run(
      [
        { type: 'typing', text: 'W' },
        { type: 'typing', text: 'Wh' },
        { type: 'draft', text: 'Where is' },
      ],
      state,
    );
    expect(sent(typing.effects)).toEqual([
      { type: 'typing', typing: true, draft: 'W' },
      { type: 'typing', typing: true, draft: 'Where is' },
    ]);
    expect(sent(run([{ type: 'draft', text: 'x'.repeat(MAX_TEXT_CHARS + 5) }], typing.state).effects)).toEqual([
      { type: 'typing', typing: true, draft: 'x'.repeat(MAX_TEXT_CHARS) },
    ]);
    // The visitor emptied the box: the operator's copy empties too.
    expect(sent(run([{ type: 'draft', text: '' }], typing.state).effects)).toEqual([{ type: 'typing', typing: true, draft: '' }]);
    const sentMessage = run(
      [
        { type: 'send', text: 'Where is my order?', clientId: 'a' },
        { type: 'draft', text: 'Where is my order?' },
      ],
      typing.state,
    );
    expect(sent(sentMessage.effects).filter((f) => f.type === 'typing')).toEqual([{ type: 'typing', typing: false }]);
    const idle = run(
      [
        { type: 'timer', timer: 'typingIdle' },
        { type: 'draft', text: 'Where is' },
      ],
      typing.state,
    );
    expect(sent(idle.effects)).toEqual([{ type: 'typing', typing: false }]);
  });

  it('with the typing preview off, never sends a draft', () => {
    const typing = run(
      [
        { type: 'typing', text: 'W' },
        { type: 'draft', text: 'Where' },
      ],
      connected(start(), chat('c1', [])),
    );
    expect(sent(typing.effects)).toEqual([{ type: 'typing', typing: true }]);
  });

  it('says nothing about typing before a chat is open', () => {
    expect(run([{ type: 'typing', text: 'h' }], connected()).effects).toEqual([]);
  });

  it('types again after a reconnect', () => {
    const typing = run(
      [
        { type: 'typing', text: 'h' },
        { type: 'disconnected' },
        { type: 'connected', page },
        welcome(chat('c1', [])),
        { type: 'typing', text: 'h' },
      ],
      connected(start(), chat('c1', [])),
    );
    expect(sent(typing.effects).filter((f) => f.type === 'typing')).toHaveLength(2);
  });

  it('shows the operator typing until their message, a stop, or the timer', () => {
    const state = connected(start(), chat('c1', []));
    const typing = run([frame({ type: 'typing', chatId: 'c1', typing: true })], state);
    expect(typing.state.operatorTyping).toBe('Alice');
    expect(typing.effects).toEqual([{ type: 'timer', timer: 'operatorTyping' }]);
    expect(run([frame({ type: 'message', chatId: 'c1', message: msg(1, 'operator') })], typing.state).state.operatorTyping).toBeNull();
    expect(run([frame({ type: 'typing', chatId: 'c1', typing: false })], typing.state).state.operatorTyping).toBeNull();
    expect(run([{ type: 'timer', timer: 'operatorTyping' }], typing.state).state.operatorTyping).toBeNull();
  });
});
