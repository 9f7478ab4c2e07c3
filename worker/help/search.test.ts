import { env } from 'cloudflare:test';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderArticle } from '../../common/help/render';
import { searchArticles } from './search';

describe('searchArticles', () => {
  it('never fails, whatever is typed', async () => {
    const syntax = fc.constantFrom(
      '"',
      "'",
      '*',
      '^',
      ':',
      '(',
      ')',
      'AND',
      'OR',
      'NOT',
      'NEAR',
      '-',
      '+',
      '{',
      '}',
      '🙂',
      'ʼ',
      ' ',
      '\\',
      '\0',
    );
    const query = fc.oneof(
      fc.string({ maxLength: 1000, unit: 'grapheme' }),
      fc.array(syntax, { maxLength: 40 }).map((a) => a.join('')),
    );
    await fc.assert(
      fc.asyncProperty(query, fc.constantFrom('en', 'uk'), async (q, lang) => {
        const hits = await searchArticles(env.DB, null, lang, q);
        expect(Array.isArray(hits)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('finds a word of 5+ letters typed with one mistake, and marks the real word', async () => {
    const [hit] = await searchArticles(env.DB, null, 'en', 'destinatoins ');
    expect(hit!.slug).toBe('destinations');
    expect(hit!.titleHtml).toContain('<mark>destinations</mark>');
  });

  it('searches one scope: the public base does not show a company’s articles', async () => {
    expect(await searchArticles(env.DB, 'no-such-company', 'en', 'widget')).toEqual([]);
  });
});

describe('renderArticle', () => {
  it('renders Markdown and escapes HTML and script links', () => {
    const html = renderArticle('**Bold** <img src=x onerror=alert(1)> [x](javascript:alert(1)) [ok](/help/en/languages)');
    expect(html).toContain('<strong>Bold</strong>');
    expect(html).toContain('&lt;img');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('href="/help/en/languages"');
  });
});
