/** A run of text, and whether it is an occurrence of what was searched for. */
export interface TextPart {
  text: string;
  match: boolean;
}

const SPECIAL = /[.*+?^${}()|[\]\\]/g;

/**
 * `text` cut into the occurrences of `query` and the runs between them, in order, so a view can
 * mark the occurrences as text (never as HTML). Case is ignored, as the history search ignores
 * it; a blank query marks nothing. Joining the parts' text gives `text` back.
 */
export function highlightParts(text: string, query: string): TextPart[] {
  const needle = query.trim();
  if (!needle || !text) return text ? [{ text, match: false }] : [];
  const parts: TextPart[] = [];
  let from = 0;
  for (const found of text.matchAll(new RegExp(needle.replace(SPECIAL, '\\$&'), 'giu'))) {
    if (found.index > from) parts.push({ text: text.slice(from, found.index), match: false });
    parts.push({ text: found[0], match: true });
    from = found.index + found[0].length;
  }
  if (from < text.length) parts.push({ text: text.slice(from), match: false });
  return parts;
}
