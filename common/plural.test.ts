import { describe, expect, test } from 'vitest';
import { plural } from './plural';

const en = { one: '{n} chat', other: '{n} chats' };
const de = { one: '{n} Chat', other: '{n} Chats' };
const uk = { one: '{n} чат', few: '{n} чати', many: '{n} чатів', other: '{n} чату' };
const ru = { one: '{n} чат', few: '{n} чата', many: '{n} чатов', other: '{n} чата' };

describe('plural', () => {
  test.each([
    [0, '0 chats'],
    [1, '1 chat'],
    [2, '2 chats'],
    [21, '21 chats'],
    [1.5, '1.5 chats'],
    [1234, '1,234 chats'],
  ])('English: %d → %s', (n, text) => {
    expect(plural(n, en)).toBe(text);
  });

  test.each([
    [1, '1 Chat'],
    [2, '2 Chats'],
    [0, '0 Chats'],
  ])('German: %d → %s', (n, text) => {
    expect(plural(n, de, 'de')).toBe(text);
  });

  test.each([
    [1, '1 чат'],
    [21, '21 чат'],
    [2, '2 чати'],
    [24, '24 чати'],
    [5, '5 чатів'],
    [11, '11 чатів'],
    [12, '12 чатів'],
    [0, '0 чатів'],
    [111, '111 чатів'],
    [1.5, '1,5 чату'],
  ])('Ukrainian: %d → %s', (n, text) => {
    expect(plural(n, uk, 'uk')).toBe(text);
  });

  test.each([
    [1, '1 чат'],
    [31, '31 чат'],
    [3, '3 чата'],
    [5, '5 чатов'],
    [14, '14 чатов'],
  ])('Russian: %d → %s', (n, text) => {
    expect(plural(n, ru, 'ru')).toBe(text);
  });

  test('a category the phrase leaves out falls back to other', () => {
    expect(plural(3, { one: 'one file', other: 'some files' }, 'uk')).toBe('some files');
  });

  test('a phrase may use the count anywhere, or not at all', () => {
    expect(plural(1, { one: 'a visitor is waiting', other: '{n} visitors are waiting' })).toBe('a visitor is waiting');
    expect(plural(4, { one: 'a visitor is waiting', other: '{n} visitors are waiting' })).toBe('4 visitors are waiting');
  });
});
