/** An operator's destinations as the API gives them: language codes and category ids. */
export interface DestinationIds {
  languages: readonly string[];
  categories: readonly string[];
}

/**
 * One line saying what an operator serves, e.g. "en, uk · Sales, Billing". With categories on
 * and none chosen the operator serves nobody (F7), and the line says so.
 */
export function destinationSummary(dest: DestinationIds, categoriesEnabled: boolean, categoryNames: ReadonlyMap<string, string>): string {
  if (dest.languages.length === 0) return 'No destinations set: receives no chats';
  const languages = dest.languages.join(', ');
  if (!categoriesEnabled) return languages;
  if (dest.categories.length === 0) return `${languages} · no categories: receives no chats`;
  return `${languages} · ${dest.categories.map((id) => categoryNames.get(id) ?? 'removed category').join(', ')}`;
}

/** `list` with `value` in it or not, keeping the order of the rest (for checkbox groups). */
export function toggled<T>(list: readonly T[], value: T, on: boolean): T[] {
  const without = list.filter((v) => v !== value);
  return on ? [...without, value] : without;
}
