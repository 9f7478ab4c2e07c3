import { describe, expect, it } from 'vitest';
import { companyArticlePath } from '../../../common/help/company-article-path';
import { splitLinks } from './links';

describe('splitLinks', () => {
  it('keeps plain text as one part', () => {
    expect(splitLinks('hello <b>there</b>')).toEqual([{ text: 'hello <b>there</b>' }]);
  });

  it('turns http and https URLs into links, leaving trailing punctuation as text', () => {
    expect(splitLinks('See https://example.com/a?b=1, or http://x.test.')).toEqual([
      { text: 'See ' },
      { text: 'https://example.com/a?b=1', href: 'https://example.com/a?b=1' },
      { text: ', or ' },
      { text: 'http://x.test', href: 'http://x.test/' },
      { text: '.' },
    ]);
  });

  it('never links other schemes', () => {
    for (const text of ['javascript:alert(1)', 'data:text/html,<script>', 'ftp://x.test', 'vbscript:x']) {
      expect(splitLinks(text).every((p) => p.href === undefined)).toBe(true);
    }
  });

  it('stops a link at quotes and angle brackets', () => {
    const parts = splitLinks('"https://a.test/x"><img src=x onerror=alert(1)>');
    expect(parts.filter((p) => p.href).map((p) => p.href)).toEqual(['https://a.test/x']);
    expect(parts.map((p) => p.text).join('')).toBe('"https://a.test/x"><img src=x onerror=alert(1)>');
  });

  it('links a help article as the console’s article picker inserts it (F19)', () => {
    const url = new URL(companyArticlePath('shop-key', 'uk', 'parcel-returns'), 'https://parley.example').href;
    expect(splitLinks(`Here you go: ${url}.`)).toEqual([{ text: 'Here you go: ' }, { text: url, href: url }, { text: '.' }]);
  });
});
