import { describe, expect, it } from 'vitest';
import de from './de';
import en from './en';
import { format, loadDictionary } from './load';
import ru from './ru';
import uk from './uk';

describe('dictionaries', () => {
  it('have the same keys and placeholders in every language', () => {
    const holes = (s: string) =>
      s
        .match(/\{\w+\}/g)
        ?.sort()
        .join() ?? '';
    for (const dict of [uk, ru, de]) {
      expect(Object.keys(dict).sort()).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        expect(holes(dict[key]), key).toBe(holes(en[key]));
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
