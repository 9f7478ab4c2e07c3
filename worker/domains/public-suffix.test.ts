import { describe, expect, it } from 'vitest';
import { publicSuffixProblem } from './public-suffix';

describe('publicSuffixProblem', () => {
  it.each([
    'co.uk',
    '*.co.uk',
    'github.io',
    '*.github.io',
    'com',
    '*.com',
    'pages.dev',
    '*.workers.dev',
    's3.amazonaws.com',
    '*.blogspot.com',
    '*.localhost',
  ])('refuses %s', (entry) => {
    expect(publicSuffixProblem(entry)).toMatch(/public suffix/);
  });

  it.each([
    'example.com',
    '*.example.com',
    'my-site.co.uk',
    '*.my-site.co.uk',
    'ann.github.io',
    '*.ann.github.io',
    'amazon.com',
    'xn--e1afmkfd.xn--j1amh',
    'shop.localhost',
    'localhost',
    'example.test',
  ])('accepts %s', (entry) => {
    expect(publicSuffixProblem(entry)).toBeNull();
  });

  it('says what to add instead', () => {
    expect(publicSuffixProblem('*.github.io')).toBe(
      '*.github.io covers a public suffix: anyone can register names under it, so no company can claim it. Add your own domain instead, such as yourname.github.io.',
    );
  });
});
