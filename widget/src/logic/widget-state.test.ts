import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../../common/protocol/limits';
import de from '../i18n/de';
import en from '../i18n/en';
import { initialState, step } from './widget-state';

import {
  alice,
  bob,
  chat,
  config,
  connected,
  dictionary,
  emitted,
  frame,
  msg,
  page,
  run,
  saved,
  sent,
  start,
  visible,
  welcome,
} from './widget-state.fixtures';

describe('connection, hello and welcome', () => {
  it('says hello with the visitor, language and page, resuming nothing without a chat', () => {
    const { state, effects } = run([{ type: 'connected', page }]);
    expect(sent(effects)).toEqual([
      {
        type: 'hello',
        protocol: PROTOCOL_VERSION,
        visitorId: 'v1',
        visitorSecret: 's1-0123456789abcdef012345',
        language: 'en',
        category: null,
        page,
        resume: undefined,
      },
    ]);
    expect(state.connected).toBe(false);
  });

  it('is connected once welcomed, and says ready only on the first welcome', () => {
    const first = run([{ type: 'connected', page }, welcome(null, { state: 'offline', available: false, offlineForm: true })]);
    expect(first.state.connected).toBe(true);
    expect(first.state.availability).toEqual({ state: 'offline', available: false, offlineForm: true });
    expect(first.effects).toContainEqual({
      type: 'emit',
      event: 'ready',
      detail: { state: 'offline', available: false, offlineForm: true },
    });
    const again = run([{ type: 'disconnected' }, { type: 'connected', page }, welcome()], first.state);
    expect(emitted(again.effects)).not.toContain('ready');
    expect(again.state.connected).toBe(true);
  });

  it('knows nothing before the first welcome, and keeps a panel a reload left open until the welcome says what to show', () => {
    const booting = run([dictionary, { type: 'connected', page }], start({ open: true })).state;
    expect(booting).toMatchObject({ config: null, availability: null, greeted: false });
    expect(booting.saved.open).toBe(true);
    const greeted = run([welcome()], booting).state;
    expect(greeted.saved.open).toBe(true);
    // Nobody online and no offline form: the widget shows nothing, so the panel closes once that is known.
    const nobody = run([welcome(null, { state: 'offline', available: false, offlineForm: false })], booting).state;
    expect(nobody.saved.open).toBe(false);
  });

  it('sends nothing but hello until welcomed', () => {
    const { effects } = run([{ type: 'connected', page }, { type: 'send', text: 'hi', clientId: 'c1' }, { type: 'end' }]);
    expect(sent(effects).map((f) => f.type)).toEqual(['hello']);
  });

  it('applies a config frame', () => {
    const greeting = 'Hello there';
    const state = run([frame({ type: 'config', config: { ...config, greeting } })], connected()).state;
    expect(state.config?.greeting).toBe(greeting);
  });
});

describe('availability', () => {
  it('follows availability frames and tells the host page', () => {
    const { state, effects } = run([frame({ type: 'availability', state: 'offline', available: false, offlineForm: true })], connected());
    expect(state.availability).toEqual({ state: 'offline', available: false, offlineForm: true });
    expect(effects).toEqual([{ type: 'emit', event: 'availability', detail: { state: 'offline', available: false, offlineForm: true } }]);
  });

  it('closes the dialog when the last operator goes and there is no chat and no offline form (F9)', () => {
    const open = run([{ type: 'open', open: true }], connected()).state;
    expect(open.saved.open).toBe(true);
    const { state, effects } = run([frame({ type: 'availability', state: 'offline', available: false, offlineForm: false })], open);
    expect(state.saved.open).toBe(false);
    expect(emitted(effects)).toEqual(['availability', 'close']);
  });

  it('keeps an open chat on screen whatever availability says (F9)', () => {
    const open = run([{ type: 'open', open: true }], connected(start(), chat('c1', [msg(1)]))).state;
    const { state } = run([frame({ type: 'availability', state: 'offline', available: false, offlineForm: false })], open);
    expect(state.saved.open).toBe(true);
  });

  it('does not open before its dictionary is loaded or where it shows nothing', () => {
    expect(run([{ type: 'open', open: true }]).state.saved.open).toBe(false);
    const nobody = run([
      dictionary,
      welcome(null, { state: 'offline', available: false, offlineForm: false }),
      { type: 'open', open: true },
    ]);
    expect(nobody.state.saved.open).toBe(false);
    expect(emitted(nobody.effects)).toEqual(['ready']);
  });
});

describe('language (F4)', () => {
  it('greets in the language last used, else the visitor’s choice, else the browser’s first', () => {
    expect(initialState(saved(), ['de-AT', 'en']).language).toBe('de');
    expect(initialState(saved({ language: 'en' }), ['de-AT']).language).toBe('en');
    expect(initialState(saved({ language: 'en', lastLanguage: 'de' }), ['en']).language).toBe('de');
    expect(sent(run([{ type: 'connected', page }], initialState(saved(), ['fr-CA'])).effects)[0]).toMatchObject({ language: 'fr' });
  });

  it('takes the browser’s best offered language once the welcome lists them, and the next page greets in it', () => {
    // The server served the hello's `fr` in the default (en); the second preference is offered.
    const { state, effects } = run([dictionary, { type: 'connected', page }, welcome()], initialState(saved(), ['fr-CA', 'de']));
    expect(state.language).toBe('de');
    expect(sent(effects)).toEqual([expect.objectContaining({ type: 'hello', language: 'fr' }), { type: 'update', language: 'de' }]);
    expect(state.saved.lastLanguage).toBe('de');
    // Greeted in an offered language, the widget says nothing more.
    const same = run([dictionary, { type: 'connected', page }, welcome()], initialState(saved(), ['en-US', 'de']));
    expect(sent(same.effects).map((f) => f.type)).toEqual(['hello']);
  });

  it('switches on the visitor’s choice: remembered, told to the server, dictionary loaded', () => {
    const { state, effects } = run([{ type: 'language', code: 'de' }], connected());
    expect(state.language).toBe('de');
    expect(state.saved.language).toBe('de');
    expect(effects).toEqual([
      { type: 'send', frame: { type: 'update', language: 'de' } },
      { type: 'load', language: 'de' },
    ]);
    expect(state.t).toBe(en);
    expect(run([{ type: 'dictionary', language: 'de', t: de }], state).state.t).toBe(de);
  });

  it('falls back to the default for a language the company does not offer, and ignores a dictionary for a language already left', () => {
    const state = run([{ type: 'language', code: 'de' }], connected()).state;
    const fallback = run([{ type: 'language', code: 'fr' }], state);
    expect(fallback.state.language).toBe('en');
    expect(sent(fallback.effects)).toEqual([{ type: 'update', language: 'en' }]);
    const back = run(
      [
        { type: 'language', code: 'de' },
        { type: 'language', code: 'en' },
        { type: 'dictionary', language: 'de', t: de },
      ],
      state,
    ).state;
    expect(back.language).toBe('en');
    expect(back.t).toBe(en);
  });

  it('reduces a region tag to the offered primary language', () => {
    const { state } = run([{ type: 'language', code: 'de-AT' }], connected());
    expect(state.language).toBe('de');
    expect(state.saved.language).toBe('de');
  });

  it('falls back to an offered language when the company drops the current one', () => {
    const german = run([{ type: 'language', code: 'de' }], connected()).state;
    const { state, effects } = run(
      [frame({ type: 'config', config: { ...config, languages: [{ code: 'en', isDefault: true }] } })],
      german,
    );
    expect(state.language).toBe('en');
    expect(sent(effects)).toEqual([{ type: 'update', language: 'en' }]);
  });
});

describe('resume after reconnect', () => {
  it('names the open chat and its last seq in hello', () => {
    const state = connected(start(), chat('c1', [msg(1), msg(2, 'operator')]));
    const { effects } = run([{ type: 'disconnected' }, { type: 'connected', page }], state);
    expect(sent(effects)[0]).toMatchObject({ resume: { chatId: 'c1', lastSeq: 2 } });
  });

  it('resumes a chat saved by an earlier page', () => {
    const earlier = start({
      chat: { id: 'c1', status: 'active', operator: alice, queuePosition: null, waitEstimateSeconds: null, contactEmail: null },
      category: 'sales',
      messages: [msg(7)],
    });
    expect(earlier.operators).toEqual({ op1: alice });
    expect(earlier.picked).toBe('sales');
    expect(sent(run([{ type: 'connected', page }], earlier).effects)[0]).toMatchObject({
      category: 'sales',
      resume: { chatId: 'c1', lastSeq: 7 },
    });
  });

  it('marks the chat ended when the server no longer has it open', () => {
    const state = connected(start(), chat('c1', [msg(1)]));
    const again = run([{ type: 'disconnected' }, { type: 'connected', page }, welcome(null)], state).state;
    expect(again.saved.ended).toEqual({ reason: 'closed', offlineForm: false });
    expect(again.saved.messages).toHaveLength(1);
  });

  it('replaces a chat the server does not know with the one it has', () => {
    const state = connected(start(), chat('c1', [msg(1), msg(2)]));
    const again = run([{ type: 'disconnected' }, { type: 'connected', page }, welcome(chat('c2', [msg(1)], bob))], state).state;
    expect(again.saved.chat?.id).toBe('c2');
    expect(again.saved.messages.map((m) => m.seq)).toEqual([1]);
    expect(again.operators.op2).toEqual(bob);
  });

  it('takes the category of a chat another tab started from the server, so a reload keeps it', () => {
    const other = { ...chat('c9', [msg(1)]), category: 'sales' };
    const state = run([{ type: 'disconnected' }, { type: 'connected', page }, welcome(other)], connected()).state;
    expect(state.saved.category).toBe('sales');
    expect(state.picked).toBe('sales');
    const hello = sent(run([{ type: 'disconnected' }, { type: 'connected', page }], state).effects)[0];
    expect(hello).toMatchObject({ type: 'hello', category: 'sales', resume: { chatId: 'c9', lastSeq: 1 } });
  });

  it('shows the chat as offline while the socket is down', () => {
    expect(run([{ type: 'disconnected' }], connected()).state.connected).toBe(false);
  });
});

describe('step', () => {
  it('never changes the state it is given', () => {
    const state = connected(start(), chat('c1', [msg(1)]));
    const copy = structuredClone(state);
    run(
      [
        frame({ type: 'message', chatId: 'c1', message: msg(2, 'operator') }),
        { type: 'send', text: 'x', clientId: 'a' },
        { type: 'open', open: true },
      ],
      state,
    );
    expect(state).toEqual(copy);
  });

  it('returns the same state when nothing changed, so nothing is drawn', () => {
    const typing = run([{ type: 'typing', text: 'h' }], connected(start(), chat('c1', []))).state;
    const again = step(typing, { type: 'typing', text: 'h' }, visible);
    expect(again.state).toBe(typing);
    expect(again.effects).toEqual([{ type: 'timer', timer: 'typingIdle' }]);
    expect(step(typing, { type: 'timer', timer: 'operatorTyping' }, visible).state).toBe(typing);
  });

  it('keeps the saved part when nothing saved changed, so nothing is written', () => {
    const state = connected(start(), chat('c1', []));
    expect(run([frame({ type: 'typing', chatId: 'c1', typing: true })], state).state.saved).toBe(state.saved);
  });
});
