import { describe, expect, it } from 'vitest';
import { candidateEntries, entriesOverlap, entryCovers, matchHost } from './match';

describe('entryCovers', () => {
  it.each([
    ['example.com', 'example.com', true],
    ['example.com', 'www.example.com', true],
    ['example.com', 'shop.example.com', false],
    ['example.com', 'www.www.example.com', false],
    ['example.com', 'notexample.com', false],
    ['example.com', 'example.com.evil.test', false],
    ['*.example.com', 'shop.example.com', true],
    ['*.example.com', 'a.b.example.com', true],
    ['*.example.com', 'www.example.com', true],
    ['*.example.com', 'example.com', false],
    ['*.example.com', 'badexample.com', false],
    ['shop.localhost', 'shop.localhost', true],
    ['shop.localhost', 'localhost', false],
  ])('%s covers %s: %s', (entry, host, covers) => expect(entryCovers(entry, host)).toBe(covers));
});

describe('matchHost', () => {
  const entries = ['example.com', '*.example.com', '*.eu.example.com', 'shop.eu.example.com', 'xn--mnchen-3ya.de'];

  it.each([
    ['example.com', 'example.com'],
    ['www.example.com', 'example.com'],
    ['blog.example.com', '*.example.com'],
    ['fr.eu.example.com', '*.eu.example.com'],
    ['a.fr.eu.example.com', '*.eu.example.com'],
    ['shop.eu.example.com', 'shop.eu.example.com'],
    ['www.shop.eu.example.com', 'shop.eu.example.com'],
    ['xn--mnchen-3ya.de', 'xn--mnchen-3ya.de'],
    ['www.xn--mnchen-3ya.de', 'xn--mnchen-3ya.de'],
    ['other.com', null],
    ['example.org', null],
    ['evil-example.com', null],
  ])('%s → %s', (host, entry) => expect(matchHost(host, entries)).toBe(entry));

  it('finds nothing in an empty list', () => expect(matchHost('example.com', [])).toBeNull());

  it('only needs the candidate entries to decide', () => {
    for (const host of ['www.example.com', 'a.fr.eu.example.com', 'shop.eu.example.com', 'blog.example.com']) {
      const candidates = new Set(candidateEntries(host));
      expect(
        matchHost(
          host,
          entries.filter((e) => candidates.has(e)),
        ),
      ).toBe(matchHost(host, entries));
    }
  });
});

describe('candidateEntries', () => {
  it('lists the host, its www-less pair and every parent wildcard', () => {
    expect(candidateEntries('www.shop.example.com')).toEqual([
      'www.shop.example.com',
      'shop.example.com',
      '*.shop.example.com',
      '*.example.com',
      '*.com',
    ]);
    expect(candidateEntries('shop.localhost')).toEqual(['shop.localhost', '*.localhost']);
  });
});

describe('entriesOverlap', () => {
  it.each([
    ['example.com', 'example.com', true],
    ['example.com', 'example.org', false],
    ['example.com', 'shop.example.com', false],
    ['example.com', '*.example.com', true],
    ['shop.example.com', '*.example.com', true],
    ['example.com', '*.shop.example.com', false],
    ['*.example.com', '*.example.com', true],
    ['*.example.com', '*.eu.example.com', true],
    ['*.example.com', '*.example.org', false],
    ['*.xample.com', 'example.com', false],
  ])('%s and %s: %s', (a, b, overlap) => {
    expect(entriesOverlap(a, b)).toBe(overlap);
    expect(entriesOverlap(b, a)).toBe(overlap);
  });
});
