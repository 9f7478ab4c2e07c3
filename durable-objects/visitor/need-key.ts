/** What a ready visitor socket asks for (language, category), as one map key. */
export function needKey(language: string, category: string | null): string {
  return `${language}\u0000${category ?? ''}`;
}
