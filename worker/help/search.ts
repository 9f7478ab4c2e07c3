import { withinOneEdit } from '../../common/help/edit-distance';
import { buildMatch, parseQuery, type QueryTerm } from '../../common/help/fts-query';
import { highlight, matcherFor, snippet } from '../../common/help/highlight';
import { rerank } from '../../common/help/rank';
import { matchKey, plainText } from '../../common/help/text';
import type { HelpScope } from './store';

/** One search hit; `titleHtml`/`snippetHtml` are escaped HTML with the matched words in `<mark>`. */
export interface SearchHit {
  slug: string;
  title: string;
  titleHtml: string;
  snippetHtml: string;
}

export const SEARCH_LIMIT = 20;
/** The best of the index's ranking that the title-and-slug reranking reorders. */
const CANDIDATES = 50;
/** Words completed from the vocabulary while the last one is typed. */
const PREFIX_COMPLETIONS = 20;
/** Shorter words are left alone by the typo fallback: one edit of a short word is another word. */
const TYPO_MIN_LETTERS = 5;
const TYPO_CORRECTIONS = 10;
/** A shorter stem begins too many unrelated words to stand for one. */
const STEM_COMPLETION_MIN_LETTERS = 5;

// bm25 weights per help_fts column (title_stem, body_stem): a title match counts ten body matches.
const SEARCH_SQL = `
  SELECT a.slug AS slug, t.title AS title, t.body AS body, bm25(help_fts, 10.0, 1.0) AS bm25
  FROM help_fts
  JOIN help_translations t ON t.id = help_fts.rowid
  JOIN help_articles a ON a.id = t.article_id
  WHERE help_fts MATCH ?1 AND t.lang = ?2 AND a.company_id IS ?3 AND (a.published = 1 OR ?4 = 1)
  ORDER BY bm25
  LIMIT ${CANDIDATES}`;

type Row = { slug: string; title: string; body: string; bm25: number };

/** Whole words of the vocabulary that begin with what is being typed, most frequent first. */
async function completions(d1: D1Database, prefix: string): Promise<string[]> {
  const { results } = await d1
    .prepare('SELECT term FROM help_words_vocab WHERE term >= ?1 AND term < ?2 ORDER BY cnt DESC LIMIT ?3')
    .bind(prefix, `${prefix}\u{10FFFF}`, PREFIX_COMPLETIONS)
    .all<{ term: string }>();
  return results.map((r) => r.term);
}

/**
 * For each long term the vocabulary lacks as written: the vocabulary words one edit away (the typo
 * fallback), and those that begin with its stem, for the forms the stemmers reduce differently
 * from the text's ("statuses" → status, "categorized" → categories, "доступності" → доступність).
 * The scans run only for such a term, so a query of known words costs one lookup.
 */
async function corrections(d1: D1Database, terms: readonly QueryTerm[]): Promise<Map<string, string[]>> {
  const fixes = new Map<string, string[]>();
  const candidates = terms.filter((t) => Array.from(t.norm).length >= TYPO_MIN_LETTERS);
  if (candidates.length === 0) return fixes;
  const known = await d1
    .prepare(`SELECT term FROM help_words_vocab WHERE term IN (${candidates.map(() => '?').join(', ')})`)
    .bind(...candidates.map((t) => t.norm))
    .all<{ term: string }>();
  const long = candidates.filter((t) => !known.results.some((r) => r.term === t.norm));
  if (long.length === 0) return fixes;
  const lengths = long.map((t) => t.norm.length);
  const { results } = await d1
    .prepare('SELECT term FROM help_words_vocab WHERE length(term) BETWEEN ?1 AND ?2')
    .bind(Math.min(...lengths) - 1, Math.max(...lengths) + 1)
    .all<{ term: string }>();
  const vocab = results.map((r) => r.term);
  for (const t of long) {
    const stem = matchKey(t.norm);
    const sameStem = stem.length >= STEM_COMPLETION_MIN_LETTERS && stem !== t.norm ? await completions(d1, stem) : [];
    const near = [...vocab.filter((w) => withinOneEdit(t.norm, w)).slice(0, TYPO_CORRECTIONS), ...sameStem.slice(0, TYPO_CORRECTIONS)];
    if (near.length > 0) fixes.set(t.norm, near);
  }
  return fixes;
}

const run = async (d1: D1Database, match: string, scope: HelpScope, lang: string, drafts: boolean) =>
  (
    await d1
      .prepare(SEARCH_SQL)
      .bind(match, lang, scope, drafts ? 1 : 0)
      .all<Row>()
  ).results;

/**
 * Ranked search over one scope's articles in `lang` (F16, F19): stemmed words, the last one as a
 * prefix while typed, and one-edit corrections of long words the vocabulary lacks.
 */
export async function searchArticles(d1: D1Database, scope: HelpScope, lang: string, q: string, drafts = false): Promise<SearchHit[]> {
  const terms = parseQuery(q);
  const alternatives = new Map<string, string[]>();
  const typed = terms.find((t) => t.prefix);
  if (typed) alternatives.set(typed.norm, await completions(d1, typed.norm));
  if (terms.length === 0) return [];
  for (const [word, near] of await corrections(d1, terms)) alternatives.set(word, [...(alternatives.get(word) ?? []), ...near]);
  const rows = await run(d1, buildMatch(terms, alternatives)!, scope, lang, drafts);
  const matcher = matcherFor(terms, alternatives);
  return rerank(rows, matcher)
    .slice(0, SEARCH_LIMIT)
    .map((r) => ({
      slug: r.slug,
      title: r.title,
      titleHtml: highlight(r.title, matcher),
      snippetHtml: snippet(plainText(r.body), matcher),
    }));
}
