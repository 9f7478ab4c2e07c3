/** The confirmation link's query: its token, and the chat's language (which words its page uses). */
export function linkQuery(token: string, lang: string): string {
  return `?${new URLSearchParams({ token, lang })}`;
}

/** The confirmation link mailed to the visitor (F21). */
export function confirmUrl(appOrigin: string, token: string, lang: string): string {
  return `${appOrigin}/api/widget/transcript/confirm${linkQuery(token, lang)}`;
}
