/** What a key press in the article picker's search box does (F19). */
export type ArticlePickerKey = { active: number; action: 'none' | 'insert' | 'close'; preventDefault: boolean };

/**
 * Up/Down move through `count` results (wrapping), Enter inserts the highlighted one, Escape
 * closes; any other key types into the box.
 */
export function articlePickerKey(key: string, active: number, count: number): ArticlePickerKey {
  if (key === 'Escape') return { active, action: 'close', preventDefault: true };
  if (count === 0) return { active: 0, action: 'none', preventDefault: key === 'Enter' };
  if (key === 'ArrowDown') return { active: (active + 1) % count, action: 'none', preventDefault: true };
  if (key === 'ArrowUp') return { active: (active - 1 + count) % count, action: 'none', preventDefault: true };
  if (key === 'Enter') return { active, action: 'insert', preventDefault: true };
  return { active, action: 'none', preventDefault: false };
}

/**
 * `text` with `link` put in at `caret`, spaced from the words around it, and where the caret goes
 * after it.
 */
export function insertLink(text: string, caret: number, link: string): { text: string; caret: number } {
  const before = text.slice(0, caret);
  const after = text.slice(caret);
  const lead = before && !/\s$/.test(before) ? ' ' : '';
  const tail = after && !/^\s/.test(after) ? ' ' : '';
  const inserted = `${lead}${link}${tail}`;
  return { text: before + inserted + after, caret: before.length + lead.length + link.length };
}
