import type { HelpArticleBody, HelpArticlePatch } from '../../../../common/schemas/help';
import { api, call } from '../../lib/api';

const company = api.api.companies[':companyId'];

/**
 * The help API of one scope: Parley's (`/api/help`, admins) when `companyId` is null, otherwise
 * the company's own (`/api/companies/:companyId/articles`, members). Same answers either way.
 */
export const helpClient = (companyId: string | null) => ({
  list: (lang: string, q: string) => {
    const query = q ? { lang, q } : { lang };
    return companyId ? company.articles.$get({ param: { companyId }, query }) : api.api.help.articles.$get({ query });
  },
  get: (slug: string, lang: string) =>
    call(
      companyId
        ? company.articles[':slug'].$get({ param: { companyId, slug }, query: { lang } })
        : api.api.help.articles[':slug'].$get({ param: { slug }, query: { lang } }),
    ),
  create: (json: HelpArticleBody) =>
    call(companyId ? company.articles.$post({ param: { companyId }, json }) : api.api.help.articles.$post({ json })),
  update: (slug: string, lang: string, json: HelpArticlePatch) =>
    call(
      companyId
        ? company.articles[':slug'].$patch({ param: { companyId, slug }, query: { lang }, json })
        : api.api.help.articles[':slug'].$patch({ param: { slug }, query: { lang }, json }),
    ),
  remove: (slug: string) =>
    call(
      companyId
        ? company.articles[':slug'].$delete({ param: { companyId, slug } })
        : api.api.help.articles[':slug'].$delete({ param: { slug } }),
    ),
  votes: async () => (await call(companyId ? company['help-votes'].$get({ param: { companyId } }) : api.api.help.votes.$get())).votes,
  feedback: async () =>
    (await call(companyId ? company['help-feedback'].$get({ param: { companyId } }) : api.api.help.feedback.$get())).feedback,
});
