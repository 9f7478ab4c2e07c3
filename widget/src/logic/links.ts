/** A piece of message text: plain text, or a link that is safe to open. */
export type TextPart = { text: string; href?: string };

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"]+/gi;
const TRAILING = /[.,;:!?'")\]}]+$/;

/**
 * Splits message text into plain parts and http(s) links (F9: text is rendered as text, links
 * clickable safely). Only absolute http/https URLs become links, trailing punctuation stays text,
 * and a candidate the URL parser rejects stays text too.
 */
export function splitLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  const push = (t: string) => t && parts.push({ text: t });
  for (const m of text.matchAll(URL_PATTERN)) {
    const raw = m[0].replace(TRAILING, '');
    const href = safeHref(raw);
    if (!href) continue;
    push(text.slice(last, m.index));
    parts.push({ text: raw, href });
    last = m.index! + raw.length;
  }
  push(text.slice(last));
  return parts;
}

function safeHref(raw: string): string | null {
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
