import { describe, expect, it } from 'vitest';
import { serves } from './serves';

describe('serves', () => {
  const enUk = { languages: ['en', 'uk'], categories: ['sales'] };

  it('serves a visitor whose language the operator has, with categories off', () => {
    expect(serves(enUk, { language: 'en', category: null })).toBe(true);
    expect(serves(enUk, { language: 'uk', category: null })).toBe(true);
  });

  it("doesn't serve a language the operator lacks", () => {
    expect(serves(enUk, { language: 'de', category: null })).toBe(false);
    expect(serves(enUk, { language: 'de', category: 'sales' })).toBe(false);
  });

  it('with categories on, needs the visitor’s category too', () => {
    expect(serves(enUk, { language: 'en', category: 'sales' })).toBe(true);
    expect(serves(enUk, { language: 'en', category: 'support' })).toBe(false);
  });

  it('serves nobody without destinations', () => {
    const none = { languages: [], categories: [] };
    expect(serves(none, { language: 'en', category: null })).toBe(false);
    expect(serves(none, { language: 'en', category: 'sales' })).toBe(false);
  });

  it('with categories on, an operator with languages but no categories serves nobody', () => {
    expect(serves({ languages: ['en'], categories: [] }, { language: 'en', category: 'sales' })).toBe(false);
  });
});
