/** A language the company supports, as the widget config lists it (F4). */
export interface OfferedLanguage {
  code: string;
  isDefault: boolean;
}

/** A language tag's primary subtag, lower case: `pt-BR` → `pt`. */
export const primaryTag = (tag: string) => tag.toLowerCase().split('-')[0]!;

/**
 * The chat language for a visitor (F4): for each of the browser's preferences in order, an exact
 * match, then a match on the primary subtag (`uk-UA` → `uk`); failing all, the company's default,
 * then its first language. A `chosen` language (the visitor switched, or the host page's
 * `Parley.setLanguage('de-AT')`) wins while it, or its primary language, is offered.
 * Returns null only when the company offers no language at all. The room and the gateways serve a
 * `hello` in the language this picks for its own (the widget greets before it knows the company's).
 */
export function pickLanguage(preferred: readonly string[], offered: readonly OfferedLanguage[], chosen?: string | null): string | null {
  const codes = offered.map((l) => l.code);
  // A region tag (`de-AT`) falls back to its primary language (`de`).
  const find = (tag: string) =>
    codes.find((c) => c.toLowerCase() === tag.toLowerCase()) ?? codes.find((c) => primaryTag(c) === primaryTag(tag));
  for (const tag of chosen ? [chosen, ...preferred] : preferred) {
    const hit = find(tag);
    if (hit) return hit;
  }
  return offered.find((l) => l.isDefault)?.code ?? codes[0] ?? null;
}
