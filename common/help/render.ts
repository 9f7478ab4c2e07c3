import { micromark } from 'micromark';

/**
 * An article's Markdown as HTML for pages and the widget. micromark (CommonMark, maintained, no
 * dependencies at run time beyond its own parts) escapes raw HTML and drops `javascript:`-style
 * link targets unless told otherwise, so an author's text can't inject markup.
 */
export function renderArticle(md: string): string {
  return micromark(md, { allowDangerousHtml: false, allowDangerousProtocol: false });
}
