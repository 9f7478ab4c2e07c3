import { Hono } from 'hono';
import { HelpArticleBodySchema, HelpArticlePatchSchema, HelpLangQuerySchema, HelpSearchQuerySchema } from '../../common/schemas/help';
import type { CompanyEnv } from '../companies/membership';
import { notifyCompanyChanged } from '../companies/notify';
import { validate } from '../lib/validate';
import { withHtml } from './routes';
import { searchArticles } from './search';
import { createArticle, deleteArticle, getArticle, listArticles, listFeedback, updateArticle, voteCounts } from './store';

/**
 * A company's own help center (F19) at /api/companies/:companyId/articles: every member reads,
 * searches (drafts included) and writes. Membership is checked once where this is mounted. Each
 * write tells the company's room (`help`), whose widgets' config names the languages with
 * published articles.
 */
export const companyArticlesApp = new Hono<CompanyEnv>()
  .get('/', validate('query', HelpSearchQuerySchema), async (c) => {
    const { q, lang } = c.req.valid('query');
    const scope = c.get('company').id;
    if (q?.trim()) return c.json({ articles: await searchArticles(c.env.DB, scope, lang, q, true) });
    return c.json({ articles: await listArticles(c.get('db'), scope, lang, true) });
  })
  .post('/', validate('json', HelpArticleBodySchema), async (c) => {
    const body = c.req.valid('json');
    const scope = c.get('company').id;
    const slug = await createArticle(c.get('db'), scope, body);
    await notifyCompanyChanged(c.env, scope, 'help');
    return c.json(withHtml(await getArticle(c.get('db'), scope, slug, body.translations[0]!.lang, true)), 201);
  })
  .get('/:slug', validate('query', HelpLangQuerySchema), async (c) =>
    c.json(withHtml(await getArticle(c.get('db'), c.get('company').id, c.req.param('slug'), c.req.valid('query').lang, true))),
  )
  .patch('/:slug', validate('json', HelpArticlePatchSchema), validate('query', HelpLangQuerySchema), async (c) => {
    const patch = c.req.valid('json');
    const scope = c.get('company').id;
    const slug = await updateArticle(c.get('db'), scope, c.req.param('slug'), patch);
    await notifyCompanyChanged(c.env, scope, 'help');
    return c.json(withHtml(await getArticle(c.get('db'), scope, slug, patch.translations?.[0]?.lang ?? c.req.valid('query').lang, true)));
  })
  .delete('/:slug', async (c) => {
    await deleteArticle(c.get('db'), c.get('company').id, c.req.param('slug'));
    await notifyCompanyChanged(c.env, c.get('company').id, 'help');
    return c.body(null, 204);
  });

/** Votes and feedback of the company's articles, for its members: /api/companies/:companyId/help-… */
export const companyHelpReadsApp = new Hono<CompanyEnv>()
  .get('/help-votes', async (c) => c.json({ votes: await voteCounts(c.get('db'), c.get('company').id) }))
  .get('/help-feedback', async (c) => c.json({ feedback: await listFeedback(c.get('db'), c.get('company').id) }));
