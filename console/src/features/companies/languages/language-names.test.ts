import { expect, test } from 'vitest';
import { languageName, SUGGESTED_LANGUAGES } from './language-names';

test('names known codes and falls back to the code', () => {
  expect(languageName('uk')).toBe('Ukrainian');
  expect(languageName('de')).toBe('German');
  expect(languageName('qqq')).toBe('qqq');
  expect(languageName('not a code')).toBe('not a code');
});

test('every suggestion has a name', () => {
  for (const code of SUGGESTED_LANGUAGES) expect(languageName(code)).not.toBe(code);
});
