import { describe, expect, it } from 'vitest';
import de from './de';
import en, { type Plural } from './en';
import { format, loadDictionary } from './load';
import ru from './ru';
import uk from './uk';

describe('dictionaries', () => {
  it('have the same keys and placeholders in every language', () => {
    // A plural's forms all have the placeholders of English `other`.
    const holes = (s: string | Plural) =>
      (typeof s === 'string' ? s : s.other)
        .match(/\{\w+\}/g)
        ?.sort()
        .join() ?? '';
    for (const dict of [uk, ru, de]) {
      expect(Object.keys(dict).sort()).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        const value = dict[key];
        expect(holes(value), key).toBe(holes(en[key]));
        if (typeof value !== 'string') for (const form of Object.values(value)) expect(holes(form ?? ''), key).toBe(holes(en[key]));
      }
    }
  });

  it('loads by primary subtag and falls back to English', async () => {
    expect(await loadDictionary('uk-UA')).toBe(uk);
    expect(await loadDictionary('fr')).toBe(en);
  });

  it('fills placeholders', () => {
    expect(format(en.queue, { n: 2 })).toBe('You are number 2 in the queue.');
  });
});

describe('plurals', () => {
  it('have a form for every plural category of the language', () => {
    for (const [language, dict] of [
      ['en', en],
      ['de', de],
      ['uk', uk],
      ['ru', ru],
    ] as const) {
      for (const category of new Intl.PluralRules(language).resolvedOptions().pluralCategories)
        expect(dict.wait[category], `${language} ${category}`).toBeTruthy();
    }
  });
});
