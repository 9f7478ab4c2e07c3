/**
 * Knowledge-base search latency (issue 14): the search quality table's queries, over HTTP, on a
 * public knowledge base grown to 1 000 articles (the seeded ones plus numbered variants of them,
 * each with its own words so the vocabulary grows too).
 */
import { stemText } from '../../common/help/text';
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

const CHUNK = 50;
type Db = Awaited<ReturnType<Runtime['mf']['getD1Database']>>;
type Row = { slug: string; lang: string; title: string; body: string };

/** Grows the public base to `total` articles by copying the seeded translations under new slugs. */
async function growCorpus(runtime: Runtime, total: number): Promise<number> {
  const db = await runtime.mf.getD1Database('DB');
  const seeded = (
    await db
      .prepare(
        'SELECT a.slug, t.lang, t.title, t.body FROM help_articles a JOIN help_translations t ON t.article_id = a.id WHERE a.company_id IS NULL',
      )
      .all<Row>()
  ).results as Row[];
  const slugs = [...new Set(seeded.map((r) => r.slug))];
  const now = Date.now();
  const statements: ReturnType<Db['prepare']>[] = [];
  for (let n = slugs.length; n < total; n++) {
    const source = slugs[n % slugs.length]!;
    const id = `bench-${n}`;
    statements.push(
      db
        .prepare(
          'INSERT INTO help_articles (id, company_id, slug, position, published, created_at, updated_at) VALUES (?1, NULL, ?2, ?3, 1, ?4, ?4)',
        )
        .bind(id, `${source}-${n}`, n, now),
    );
    for (const t of seeded.filter((r) => r.slug === source)) {
      const title = `${t.title} ${n}`;
      const body = `${t.body}\n\nRevision${n} note${n % 97} topic${n % 13}.`;
      statements.push(
        db
          .prepare(
            'INSERT INTO help_translations (article_id, lang, title, body, title_stem, body_stem, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)',
          )
          .bind(id, t.lang, title, body, stemText(title), stemText(body), now),
      );
    }
  }
  for (let i = 0; i < statements.length; i += CHUNK) await db.batch(statements.slice(i, i + CHUNK));
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
