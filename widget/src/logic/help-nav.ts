/** One page of the widget's help center (F19): the search with what was typed, or one article. */
export type HelpPage = { view: 'search'; q: string } | { view: 'article'; slug: string };

/**
 * Where the visitor is in the help center, the current page last. Back pops a page; an empty
 * stack means the help is closed and the visitor is back where they opened it (the chat, the
 * offline form), so the way back is always the way they came.
 */
export type HelpNav = readonly HelpPage[];

/** Opened from the header button (the search) or from a suggestion (straight to its article). */
export const openHelp = (slug?: string): HelpNav => [slug ? { view: 'article', slug } : { view: 'search', q: '' }];

export const showArticle = (nav: HelpNav, slug: string): HelpNav => [...nav, { view: 'article', slug }];

/** The search remembers what was typed, so coming back from an article shows the same results. */
export function typed(nav: HelpNav, q: string): HelpNav {
  const top = nav.at(-1);
  return top?.view === 'search' ? [...nav.slice(0, -1), { view: 'search', q }] : nav;
}

export const back = (nav: HelpNav): HelpNav => nav.slice(0, -1);

export const current = (nav: HelpNav): HelpPage | undefined => nav.at(-1);
