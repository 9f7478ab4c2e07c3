/** Codes offered as suggestions in the "add language" field; any BCP 47 primary code is accepted. */
export const SUGGESTED_LANGUAGES = [
  'en',
  'uk',
  'ru',
  'de',
  'fr',
  'es',
  'it',
  'pl',
  'pt',
  'nl',
  'cs',
  'tr',
  'ro',
  'sv',
  'ja',
  'zh',
  'ar',
] as const;

const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** The English name of a language code ("uk" → "Ukrainian"), or the code itself when unknown. */
export function languageName(code: string): string {
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
