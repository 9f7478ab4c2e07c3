/** Response headers per path pattern, as the Workers assets `_headers` file declares them. */
export type HeaderRules = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** The text of an assets `_headers` file: each path pattern, then its headers indented below it. */
export function headersFile(rules: HeaderRules): string {
  return Object.entries(rules)
    .map(([pattern, headers]) => [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'))
    .join('\n')
    .concat('\n');
}

/**
 * The inline scripts in an HTML document: `<script>` elements without `src` (JSON data blocks
 * aside) and `on…=` event-handler attributes. The console's CSP allows neither, so its build
 * refuses a page that has any.
 */
export function inlineScripts(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = m[1] ?? '';
    if (/\ssrc\s*=/i.test(attrs) || /\stype\s*=\s*["']?application\/(ld\+)?json/i.test(attrs)) continue;
    found.push(m[0]);
  }
  for (const m of html.matchAll(/<[a-z][^>]*\s(on[a-z]+)\s*=/gi)) found.push(m[1]!);
  return found;
}
