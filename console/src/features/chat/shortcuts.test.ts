import { describe, expect, test } from 'vitest';
import { resolveShortcut, type ShortcutKey } from './shortcuts';

const key = (k: Partial<ShortcutKey>): ShortcutKey => ({ key: '', code: '', altKey: false, ctrlKey: false, metaKey: false, ...k });
const order = ['a', 'b', 'c'];

describe('resolveShortcut', () => {
  test('Alt+Down/Up move through the inbox and wrap', () => {
    expect(resolveShortcut(key({ key: 'ArrowDown', altKey: true }), order, 'a', true)).toEqual({ type: 'select', chatId: 'b' });
    expect(resolveShortcut(key({ key: 'ArrowDown', altKey: true }), order, 'c', true)).toEqual({ type: 'select', chatId: 'a' });
    expect(resolveShortcut(key({ key: 'ArrowUp', altKey: true }), order, 'a', false)).toEqual({ type: 'select', chatId: 'c' });
  });
  test('with nothing selected, Down picks the first and Up the last chat', () => {
    expect(resolveShortcut(key({ key: 'ArrowDown', altKey: true }), order, null, false)).toEqual({ type: 'select', chatId: 'a' });
    expect(resolveShortcut(key({ key: 'ArrowUp', altKey: true }), order, null, false)).toEqual({ type: 'select', chatId: 'c' });
  });
  test('Alt+digit picks by place, by physical key', () => {
    expect(resolveShortcut(key({ key: '¡', code: 'Digit2', altKey: true }), order, null, true)).toEqual({ type: 'select', chatId: 'b' });
    expect(resolveShortcut(key({ code: 'Digit9', altKey: true }), order, null, true)).toBeNull();
  });
  test('? opens the help only outside text fields', () => {
    expect(resolveShortcut(key({ key: '?' }), order, null, false)).toEqual({ type: 'help' });
    expect(resolveShortcut(key({ key: '?' }), order, null, true)).toBeNull();
  });
  test('Alt+C focuses the composer; plain and Ctrl keys are left alone', () => {
    expect(resolveShortcut(key({ code: 'KeyC', key: 'ç', altKey: true }), order, null, false)).toEqual({ type: 'focus-composer' });
    expect(resolveShortcut(key({ key: 'ArrowDown' }), order, 'a', false)).toBeNull();
    expect(resolveShortcut(key({ key: 'ArrowDown', altKey: true, ctrlKey: true }), order, 'a', false)).toBeNull();
    expect(resolveShortcut(key({ key: 'ArrowDown', altKey: true }), [], null, false)).toBeNull();
  });
});
