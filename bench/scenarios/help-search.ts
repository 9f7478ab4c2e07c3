/**
 * Knowledge-base search latency (issue 14): the search quality table's queries, over HTTP, on a
 * public knowledge base grown to 1 000 articles (the seeded ones plus numbered variants of them,
 * each with its own words so the vocabulary grows too).
 */
import { EN_QUERIES, UK_QUERIES } from '../../worker/help/test/search-queries';
import type { Runtime } from '../lib/runtime';
import { type Summary, summarize } from '../lib/stats';

export interface HelpSearchOptions {
  articles: number;
  rounds: number;
}

export interface HelpSearchResult {
  articles: number;
  queries: number;
  latency: Summary;
}

/**
 * Grows the public base to `total` articles by copying the seeded ones under numbered slugs, in
 * SQL (two statements, whatever the size). Each copy gets words of its own in its title and body
 * (a number, a "revisionN" word), stored stemmed the way stemText would (Latin words stay whole).
 */
async function growCorpus(runtime: Runtime, total: number): Promise<number> {
  const db = await runtime.mf.getD1Database('DB');
  const now = Date.now();
  const copies = `WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < ${total})`;
  await db
    .prepare(
      `INSERT INTO help_articles (id, company_id, slug, position, published, created_at, updated_at)
       ${copies}
       SELECT 'bench-' || c.n || '-' || a.id, NULL, a.slug || '-' || c.n, 100 + c.n, 1, ?1, ?1
       FROM c JOIN help_articles a ON a.company_id IS NULL AND a.id NOT LIKE 'bench-%'
       ORDER BY c.n, a.slug
       LIMIT ?2 - (SELECT count(*) FROM help_articles WHERE company_id IS NULL)`,
    )
    .bind(now, total)
    .run();
  await db
    .prepare(
      `INSERT INTO help_translations (article_id, lang, title, body, title_stem, body_stem, updated_at)
       SELECT b.id, t.lang, t.title || ' ' || b.position, t.body || ' Revision' || b.position || '.',
              t.title_stem || ' ' || b.position, t.body_stem || ' revision' || b.position, ?1
       FROM help_articles b
       JOIN help_translations t ON t.article_id = substr(b.id, instr(substr(b.id, 7), '-') + 7)
       WHERE b.id LIKE 'bench-%'`,
    )
    .bind(now)
    .run();
  const count = await db.prepare('SELECT count(*) AS n FROM help_articles WHERE company_id IS NULL').first<{ n: number }>();
  return count!.n;
}

export async function measureHelpSearch(runtime: Runtime, opts: HelpSearchOptions): Promise<HelpSearchResult> {
  const articles = await growCorpus(runtime, opts.articles);
  const queries = [...EN_QUERIES.map(([q]) => ['en', q] as const), ...UK_QUERIES.map(([q]) => ['uk', q] as const)];
  const search = async (lang: string, q: string) => {
    const started = performance.now();
    const res = await fetch(`${runtime.url}/api/help/articles?lang=${lang}&q=${encodeURIComponent(q)}`);
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`search ${JSON.stringify(q)} answered ${res.status}`);
    return performance.now() - started;
  };
  // One warm-up pass, so the first compile of each statement is not in the figures.
  for (const [lang, q] of queries) await search(lang, q);
  const samples: number[] = [];
  for (let round = 0; round < opts.rounds; round++) for (const [lang, q] of queries) samples.push(await search(lang, q));
  return { articles, queries: queries.length, latency: summarize(samples) };
}
