import type { QueryTerm } from './fts-query';
import { indexForm, matchKey, type Word, words } from './text';

/** Words a search matched, as the engine compares them (stems), so any written form can be marked. */
export interface Matcher {
  keys: ReadonlySet<string>;
  prefixes: readonly string[];
}

/** The matcher for a query's terms plus the whole words the engine also searched for (completions, typo fixes). */
export function matcherFor(terms: readonly QueryTerm[], alternatives: ReadonlyMap<string, readonly string[]> = new Map()): Matcher {
  const keys = new Set<string>();
  const prefixes: string[] = [];
  for (const term of terms) {
    keys.add(matchKey(term.norm));
    for (const alt of alternatives.get(term.norm) ?? []) keys.add(matchKey(alt));
    if (term.prefix) prefixes.push(term.norm, indexForm(term.norm));
  }
  return { keys, prefixes };
}

/** Whether the search matched this word of a text. */
export const matchesWord = (m: Matcher, w: Word) =>
  m.keys.has(matchKey(w.norm)) || m.prefixes.some((p) => w.norm.startsWith(p) || indexForm(w.norm).startsWith(p));

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);

/** `text` as HTML with the matched words in `<mark>`, exactly as written; everything else escaped. */
export function highlight(text: string, m: Matcher): string {
  let html = '';
  let at = 0;
  for (const w of words(text)) {
    if (!matchesWord(m, w)) continue;
    html += `${escapeHtml(text.slice(at, w.start))}<mark>${escapeHtml(text.slice(w.start, w.end))}</mark>`;
    at = w.end;
  }
  return html + escapeHtml(text.slice(at));
}

/** Words shown in a snippet, and how many of them come before the first match. */
const SNIPPET_WORDS = 28;
const LEAD_WORDS = 6;

/**
 * A short excerpt of `text` (plain text, not Markdown) around its first matched word, highlighted;
 * the opening words when nothing in it matched. `…` marks a cut.
 */
export function snippet(text: string, m: Matcher): string {
  const all = words(text);
  if (all.length === 0) return '';
  const first = Math.max(
    0,
    all.findIndex((w) => matchesWord(m, w)),
  );
  const from = Math.max(0, first - LEAD_WORDS);
  const to = Math.min(all.length, from + SNIPPET_WORDS);
  const start = from === 0 ? 0 : all[from]!.start;
  const end = to === all.length ? text.length : all[to - 1]!.end;
  return `${from > 0 ? '… ' : ''}${highlight(text.slice(start, end), m)}${to < all.length ? ' …' : ''}`;
}
