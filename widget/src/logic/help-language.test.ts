import { describe, expect, it } from 'vitest';
import { helpLanguage } from './help-language';

describe('helpLanguage', () => {
  it('reads the help in the chat language when articles are published in it', () => {
    expect(helpLanguage('uk', ['en', 'uk'], 'en')).toBe('uk');
  });

  it('falls back to the company’s default language, then to any it has, else offers no help center', () => {
    expect(helpLanguage('de', ['en', 'uk'], 'en')).toBe('en');
    expect(helpLanguage('de', ['uk'], 'en')).toBe('uk');
    expect(helpLanguage('de', [], 'en')).toBeNull();
  });
});
