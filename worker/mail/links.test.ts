import { describe, expect, it } from 'vitest';
import { extractLinks } from './links';

describe('extractLinks', () => {
  it('finds http and https URLs in order, once each', () => {
    const text = 'Open https://a.test/verify?token=x1 now.\nOr (http://b.test/y), or https://a.test/verify?token=x1';
    expect(extractLinks(text)).toEqual(['https://a.test/verify?token=x1', 'http://b.test/y']);
  });

  it('drops trailing sentence punctuation but keeps query strings', () => {
    expect(extractLinks('See https://a.test/r?token=a_b-c. Thanks!')).toEqual(['https://a.test/r?token=a_b-c']);
  });

  it('returns nothing for text without links', () => {
    expect(extractLinks('No links here, mailto:x@y.test either.')).toEqual([]);
  });
});
