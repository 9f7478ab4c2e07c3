import { companyArticlePath } from '../../../../../common/help/company-article-path';

/** Whose help center and in which language: the widget's origin, the company's public key, the articles' language. */
export interface HelpTarget {
  base: string;
  key: string;
  lang: string;
}

/** A search hit (`titleHtml`/`snippetHtml`: escaped text with `<mark>`s) or a listed article (`excerpt`). */
export interface Hit {
  slug: string;
  title: string;
  titleHtml?: string;
  snippetHtml?: string;
  excerpt?: string;
}

/** One article as GET /api/widget/articles/:slug answers: `html` is the server's safe rendering. */
export interface Article {
  slug: string;
  lang: string;
  title: string;
  html: string;
}

const url = (t: HelpTarget, path: string, q?: string) => {
  const params = new URLSearchParams({ key: t.key, lang: t.lang });
  if (q) params.set('q', q);
  return `${t.base}api/widget/articles${path}?${params}`;
};

async function json<T>(res: Response): Promise<T> {
  if (!res.ok) throw new Error(String(res.status));
  return res.json() as Promise<T>;
}

/** The articles matching `q`, best first; all of them in their order when `q` is empty. */
export const findArticles = (t: HelpTarget, q: string, signal?: AbortSignal): Promise<Hit[]> =>
  fetch(url(t, '', q), { signal })
    .then((res) => json<{ articles: Hit[] }>(res))
    .then((b) => b.articles);

export const fetchArticle = (t: HelpTarget, slug: string): Promise<Article> =>
  fetch(url(t, `/${encodeURIComponent(slug)}`)).then((res) => json<Article>(res));

/** A visitor's "Was this helpful?" answer, under their widget id: one per visitor, a second replaces the first. */
export const sendVote = (t: HelpTarget, slug: string, helpful: boolean, visitor: string): Promise<unknown> =>
  fetch(url(t, `/${encodeURIComponent(slug)}/votes`), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ helpful, visitor }),
  }).then((res) => json(res));

/** The article's public page, which operators link to and the widget offers in a new tab. */
export const publicUrl = (t: HelpTarget, slug: string): string => new URL(companyArticlePath(t.key, t.lang, slug), t.base).href;
