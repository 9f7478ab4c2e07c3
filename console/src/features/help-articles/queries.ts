import { query } from '@solidjs/router';
import { ApiCallError, call } from '../../lib/api';
import { helpClient } from './help-client';

/** One line of the list: a search hit carries its title with `<mark>` (escaped by the server). */
export interface ArticleLine {
  slug: string;
  title: string;
  titleHtml?: string;
  published?: boolean;
}

/** Every article of the scope in `lang` (drafts included for its editors), or the hits of a search. */
export const getHelpArticles = query(
  async (companyId: string | null, lang: string, q: string): Promise<ArticleLine[]> =>
    (await call<{ articles: ArticleLine[] }>(helpClient(companyId).list(lang, q))).articles,
  'help-articles',
);

/** One language of an article. */
export interface ArticleLang {
  lang: string;
  title: string;
  body: string;
  published: boolean;
}

/** An article in each of `langs`, `null` for a language it isn't written in yet (its 404). */
export const getHelpArticle = query(
  async (companyId: string | null, slug: string, langs: readonly string[]): Promise<Record<string, ArticleLang | null>> => {
    const entries = await Promise.all(
      langs.map(async (lang) => {
        try {
          return [lang, await helpClient(companyId).get(slug, lang)] as const;
        } catch (err) {
          if (err instanceof ApiCallError && err.status === 404) return [lang, null] as const;
          throw err;
        }
      }),
    );
    if (entries.every(([, a]) => a === null)) throw new ApiCallError(404, 'not_found', 'No such article.');
    return Object.fromEntries(entries);
  },
  'help-article',
);

export const getHelpVotes = query((companyId: string | null) => helpClient(companyId).votes(), 'help-votes');
export const getHelpFeedback = query((companyId: string | null) => helpClient(companyId).feedback(), 'help-feedback');
