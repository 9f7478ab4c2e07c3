/** A language the company supports, as the widget config lists it (F4). */
export interface OfferedLanguage {
  code: string;
  isDefault: boolean;
}

const primary = (tag: string) => tag.toLowerCase().split('-')[0]!;

/**
 * The chat language for a visitor (F4): for each of the browser's preferences in order, an exact
 * match, then a match on the primary subtag (`uk-UA` → `uk`); failing all, the company's default,
 * then its first language. A `chosen` language (the visitor switched) wins while still offered.
 * Returns null only when the company offers no language at all.
 */
export function pickLanguage(preferred: readonly string[], offered: readonly OfferedLanguage[], chosen?: string | null): string | null {
  const codes = offered.map((l) => l.code);
  const find = (tag: string) => codes.find((c) => c.toLowerCase() === tag.toLowerCase());
  if (chosen && find(chosen)) return find(chosen)!;
  for (const tag of preferred) {
    const hit = find(tag) ?? codes.find((c) => primary(c) === primary(tag));
    if (hit) return hit;
  }
  return offered.find((l) => l.isDefault)?.code ?? codes[0] ?? null;
}
