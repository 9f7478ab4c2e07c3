import { Hono } from 'hono';
import { renderArticle } from '../../common/help/render';
import {
  HelpArticleBodySchema,
  HelpArticlePatchSchema,
  HelpFeedbackBodySchema,
  HelpLangQuerySchema,
  HelpSearchQuerySchema,
  HelpVoteBodySchema,
} from '../../common/schemas/help';
import { adminOnly, isAdmin } from '../auth/admins';
import { clientIp, enforceRateLimit, type RateRule } from '../lib/rate-limit';
import { validate } from '../lib/validate';
import type { AppEnv } from '../types';
import { searchArticles } from './search';
import { createArticle, deleteArticle, getArticle, listArticles, listFeedback, recordVote, updateArticle, voteCounts } from './store';
import { submitFeedback } from './submit-feedback';
import { voterId } from './voter';

const PUBLIC = null;

// The feedback form's limits live with the one function both the API and the help page's form call.
/** Votes per network: a vote is cheap, but each one writes a row. */
export const VOTE_ADDRESS_RULE: RateRule = { limit: 60, windowMs: 60 * 60 * 1000 };

/** An article in one language with its Markdown rendered, as every article endpoint answers. */
export const withHtml = <T extends { body: string }>(article: T) => ({ ...article, html: renderArticle(article.body) });

/**
 * Parley's public knowledge base (F16) at /api/help: anyone reads and searches published
 * articles, votes and sends feedback; the service admins (ADMIN_EMAILS) write articles, see
 * drafts, vote counts and feedback.
 */
export const helpRoutes = new Hono<AppEnv>()
  .get('/articles', validate('query', HelpSearchQuerySchema), async (c) => {
    const { q, lang } = c.req.valid('query');
    const drafts = isAdmin(c.env, c.get('user'));
    if (q?.trim()) return c.json({ articles: await searchArticles(c.env.DB, PUBLIC, lang, q, drafts) });
    return c.json({ articles: await listArticles(c.get('db'), PUBLIC, lang, drafts) });
  })
  .post('/articles', adminOnly, validate('json', HelpArticleBodySchema), async (c) => {
    const body = c.req.valid('json');
    const slug = await createArticle(c.get('db'), PUBLIC, body);
    return c.json(withHtml(await getArticle(c.get('db'), PUBLIC, slug, body.translations[0]!.lang, true)), 201);
  })
  // Admin reads; registered before `/articles/:slug` routes so the words aren't taken for slugs.
  .get('/feedback', adminOnly, async (c) => c.json({ feedback: await listFeedback(c.get('db'), PUBLIC) }))
  .get('/votes', adminOnly, async (c) => c.json({ votes: await voteCounts(c.get('db'), PUBLIC) }))
  .get('/articles/:slug', validate('query', HelpLangQuerySchema), async (c) => {
    const drafts = isAdmin(c.env, c.get('user'));
    return c.json(withHtml(await getArticle(c.get('db'), PUBLIC, c.req.param('slug'), c.req.valid('query').lang, drafts)));
  })
  .patch('/articles/:slug', adminOnly, validate('json', HelpArticlePatchSchema), validate('query', HelpLangQuerySchema), async (c) => {
    const patch = c.req.valid('json');
    const slug = await updateArticle(c.get('db'), PUBLIC, c.req.param('slug'), patch);
    const lang = patch.translations?.[0]?.lang ?? c.req.valid('query').lang;
    return c.json(withHtml(await getArticle(c.get('db'), PUBLIC, slug, lang, true)));
  })
  .delete('/articles/:slug', adminOnly, async (c) => {
    await deleteArticle(c.get('db'), PUBLIC, c.req.param('slug'));
    return c.body(null, 204);
  })
  .post('/articles/:slug/votes', validate('json', HelpVoteBodySchema), async (c) => {
    await enforceRateLimit(c, `help-vote:${clientIp(c)}`, VOTE_ADDRESS_RULE);
    const { helpful } = c.req.valid('json');
    await recordVote(c.get('db'), PUBLIC, c.req.param('slug'), await voterId(c), helpful);
    return c.json({ helpful }, 201);
  })
  .post('/feedback', validate('json', HelpFeedbackBodySchema), async (c) => {
    await submitFeedback(c, PUBLIC, c.req.valid('json'));
    return c.json({ received: true }, 201);
  });
