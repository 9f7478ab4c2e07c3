/** The languages of Parley's own help pages and articles; the first is the fallback (x-default). */
export const PAGE_LANGS = ['en', 'uk'] as const;
export type PageLang = (typeof PAGE_LANGS)[number];

export const isPageLang = (lang: string): lang is PageLang => (PAGE_LANGS as readonly string[]).includes(lang);
