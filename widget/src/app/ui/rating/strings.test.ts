import { describe, expect, it } from 'vitest';
import { RATING_STRINGS, ratingStrings } from './strings';

describe('rating words (F21)', () => {
  it('speaks every widget UI language, each in its own words, and English otherwise', () => {
    const languages = Object.keys(import.meta.glob('../../../i18n/[a-z][a-z].ts')).map((p) => p.slice(-5, -3));
    expect(Object.keys(RATING_STRINGS).sort()).toEqual(languages.sort());
    for (const code of languages.filter((c) => c !== 'en')) expect(ratingStrings(code).question).not.toBe(RATING_STRINGS.en!.question);
    expect(ratingStrings('uk-UA')).toBe(RATING_STRINGS.uk);
    expect(ratingStrings('fr')).toBe(RATING_STRINGS.en);
  });
});
