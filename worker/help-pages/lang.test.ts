import { describe, expect, it } from 'vitest';
import { negotiateLang } from './lang';

describe('negotiateLang', () => {
  it.each([
    [null, 'en'],
    ['', 'en'],
    ['uk', 'uk'],
    ['uk-UA,uk;q=0.9,en;q=0.8', 'uk'],
    ['de-DE,de;q=0.9,uk;q=0.5,en;q=0.4', 'uk'],
    ['en;q=0.5, uk;q=0.8', 'uk'],
    ['UK-ua', 'uk'],
    ['uk;q=0, en', 'en'],
    ['fr, de', 'en'],
    ['*', 'en'],
    ['uk;q=abc, en', 'en'],
  ])('%s → %s', (header, lang) => {
    expect(negotiateLang(header)).toBe(lang);
  });
});
