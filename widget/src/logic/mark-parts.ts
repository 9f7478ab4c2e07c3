/** A run of search-result text; `mark` says the search matched it. */
export interface MarkPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const decode = (s: string) => s.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!);

/**
 * Reads the server's highlight markup (escaped text with matched words in `<mark>`, see
 * common/help/highlight.ts) back into text runs, so the widget builds text nodes and never
 * parses HTML. Any other tag-like text stays text.
 */
export function markParts(html: string): MarkPart[] {
  const parts: MarkPart[] = [];
  let mark = false;
  for (const piece of html.split(/(<\/?mark>)/)) {
    if (piece === '<mark>' || piece === '</mark>') mark = piece === '<mark>';
    else if (piece) parts.push({ text: decode(piece), mark });
  }
  return parts;
}
