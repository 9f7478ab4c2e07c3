import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { searchArticles } from './search';
import { EN_QUERIES, UK_QUERIES } from './test/search-queries';

describe.each([
  ['en', EN_QUERIES],
  ['uk', UK_QUERIES],
])('search quality (%s)', (lang, table) => {
  it('has at least 25 queries', () => expect(table.length).toBeGreaterThanOrEqual(25));
  it.each(table)('%s → %s', async (q, slug) => {
    const hits = await searchArticles(env.DB, null, lang, q);
    const top = hits[0]?.slug ?? null;
    const accepted = Array.isArray(slug) ? slug : [slug];
    expect(accepted, `top: ${hits.map((h) => h.slug).join(', ')}`).toContain(top);
  });
});
