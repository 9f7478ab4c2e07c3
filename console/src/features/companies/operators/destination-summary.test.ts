import { describe, expect, test } from 'vitest';
import { destinationSummary, toggled } from './destination-summary';

const names = new Map([
  ['c1', 'Sales'],
  ['c2', 'Billing'],
]);

describe('destinationSummary', () => {
  test('no languages means no chats, whatever the categories', () => {
    expect(destinationSummary({ languages: [], categories: ['c1'] }, true, names)).toMatch(/receives no chats/);
  });
  test('categories off: only the languages count', () => {
    expect(destinationSummary({ languages: ['en', 'uk'], categories: [] }, false, names)).toBe('en, uk');
  });
  test('categories on: names the categories, or says none means no chats', () => {
    expect(destinationSummary({ languages: ['en'], categories: ['c2', 'c1'] }, true, names)).toBe('en · Billing, Sales');
    expect(destinationSummary({ languages: ['en'], categories: [] }, true, names)).toMatch(/no categories: receives no chats/);
  });
  test('an unknown category id does not break the line', () => {
    expect(destinationSummary({ languages: ['en'], categories: ['gone'] }, true, names)).toBe('en · removed category');
  });
});

describe('toggled', () => {
  test('adds once and removes', () => {
    expect(toggled(['en'], 'uk', true)).toEqual(['en', 'uk']);
    expect(toggled(['en', 'uk'], 'uk', true)).toEqual(['en', 'uk']);
    expect(toggled(['en', 'uk'], 'en', false)).toEqual(['uk']);
  });
});
