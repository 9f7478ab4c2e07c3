import { describe, expect, it } from 'vitest';
import { MAX_PAGES_VIEWED } from '../../common/protocol';
import { withPageViewed } from './pages-viewed';

const page = (n: number, title = `Page ${n}`) => ({ url: `https://shop.example/p/${n}`, title, referrer: '' });

describe('pages viewed in a chat', () => {
  it('adds new addresses, refreshes a repeated one, skips unknown ones', () => {
    let pages = withPageViewed([], page(1));
    pages = withPageViewed(pages, page(2));
    pages = withPageViewed(pages, page(2, 'Renamed'));
    pages = withPageViewed(pages, { url: '', title: '', referrer: '' });
    pages = withPageViewed(pages, page(1));
    expect(pages.map((p) => [p.url.slice(-1), p.title])).toEqual([
      ['1', 'Page 1'],
      ['2', 'Renamed'],
      ['1', 'Page 1'],
    ]);
  });

  it(`keeps only the last ${MAX_PAGES_VIEWED}`, () => {
    let pages = withPageViewed([], page(0));
    for (let i = 1; i < MAX_PAGES_VIEWED + 5; i++) pages = withPageViewed(pages, page(i));
    expect(pages).toHaveLength(MAX_PAGES_VIEWED);
    expect(pages[0]!.url).toBe(page(5).url);
    expect(pages.at(-1)!.url).toBe(page(MAX_PAGES_VIEWED + 4).url);
  });
});
