import { describe, expect, it } from 'vitest';
import { pickLanguage } from './pick-language';

const offered = [
  { code: 'en', isDefault: true },
  { code: 'uk', isDefault: false },
  { code: 'pt-BR', isDefault: false },
];

describe('pickLanguage', () => {
  it('takes an exact match', () => {
    expect(pickLanguage(['uk'], offered)).toBe('uk');
    expect(pickLanguage(['pt-br'], offered)).toBe('pt-BR');
  });

  it('falls back to the primary subtag for each preference in order', () => {
    expect(pickLanguage(['uk-UA', 'en'], offered)).toBe('uk');
    expect(pickLanguage(['pt-PT'], offered)).toBe('pt-BR');
  });

  it('prefers an earlier preference over a later exact match', () => {
    expect(pickLanguage(['de-AT', 'uk-UA', 'en'], offered)).toBe('uk');
  });

  it('uses the default, then the first language, when nothing matches', () => {
    expect(pickLanguage(['fr', 'de'], offered)).toBe('en');
    expect(
      pickLanguage(
        ['fr'],
        [
          { code: 'de', isDefault: false },
          { code: 'uk', isDefault: false },
        ],
      ),
    ).toBe('de');
    expect(pickLanguage([], offered)).toBe('en');
    expect(pickLanguage(['en'], [])).toBeNull();
  });

  it("keeps the visitor's own choice while the company still offers it", () => {
    expect(pickLanguage(['en'], offered, 'uk')).toBe('uk');
    expect(pickLanguage(['en'], offered, 'ru')).toBe('en');
  });

  it("reduces a chosen region tag to the offered primary language (Parley.setLanguage('uk-UA'))", () => {
    expect(pickLanguage(['en'], offered, 'uk-UA')).toBe('uk');
    expect(pickLanguage(['en'], offered, 'pt-PT')).toBe('pt-BR');
  });
});
