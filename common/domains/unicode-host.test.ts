import { describe, expect, test } from 'vitest';
import { normaliseHostname } from './normalise';
import { unicodeHost } from './unicode-host';

describe('unicodeHost', () => {
  test.each([
    ['xn--mnchen-3ya.de', 'münchen.de'],
    ['www.xn--mnchen-3ya.de', 'www.münchen.de'],
    ['xn--e1afmkfd.xn--j1amh', 'пример.укр'],
    ['*.xn--bcher-kva.example', '*.bücher.example'],
    ['xn--fsqu00a.xn--0zwm56d', '例子.测试'],
    ['xn--ls8h.la', '💩.la'],
    ['shop.example.com', 'shop.example.com'],
  ])('%s reads as %s', (stored, shown) => {
    expect(unicodeHost(stored)).toBe(shown);
  });

  test('a label that is not valid punycode stays as it is', () => {
    expect(unicodeHost('xn--.example')).toBe('xn--.example');
    expect(unicodeHost('xn--ab_c.example')).toBe('xn--ab_c.example');
    expect(unicodeHost('xn--99999999999.example')).toBe('xn--99999999999.example');
    expect(unicodeHost('xn--abc-.example')).toBe('xn--abc-.example');
  });

  test('reads back what the server stores for a typed Unicode host', () => {
    for (const typed of ['münchen.de', 'пример.укр', 'bücher.example', 'straße.de', 'ελληνικά.gr']) {
      const stored = normaliseHostname(typed);
      expect(stored).toMatch(/^xn--/);
      expect(unicodeHost(stored!)).toBe(typed);
    }
  });
});
