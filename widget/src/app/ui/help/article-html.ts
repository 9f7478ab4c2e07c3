/** Elements an article may contain as the server renders its Markdown (common/help/render.ts). */
const KEEP = new Set('P H1 H2 H3 H4 H5 H6 UL OL LI A STRONG EM CODE PRE BLOCKQUOTE BR HR IMG DEL TABLE THEAD TBODY TR TH TD'.split(' '));
/** Elements whose content is not text for a reader: dropped whole. */
const DROP = new Set('SCRIPT STYLE IFRAME OBJECT EMBED TEMPLATE NOSCRIPT SVG MATH FORM'.split(' '));

const webUrl = (raw: string, base: string): string | null => {
  try {
    const url = new URL(raw, base);
    return url.protocol === 'https:' || url.protocol === 'http:' || url.protocol === 'mailto:' ? url.href : null;
  } catch {
    return null;
  }
};

/**
 * The server's rendered article (already escaped by micromark) as a fragment for the widget's
 * shadow root, cleaned again on this side: only the elements Markdown produces, no attribute but
 * a web link or image address (resolved against Parley's origin), links opening in a new tab.
 * Parsed in an inert <template>, so nothing in it runs or loads before it is cleaned.
 */
export function articleFragment(html: string, base: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  clean(template.content, base);
  return template.content;
}

function clean(parent: ParentNode, base: string): void {
  for (const node of [...parent.childNodes]) {
    if (node.nodeType === Node.COMMENT_NODE) node.remove();
    if (!(node instanceof Element)) continue;
    if (DROP.has(node.tagName)) {
      node.remove();
      continue;
    }
    clean(node, base);
    if (!KEEP.has(node.tagName)) {
      node.replaceWith(...node.childNodes);
      continue;
    }
    const href = node.tagName === 'A' && webUrl(node.getAttribute('href') ?? '', base);
    const src = node.tagName === 'IMG' && webUrl(node.getAttribute('src') ?? '', base);
    const alt = node.getAttribute('alt');
    for (const name of node.getAttributeNames()) node.removeAttribute(name);
    if (href) node.setAttribute('href', href);
    if (node.tagName === 'A') {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
    if (src) node.setAttribute('src', src);
    if (node.tagName === 'IMG') node.setAttribute('alt', alt ?? '');
  }
}
