import { type Matcher, matchesWord } from './highlight';
import { words } from './text';

/** Words too common to say what an article is about; they still match, but earn no title bonus. */
const STOPWORDS = new Set(
  (
    'a an and are as at be by can do does for from how i in is it my not of on or the to what when where which who why with you your ' +
    'а в з і й на не що як та до за по у чи це є мій мої ваш як'
  ).split(' '),
);

/** A hit as the index ranked it: bm25 is negative, lower is better. */
export interface RankedRow {
  slug: string;
  title: string;
  bm25: number;
}

/** The share of the meaningful words of `text` that the query matched (0 to 1). */
function coverage(text: string, m: Matcher): number {
  const meaningful = new Set(
    words(text)
      .filter((w) => !STOPWORDS.has(w.norm))
      .map((w) => w.norm),
  );
  if (meaningful.size === 0) return 0;
  let found = 0;
  for (const norm of meaningful) if (matchesWord(m, { start: 0, end: 0, norm })) found++;
  return found / meaningful.size;
}

/**
 * Orders hits by how much of their title and slug (the author's own summary of the article) the
 * query covers, then by bm25. bm25 alone favours whichever body repeats a word most, so a page
 * that mentions the widget often outranks the page about the widget.
 */
export function rerank<T extends RankedRow>(rows: readonly T[], m: Matcher): T[] {
  const scored = rows.map((row) => ({ row, cover: coverage(row.title, m) + coverage(row.slug.replaceAll('-', ' '), m) }));
  return scored.sort((a, b) => b.cover - a.cover || a.row.bm25 - b.row.bm25).map((s) => s.row);
}
