/**
 * The public page of a company's help article (F19), `/help/c/:publicKey/:lang/:slug`: the widget
 * offers it in a new tab and operators paste it into chats. Relative to Parley's origin.
 */
export const companyArticlePath = (publicKey: string, lang: string, slug: string): string =>
  `/help/c/${encodeURIComponent(publicKey)}/${encodeURIComponent(lang)}/${encodeURIComponent(slug)}`;
