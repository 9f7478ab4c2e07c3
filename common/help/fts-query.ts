import { indexForm, words } from './text';

/** Longer input is cut: nobody types a 200-character question, and it bounds the work per query. */
export const MAX_QUERY_CHARS = 200;
export const MAX_QUERY_TERMS = 8;

/** One word of a search query. */
export interface QueryTerm {
  /** Normalised as typed (lowercase, one apostrophe). */
  norm: string;
  /** The last word with no space after it: the user may still be typing it. */
  prefix: boolean;
}

/** The words of a query: syntax, punctuation and emoji are dropped, so they can't reach FTS5 as operators. */
export function parseQuery(raw: string): QueryTerm[] {
  const text = raw.slice(0, MAX_QUERY_CHARS);
  const found = words(text).slice(0, MAX_QUERY_TERMS);
  const last = found.at(-1);
  return found.map((w) => ({ norm: w.norm, prefix: w === last && w.end === text.length }));
}

/** An FTS5 string literal: whatever it holds is tokenized, never read as syntax. */
const literal = (s: string) => `"${s.replaceAll('"', '""')}"`;

/**
 * The MATCH expression: any term may match (OR; bm25 then ranks articles matching more and rarer
 * terms first, so a question in natural words still finds its article), each through its index
 * form, or — while it is typed — any indexed word it begins, or — given by the caller — whole
 * words that stand in for it (prefix completions and one-edit typo corrections from the
 * vocabulary). Null when the query has no words.
 */
export function buildMatch(terms: readonly QueryTerm[], alternatives: ReadonlyMap<string, readonly string[]> = new Map()): string | null {
  if (terms.length === 0) return null;
  const groups = terms.map((term) => {
    const options = [literal(indexForm(term.norm))];
    if (term.prefix) options.push(`${literal(indexForm(term.norm))} *`);
    for (const alt of alternatives.get(term.norm) ?? []) options.push(literal(indexForm(alt)));
    return `(${[...new Set(options)].join(' OR ')})`;
  });
  return groups.join(' OR ');
}
