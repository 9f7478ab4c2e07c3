/**
 * The language the widget's help center is read in (F19): the chat language when the company has
 * published articles in it, else its default language when it has, else the first it has. Null
 * when it has none: the help center is not offered.
 */
export function helpLanguage(language: string, published: readonly string[], fallback: string | undefined): string | null {
  if (published.includes(language)) return language;
  return fallback && published.includes(fallback) ? fallback : (published[0] ?? null);
}
