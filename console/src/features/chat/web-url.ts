/**
 * A visitor-supplied URL (page, referrer) fit to be a link's `href`: absolute http(s) only. Any
 * other scheme (`javascript:`, `data:`, `vbscript:`…) or a relative or malformed URL gives null,
 * and the console shows the text instead of a link.
 */
export function webUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}
