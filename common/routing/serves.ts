/** The languages and categories one operator serves in a company (F7). */
export interface OperatorDestinations {
  languages: readonly string[];
  categories: readonly string[];
}

/**
 * What a visitor needs: their language, and their category — or `null` when the company has
 * category support off (then categories play no part).
 */
export interface VisitorNeed {
  language: string;
  category: string | null;
}

/**
 * Whether an operator serves a visitor (F7): the visitor's language is among the operator's
 * languages and, with categories on, the visitor's category is among the operator's categories.
 */
export function serves(destinations: OperatorDestinations, need: VisitorNeed): boolean {
  if (!destinations.languages.includes(need.language)) return false;
  return need.category === null || destinations.categories.includes(need.category);
}
