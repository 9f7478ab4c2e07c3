/** Where the console goes when a page has no better place to send a signed-in user. */
export const HOME_PATH = '/';

/**
 * The `?next=` target after login, only when it is a path on this site: an absolute URL or a
 * protocol-relative `//host` would turn the login page into an open redirect.
 */
export function safeNext(next: string | string[] | undefined): string {
  const value = Array.isArray(next) ? next[0] : next;
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return HOME_PATH;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what this refuses.
  if (/[\u0000-\u001f]/.test(value)) return HOME_PATH;
  return value;
}
