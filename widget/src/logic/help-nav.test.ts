import { describe, expect, it } from 'vitest';
import { back, current, openHelp, showArticle, typed } from './help-nav';

describe('help navigation', () => {
  it('from the header: search, an article, back to the same search, back out of the help', () => {
    let nav = openHelp();
    expect(current(nav)).toEqual({ view: 'search', q: '' });
    nav = typed(nav, 'refund');
    nav = showArticle(nav, 'returns');
    expect(current(nav)).toEqual({ view: 'article', slug: 'returns' });
    nav = back(nav);
    expect(current(nav)).toEqual({ view: 'search', q: 'refund' });
    nav = back(nav);
    expect(current(nav)).toBeUndefined();
  });

  it('from a suggestion: the article alone, whose back leaves the help', () => {
    const nav = openHelp('returns');
    expect(nav).toEqual([{ view: 'article', slug: 'returns' }]);
    expect(back(nav)).toEqual([]);
  });

  it('typing changes only a search page', () => {
    const nav = openHelp('returns');
    expect(typed(nav, 'x')).toBe(nav);
  });
});
