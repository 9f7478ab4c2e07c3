import { describe, expect, it } from 'vitest';
import { awayStrings, type Plural } from './away';

const LANGUAGES = ['en', 'uk', 'ru', 'de'] as const;

describe('the offline form and busy box words', () => {
  it('have the same keys and placeholders in every language', () => {
    // A plural's forms all have the placeholders of English `other`.
    const holes = (s: string | Plural) =>
      (typeof s === 'string' ? s : s.other)
        .match(/\{\w+\}/g)
        ?.sort()
        .join() ?? '';
    const en = awayStrings('en');
    for (const language of LANGUAGES.slice(1)) {
      const words = awayStrings(language);
      expect(words).not.toBe(en);
      expect(Object.keys(words).sort()).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        const value = words[key];
        expect(holes(value), key).toBe(holes(en[key]));
        if (typeof value !== 'string') for (const form of Object.values(value)) expect(holes(form ?? ''), key).toBe(holes(en[key]));
      }
    }
  });

  it('have a wait for every plural category of the language', () => {
    for (const language of LANGUAGES) {
      for (const category of new Intl.PluralRules(language).resolvedOptions().pluralCategories)
        expect(awayStrings(language).wait[category], `${language} ${category}`).toBeTruthy();
    }
  });

  it('follow the dictionary choice: primary subtag, else English', () => {
    expect(awayStrings('uk-UA')).toBe(awayStrings('uk'));
    expect(awayStrings('DE')).toBe(awayStrings('de'));
    expect(awayStrings('fr')).toBe(awayStrings('en'));
  });
});
