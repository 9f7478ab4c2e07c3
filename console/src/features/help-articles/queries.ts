import { query } from '@solidjs/router';
import { PAGE_LANGS } from '../../../../common/help/page-langs';
import { ApiCallError, api, call } from '../../lib/api';

/** One line of the admin list: a search hit carries its title with `<mark>` (escaped by the server). */
export interface ArticleLine {
  slug: string;
  title: string;
  titleHtml?: string;
  published?: boolean;
}

/** Every article in `lang` (drafts included for admins), or the hits of a search. */
export const getHelpArticles = query(
  async (lang: string, q: string): Promise<ArticleLine[]> =>
    (await call<{ articles: ArticleLine[] }>(api.api.help.articles.$get({ query: q ? { lang, q } : { lang } }))).articles,
  'help-articles',
);

/** One language of an article, `null` when it isn't written in that language yet. */
export interface ArticleLang {
  lang: string;
  title: string;
  body: string;
  published: boolean;
}

/** An article in every language of Parley's help, for the editor (the slug's 404 is a missing language). */
export const getHelpArticle = query(async (slug: string): Promise<Record<string, ArticleLang | null>> => {
  const entries = await Promise.all(
    PAGE_LANGS.map(async (lang) => {
      try {
        return [lang, await call(api.api.help.articles[':slug'].$get({ param: { slug }, query: { lang } }))] as const;
      } catch (err) {
        if (err instanceof ApiCallError && err.status === 404) return [lang, null] as const;
        throw err;
      }
    }),
  );
  if (entries.every(([, a]) => a === null)) throw new ApiCallError(404, 'not_found', 'No such article.');
  return Object.fromEntries(entries);
}, 'help-article');

export const getHelpVotes = query(async () => (await call(api.api.help.votes.$get())).votes, 'help-votes');
export const getHelpFeedback = query(async () => (await call(api.api.help.feedback.$get())).feedback, 'help-feedback');
