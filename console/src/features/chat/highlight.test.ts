import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { highlightParts } from './highlight';

const marked = (text: string, query: string) =>
  highlightParts(text, query)
    .map((p) => (p.match ? `[${p.text}]` : p.text))
    .join('');

describe('highlightParts', () => {
  test('marks every occurrence, ignoring case, keeping the text as written', () => {
    expect(marked('Refund please: my refund for REFUNDS', 'refund')).toBe('[Refund] please: my [refund] for [REFUND]S');
  });

  test('marks Cyrillic and accented text case-insensitively', () => {
    expect(marked('Повернення коштів: ПОВЕРНЕННЯ', 'повернення')).toBe('[Повернення] коштів: [ПОВЕРНЕННЯ]');
    expect(marked('Größe und größe', 'GRÖSSE')).toBe('Größe und größe');
    expect(marked('Café, CAFÉ', 'café')).toBe('[Café], [CAFÉ]');
  });

  test('a query is plain text, not a pattern', () => {
    expect(marked('Costs $5.00 (or 5x00)', '5.00')).toBe('Costs $[5.00] (or 5x00)');
    expect(marked('a+b and ab', 'a+b')).toBe('[a+b] and ab');
    expect(marked('see [docs]', '[docs]')).toBe('see [[docs]]');
  });

  test('the query is trimmed as the server trims it; a blank one marks nothing', () => {
    expect(marked('ship to Kyiv', '  kyiv ')).toBe('ship to [Kyiv]');
    expect(highlightParts('ship to Kyiv', '   ')).toEqual([{ text: 'ship to Kyiv', match: false }]);
    expect(highlightParts('', 'kyiv')).toEqual([]);
  });

  test('a match at either end leaves no empty parts', () => {
    expect(highlightParts('kyiv to kyiv', 'kyiv')).toEqual([
      { text: 'kyiv', match: true },
      { text: ' to ', match: false },
      { text: 'kyiv', match: true },
    ]);
  });

  test('markup in the text stays text', () => {
    expect(highlightParts('<b>refund</b>', 'refund')).toEqual([
      { text: '<b>', match: false },
      { text: 'refund', match: true },
      { text: '</b>', match: false },
    ]);
  });

  test('joining the parts gives the text back, and every marked part equals the query ignoring case', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1, maxLength: 4 }), (text, query) => {
        const parts = highlightParts(text, query);
        expect(parts.map((p) => p.text).join('')).toBe(text);
        expect(parts.every((p) => p.text.length > 0)).toBe(true);
        const needle = query.trim();
        for (const p of parts.filter((p) => p.match)) expect(p.text.toLowerCase()).toBe(needle.toLowerCase());
      }),
    );
  });
});
