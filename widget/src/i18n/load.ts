import type { Dictionary } from './en';

/** UI languages with a dictionary; a chat language outside this list shows the English UI. */
const LOADERS: Record<string, () => Promise<{ default: Dictionary }>> = {
  en: () => import('./en'),
  uk: () => import('./uk'),
  ru: () => import('./ru'),
  de: () => import('./de'),
};

/** Loads only the chosen language's dictionary (each one is its own chunk). */
export function loadDictionary(code: string): Promise<Dictionary> {
  const primary = code.toLowerCase().split('-')[0]!;
  return (LOADERS[primary] ?? LOADERS.en!)().then((m) => m.default);
}

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
}
