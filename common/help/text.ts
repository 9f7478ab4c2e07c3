import { stemmer as ukrainianStem } from '@orama/stemmers/ukrainian';
import { stemmer as porterStem } from 'stemmer';

// Imports only packages, so scripts/help-seed.mjs can run this file with Node's type stripping.

/** The apostrophe every variant (' ’ ‘ ʼ `) becomes inside a word; a letter to SQLite's unicode61. */
export const APOSTROPHE = 'ʼ';

/** A word: letters and digits, with apostrophes only between letters (Ukrainian "обʼєкт", English "don't"). */
const WORD = /[\p{L}\p{N}]+(?:['’‘ʼ`][\p{L}\p{N}]+)*/gu;
const APOSTROPHES = /['’‘ʼ`]/g;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** One word of a text: where it is (UTF-16 offsets) and its normalised form. */
export interface Word {
  start: number;
  end: number;
  /** Lowercase NFC with the one apostrophe. */
  norm: string;
}

export function normalizeWord(word: string): string {
  return word.normalize('NFC').toLowerCase().replace(APOSTROPHES, APOSTROPHE);
}

/** The words of `text` with their positions, for highlighting over the text as written. */
export function words(text: string): Word[] {
  return Array.from(text.matchAll(WORD), (m) => ({ start: m.index, end: m.index + m[0].length, norm: normalizeWord(m[0]) }));
}

/**
 * The Ukrainian stem of a word, with the stemmer's misses on case forms that readers type evened
 * out (each fix found by a query of the search quality table, worker/help/test/search-queries.ts):
 * - a genitive in -ати/-яти of a short noun is not an infinitive: "оплати" stays "оплат" like "оплата";
 * - a plural in -си keeps its s: "статуси", "сеанси" like "статус", "сеанс";
 * - the soft ending the stemmer leaves on -ія nouns goes: "категорії", "компанією" like "категорія";
 * - -ість alternates with -ості: "доступності" like "доступність".
 */
export function ukrainianKey(norm: string): string {
  let stem = ukrainianStem(norm);
  if (/[ая]ти$/u.test(norm) && stem.length <= 4 && stem.length === norm.length - 3) stem = norm.slice(0, -1);
  else if (/си$/u.test(norm) && stem.length < norm.length - 1) stem = ukrainianStem(norm.slice(0, -1));
  return stem.replace(/(?<=.{3})[іїєй]+$/u, '').replace(/ост$/u, 'іст');
}

/**
 * The form the index stores for a word. Cyrillic words go through the Ukrainian stemmer here;
 * Latin ones stay whole, because the FTS5 porter tokenizer stems them (see `matchKey` for JS-side comparison).
 */
export function indexForm(norm: string): string {
  return CYRILLIC.test(norm) ? ukrainianKey(norm) : norm;
}

/** The key two words share when the index counts them as one (both stemmed the way FTS5 sees them). */
export function matchKey(norm: string): string {
  return CYRILLIC.test(norm) ? ukrainianKey(norm) : porterStem(norm);
}

/** The hidden stemmed text of a title or body: its words in index form, space-separated. */
export function stemText(text: string): string {
  return words(plainText(text))
    .map((w) => indexForm(w.norm))
    .join(' ');
}

/**
 * Markdown as readable text: link targets, code ticks and emphasis marks dropped, list markers and
 * line breaks kept as spaces. Snippets are cut from this, and it is what the stemmed column reads.
 */
export function plainText(md: string): string {
  return md
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*_]+/g, '')
    .replace(/^\s*(?:[-+]|\d+\.)\s+/gm, '')
    .replace(/^#+\s*/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}
