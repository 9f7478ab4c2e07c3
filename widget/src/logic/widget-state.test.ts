import { describe, expect, it } from 'vitest';
import type {
  Availability,
  ChatMessage,
  VisitorChat,
  VisitorClientFrame,
  VisitorServerFrame,
  WidgetConfig,
} from '../../../common/protocol';
import { MAX_TEXT_CHARS, PROTOCOL_VERSION } from '../../../common/protocol/limits';
import de from '../i18n/de';
import en from '../i18n/en';
import { type Context, type Effect, freshSaved, type Input, initialState, type Saved, step, type WidgetState } from './widget-state';

const config: WidgetConfig = {
  languages: [
    { code: 'en', isDefault: true },
    { code: 'de', isDefault: false },
  ],
  categoriesEnabled: false,
  categories: [],
  greeting: '',
  color: '#225588',
  position: 'right',
  offlineForm: false,
};
const online: Availability = { state: 'free', available: true, offlineForm: false };
const page = { url: 'https://shop.example/mugs', title: 'Mugs', referrer: '' };
const alice = { id: 'op1', name: 'Alice', avatarUrl: null };
const bob = { id: 'op2', name: 'Bob', avatarUrl: null };
const visible: Context = { now: 9000, hidden: false };

const saved = (over: Partial<Saved> = {}): Saved => ({ ...freshSaved('v1', 's1-0123456789abcdef012345'), ...over });
const msg = (seq: number, author: ChatMessage['author'] = 'visitor', clientId: string | null = null): ChatMessage => ({
  seq,
  author,
  operatorId: author === 'operator' ? 'op1' : null,
  clientId,
  text: `m${seq}`,
  at: 1000 + seq,
});
const chat = (id: string, messages: ChatMessage[], operator: VisitorChat['operator'] = alice): VisitorChat => ({
  id,
  status: operator ? 'active' : 'queued',
  operator,
  category: null,
  queuePosition: null,
  waitEstimateSeconds: null,
  contactEmail: null,
  messages,
});
const frame = (f: VisitorServerFrame): Input => ({ type: 'frame', frame: f });
const welcome = (c: VisitorChat | null = null, availability = online, cfg = config): Input =>
  frame({ type: 'welcome', protocol: PROTOCOL_VERSION, config: cfg, availability, chat: c });
const dictionary: Input = { type: 'dictionary', language: 'en', t: en };
const start = (over: Partial<Saved> = {}, cfg = config) => initialState(saved(over), { ...cfg, ...online }, ['en-GB']);

/** Applies inputs in order, collecting every effect. */
function run(inputs: Input[], from: WidgetState = start(), ctx = visible): { state: WidgetState; effects: Effect[] } {
  return inputs.reduce<{ state: WidgetState; effects: Effect[] }>(
    (acc, input) => {
      const r = step(acc.state, input, ctx);
      return { state: r.state, effects: [...acc.effects, ...r.effects] };
    },
    { state: from, effects: [] },
  );
}
const sent = (effects: Effect[]): VisitorClientFrame[] => effects.flatMap((e) => (e.type === 'send' ? [e.frame] : []));
const emitted = (effects: Effect[]) => effects.flatMap((e) => (e.type === 'emit' ? [e.event] : []));
const announced = (effects: Effect[]) => effects.flatMap((e) => (e.type === 'announce' ? [e.text] : []));
/** The widget on a page with its dictionary, a socket and the server's welcome. */
const connected = (from = start(), c: VisitorChat | null = null) => run([dictionary, { type: 'connected', page }, welcome(c)], from).state;

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

  it('sends nothing but hello until welcomed', () => {
    const { effects } = run([{ type: 'connected', page }, { type: 'send', text: 'hi', clientId: 'c1' }, { type: 'end' }]);
    expect(sent(effects).map((f) => f.type)).toEqual(['hello']);
  });

  it('applies a config frame', () => {
    const greeting = 'Hello there';
    const state = run([frame({ type: 'config', config: { ...config, greeting } })], connected()).state;
    expect(state.config.greeting).toBe(greeting);
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
  it('starts in the browser’s best offered language', () => {
    expect(initialState(saved(), { ...config, ...online }, ['de-AT', 'en']).language).toBe('de');
    expect(initialState(saved({ language: 'en' }), { ...config, ...online }, ['de-AT']).language).toBe('en');
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

describe('busy (F10)', () => {
  const busy: Availability = { state: 'busy', available: true, offlineForm: true, queueLength: 2, waitEstimateSeconds: 180 };

  it('keeps the busy state, queue length and wait, and tells the host page', () => {
    const { state, effects } = run([frame({ type: 'availability', ...busy })], connected());
    expect(state.availability).toEqual(busy);
    expect(effects).toEqual([{ type: 'emit', event: 'availability', detail: busy }]);
    expect(initialState(saved(), { ...config, ...busy }, ['en']).availability).toEqual(busy);
  });

  it('opens the offline form instead of waiting and goes back, and leaves it when an operator takes the chat', () => {
    const queued = connected(start({}, { ...config, offlineForm: true }), chat('c1', [msg(1)], null));
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

describe('category and chat start (F5)', () => {
  const categories = { ...config, categoriesEnabled: true, categories: [{ id: 'sales', name: 'Sales' }] };
  const picking = () => run([dictionary, { type: 'connected', page }, welcome(null, online, categories)], start({}, categories)).state;

  it('holds the first message until a category is picked, then names it before sending', () => {
    const held = run([{ type: 'send', text: 'Hello', clientId: 'c1' }], picking());
    expect(sent(held.effects)).toEqual([]);
    expect(held.state.saved.outbox.map((p) => p.text)).toEqual(['Hello']);
    const { effects } = run([{ type: 'pick', category: 'sales' }], held.state);
    expect(sent(effects)).toEqual([
      { type: 'update', category: 'sales' },
      { type: 'message', clientId: 'c1', text: 'Hello' },
    ]);
  });

  it('starts the chat on the first acknowledged message, keeping the category for a reload', () => {
    const asked = run(
      [
        { type: 'pick', category: 'sales' },
        { type: 'send', text: 'Hello', clientId: 'c1' },
      ],
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
      [
        { type: 'pick', category: 'sales' },
        { type: 'send', text: 'Hello', clientId: 'c1' },
      ],
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
    const state = run([{ type: 'send', text: 'one', clientId: 'a' }], connected()).state;
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
    const replay = run([dictionary, { type: 'connected', page }, welcome(chat('c1', [msg(1, 'operator')]))]);
    expect(replay.effects.map((e) => e.type)).toEqual(['send', 'emit']);
    expect(replay.state.saved.unread).toBe(1);
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

describe('typing', () => {
  it('tells the server once while the visitor types, and stops when idle or on send', () => {
    const state = connected(start(), chat('c1', []));
    const typing = run([{ type: 'typing' }, { type: 'typing' }], state);
    expect(sent(typing.effects)).toEqual([{ type: 'typing', typing: true }]);
    expect(typing.effects.filter((e) => e.type === 'timer')).toHaveLength(2);
    expect(sent(run([{ type: 'timer', timer: 'typingIdle' }], typing.state).effects)).toEqual([{ type: 'typing', typing: false }]);
    expect(sent(run([{ type: 'send', text: 'hi', clientId: 'a' }], typing.state).effects)).toEqual([
      { type: 'typing', typing: false },
      { type: 'message', clientId: 'a', text: 'hi' },
    ]);
  });

  it('says nothing about typing before a chat is open', () => {
    expect(run([{ type: 'typing' }], connected()).effects).toEqual([]);
  });

  it('types again after a reconnect', () => {
    const typing = run(
      [{ type: 'typing' }, { type: 'disconnected' }, { type: 'connected', page }, welcome(chat('c1', [])), { type: 'typing' }],
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

describe('chat closed', () => {
  it('ends the chat with its reason, keeping the transcript', () => {
    const state = run([frame({ type: 'typing', chatId: 'c1', typing: true })], connected(start(), chat('c1', [msg(1)]))).state;
    const { state: ended, effects } = run(
      [frame({ type: 'closed', chatId: 'c1', by: 'system', reason: 'operator_lost', offlineForm: true })],
      state,
    );
    expect(ended.saved.ended).toEqual({ reason: 'operator_lost', offlineForm: true });
    expect(ended.saved.messages).toHaveLength(1);
    expect(ended.operatorTyping).toBeNull();
    expect(announced(effects)).toEqual(['The operator left the chat.']);
    expect(run([{ type: 'typing' }], ended).effects).toEqual([]);
  });

  it('ignores the end of another chat', () => {
    const state = connected(start(), chat('c1', []));
    expect(
      run([frame({ type: 'closed', chatId: 'c2', by: 'operator', reason: 'closed', offlineForm: false })], state).state.saved.ended,
    ).toBeNull();
  });

  it('asks the server to close when the visitor ends the chat', () => {
    expect(sent(run([{ type: 'end' }], connected(start(), chat('c1', []))).effects)).toEqual([{ type: 'close' }]);
  });

  it('clears the ended chat when the dialog closes or the visitor starts again', () => {
    const open = run([{ type: 'open', open: true }], connected(start(), chat('c1', [msg(1)]))).state;
    const ended = run([frame({ type: 'closed', chatId: 'c1', by: 'operator', reason: 'closed', offlineForm: false })], open).state;
    for (const input of [{ type: 'open', open: false }, { type: 'again' }] as Input[]) {
      const fresh = run([input], ended).state;
      expect(fresh.saved).toMatchObject({ chat: null, ended: null, messages: [], category: null });
    }
  });

  it('starts a new chat when a message comes for another chat after the end', () => {
    const ended = run(
      [frame({ type: 'closed', chatId: 'c1', by: 'operator', reason: 'closed', offlineForm: false })],
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
    const typing = run([{ type: 'typing' }], connected(start(), chat('c1', []))).state;
    const again = step(typing, { type: 'typing' }, visible);
    expect(again.state).toBe(typing);
    expect(again.effects).toEqual([{ type: 'timer', timer: 'typingIdle' }]);
    expect(step(typing, { type: 'timer', timer: 'operatorTyping' }, visible).state).toBe(typing);
  });

  it('keeps the saved part when nothing saved changed, so nothing is written', () => {
    const state = connected(start(), chat('c1', []));
    expect(run([frame({ type: 'typing', chatId: 'c1', typing: true })], state).state.saved).toBe(state.saved);
  });
});
