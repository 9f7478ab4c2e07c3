import { describe, expect, it } from 'vitest';
import type { ChatMessage, WidgetConfig } from '../../../common/protocol';
import en from '../i18n/en';
import { drawable, mode, screen } from './widget-screen';
import { freshSaved, initialState, type Saved, type WidgetState } from './widget-state';

const config: WidgetConfig = {
  languages: [{ code: 'en', isDefault: true }],
  categoriesEnabled: true,
  categories: [{ id: 'sales', name: 'Sales' }],
  greeting: '',
  color: '#225588',
  position: 'right',
  offlineForm: true,
};
const chat = { id: 'c1', status: 'active', operator: null, queuePosition: null } as const;
const at = (seq: number, time: number, author: ChatMessage['author'] = 'visitor'): ChatMessage => ({
  seq,
  author,
  operatorId: null,
  clientId: null,
  text: `m${seq}`,
  at: time,
});

function state(saved: Partial<Saved>, over: Partial<WidgetState> = {}): WidgetState {
  const base = initialState({ ...freshSaved('v1', 's1-0123456789abcdef012345'), ...saved }, { ...config, available: true }, ['en']);
  return { ...base, ...over };
}

describe('mode', () => {
  it('asks for a category before the first message, then shows the chat (F5)', () => {
    expect(mode(state({}))).toBe('pick');
    expect(mode(state({}, { picked: 'sales' }))).toBe('chat');
    expect(mode(state({ chat }))).toBe('chat');
    expect(mode(state({}, { config: { ...config, categoriesEnabled: false } }))).toBe('chat');
  });

  it('shows the offline form when nobody is free, or when asked for after a chat while the company offers it', () => {
    expect(mode(state({}, { availability: { available: false, offlineForm: true } }))).toBe('offline');
    expect(mode(state({ chat }, { showOffline: true }))).toBe('offline');
    expect(mode(state({ chat }, { showOffline: true, availability: { available: true, offlineForm: false } }))).toBe('chat');
  });
});

describe('drawable', () => {
  it('waits for the dictionary and the first welcome, unless a chat is on screen already', () => {
    expect(drawable(state({}))).toBe(false);
    expect(drawable(state({}, { t: en }))).toBe(false);
    expect(drawable(state({}, { t: en, greeted: true }))).toBe(true);
    expect(drawable(state({ chat }, { t: en }))).toBe(true);
  });
});

describe('screen', () => {
  it('interleaves notices with messages by time', () => {
    const notice = at(0, 15, 'system');
    const s = screen(state({ chat, messages: [at(1, 10), at(2, 20)] }, { notices: [notice] }), en);
    expect(s.items.map((m) => m.at)).toEqual([10, 15, 20]);
  });

  it('offers the offline form after a chat only while the company has it on', () => {
    const ended = { reason: 'no_operator', offlineForm: true } as const;
    expect(screen(state({ chat, ended }), en).ended).toEqual(ended);
    expect(screen(state({ chat, ended }, { availability: { available: true, offlineForm: false } }), en).ended).toEqual({
      ...ended,
      offlineForm: false,
    });
  });

  it('hides the widget where it has nothing to offer (F9)', () => {
    expect(screen(state({}, { availability: { available: false, offlineForm: false } }), en).visible).toBe(false);
    expect(screen(state({ chat }, { availability: { available: false, offlineForm: false } }), en).visible).toBe(true);
  });
});
