/**
 * A phrase's plural forms, by CLDR category. `other` is required: every language has it, and it
 * stands in for a category a language uses but the phrase leaves out. English and German use
 * `one`/`other`; Ukrainian and Russian `one` (1, 21, 31…), `few` (2–4, 22–24…), `many` (0, 5–20,
 * 25…) and `other` (fractions).
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

function cached<T>(map: Map<string, T>, locale: string, make: () => T): T {
  let value = map.get(locale);
  if (!value) {
    value = make();
    map.set(locale, value);
  }
  return value;
}

/**
 * The form `locale` uses for `count`, with `{n}` replaced by the count as that locale writes
 * numbers: `plural(3, { one: '{n} chat', other: '{n} chats' })` → "3 chats".
 */
export function plural(count: number, forms: PluralForms, locale = 'en'): string {
  const category = cached(rules, locale, () => new Intl.PluralRules(locale)).select(count);
  const form = forms[category] ?? forms.other;
  return form.replaceAll('{n}', cached(numbers, locale, () => new Intl.NumberFormat(locale)).format(count));
}
