import { describe, expect, it } from 'vitest';
import type { ChatMessage, WidgetConfig } from '../../../common/protocol';
import de from '../i18n/de';
import en from '../i18n/en';
import { freshSaved, type Saved } from './saved';
import type { WidgetState } from './widget-model';
import { drawable, mode, screen } from './widget-screen';
import { initialState } from './widget-state';

const config: WidgetConfig = {
  languages: [{ code: 'en', isDefault: true }],
  categoriesEnabled: true,
  categories: [{ id: 'sales', name: 'Sales' }],
  greeting: '',
  color: '#225588',
  position: 'right',
  offlineForm: true,
  rating: true,
  typingPreview: false,
  helpLanguages: [],
};
const chat = { id: 'c1', status: 'active', operator: null, queuePosition: null, waitEstimateSeconds: null, contactEmail: null } as const;
const at = (seq: number, time: number, author: ChatMessage['author'] = 'visitor'): ChatMessage => ({
  seq,
  author,
  operatorId: null,
  clientId: null,
  text: `m${seq}`,
  at: time,
});

function state(saved: Partial<Saved>, over: Partial<WidgetState> = {}): WidgetState {
  const base = initialState({ ...freshSaved('v1', 's1-0123456789abcdef012345'), ...saved }, ['en']);
  return { ...base, config, availability: { state: 'free', available: true, offlineForm: true }, ...over };
}

describe('mode', () => {
  it('asks for a category before the first message, then shows the chat (F5)', () => {
    expect(mode(state({}))).toBe('pick');
    expect(mode(state({}, { picked: 'sales' }))).toBe('chat');
    expect(mode(state({ chat }))).toBe('chat');
    expect(mode(state({}, { config: { ...config, categoriesEnabled: false } }))).toBe('chat');
  });

  it('shows the offline form when nobody is free, or when asked for after a chat while the company offers it', () => {
    expect(mode(state({}, { availability: { state: 'offline', available: false, offlineForm: true } }))).toBe('offline');
    expect(mode(state({ chat }, { showOffline: true }))).toBe('offline');
    expect(mode(state({ chat }, { showOffline: true, availability: { state: 'free', available: true, offlineForm: false } }))).toBe('chat');
  });
});

describe('drawable', () => {
  it('waits for the dictionary and the first welcome, a saved chat too (the widget shows nothing before the server spoke)', () => {
    expect(drawable(state({}))).toBe(false);
    expect(drawable(state({}, { t: en }))).toBe(false);
    expect(drawable(state({}, { t: en, greeted: true }))).toBe(true);
    expect(drawable(state({ chat }, { t: en }))).toBe(false);
    expect(drawable(state({ chat }, { t: en, greeted: true }))).toBe(true);
  });
});

describe('screen', () => {
  it('words system lines in the visitor’s language, and leaves lines it can’t word as stored', () => {
    const joined = { ...at(2, 15, 'system'), text: 'Ann joined the chat.', event: { kind: 'joined', name: 'Ann' } } as const;
    const s = screen(state({ chat, messages: [at(1, 10), joined, at(3, 20, 'system')] }), de);
    expect(s.items.map((m) => m.text)).toEqual(['m1', 'Ann ist dem Chat beigetreten.', 'm3']);
  });

  it('says operators are busy and the wait before the chat, only while a chat is offered (F10)', () => {
    const busy = { state: 'busy', available: true, offlineForm: true, queueLength: 1, waitEstimateSeconds: 120 } as const;
    expect(screen(state({}, { availability: busy }), en).busy).toEqual({ position: null, waitSeconds: 120, leave: true, contact: null });
    expect(screen(state({}, { availability: { ...busy, available: false } }), en).busy).toBeNull();
    expect(screen(state({}), en).busy).toBeNull();
  });

  it('shows a waiting chat its place and wait, and asks for an email until one is left', () => {
    const queued = { ...chat, status: 'queued', queuePosition: 2, waitEstimateSeconds: 180 } as const;
    expect(screen(state({ chat: queued }), en).busy).toEqual({ position: 2, waitSeconds: 180, leave: true, contact: 'ask' });
    expect(screen(state({ chat: { ...queued, contactEmail: 'me@example.com' } }), en).busy?.contact).toEqual({ email: 'me@example.com' });
    // Queued an instant before its first assignment: nothing to say yet.
    expect(screen(state({ chat: { ...queued, queuePosition: null } }), en).busy).toBeNull();
    expect(screen(state({ chat }), en).busy).toBeNull();
  });

  it('offers the offline form after a chat only while the company has it on', () => {
    const ended = { reason: 'no_operator', offlineForm: true } as const;
    expect(screen(state({ chat, ended }), en).ended).toEqual(ended);
    expect(screen(state({ chat, ended }, { availability: { state: 'free', available: true, offlineForm: false } }), en).ended).toEqual({
      ...ended,
      offlineForm: false,
    });
  });

  it('hides the widget where it has nothing to offer (F9)', () => {
    expect(screen(state({}, { availability: { state: 'offline', available: false, offlineForm: false } }), en).visible).toBe(false);
    expect(screen(state({ chat }, { availability: { state: 'offline', available: false, offlineForm: false } }), en).visible).toBe(true);
  });
});
