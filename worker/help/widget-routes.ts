import { Hono } from 'hono';
import * as v from 'valibot';
import { HelpLangQuerySchema, HelpSearchQuerySchema, WidgetHelpVoteBodySchema } from '../../common/schemas/help';
import { clientIp, enforceRateLimit, type RateRule } from '../lib/rate-limit';
import { validate } from '../lib/validate';
import type { AppEnv } from '../types';
import { originNotAllowed, preflightAllowed, preflightHeaders, widgetAccess, widgetCors } from '../widget/access';
import { VOTE_ADDRESS_RULE, withHtml } from './routes';
import { searchArticles } from './search';
import { getArticle, listArticles, recordVote } from './store';
import { widgetVoterId } from './voter';

const KeySchema = v.object({ key: v.pipe(v.string(), v.minLength(1), v.maxLength(100)) });

/** Help reads per network: search-as-you-type sends a request per pause in typing. */
export const WIDGET_HELP_RULE: RateRule = { limit: 120, windowMs: 60 * 1000 };

/** The company whose widget runs on this page (registered origin or Test chat), else 403. */
async function companyOf(c: Parameters<typeof widgetAccess>[0], key: string): Promise<string> {
  const access = await widgetAccess(c, key);
  if (!access) throw originNotAllowed();
  return access.companyId;
}

/**
 * The company help center in the widget (F19): published articles only, searched and read from a
 * page where the company's widget may run, rate limited per network address.
 */
export const widgetHelpRoutes = new Hono<AppEnv>()
  .use('/articles/*', widgetCors)
  .use('/articles', widgetCors)
  .get('/articles', validate('query', v.object({ ...HelpSearchQuerySchema.entries, ...KeySchema.entries })), async (c) => {
    await enforceRateLimit(c, `widget-help:${clientIp(c)}`, WIDGET_HELP_RULE);
    const { key, q, lang } = c.req.valid('query');
    const scope = await companyOf(c, key);
    if (q?.trim()) return c.json({ articles: await searchArticles(c.env.DB, scope, lang, q) });
    return c.json({ articles: await listArticles(c.get('db'), scope, lang, false) });
  })
  .get('/articles/:slug', validate('query', v.object({ ...HelpLangQuerySchema.entries, ...KeySchema.entries })), async (c) => {
    await enforceRateLimit(c, `widget-help:${clientIp(c)}`, WIDGET_HELP_RULE);
    const { key, lang } = c.req.valid('query');
    return c.json(withHtml(await getArticle(c.get('db'), await companyOf(c, key), c.req.param('slug'), lang, false)));
  })
  .options('/articles/:slug/votes', async (c) => {
    if (!(await preflightAllowed(c))) throw originNotAllowed();
    return c.body(null, 204, preflightHeaders('POST, OPTIONS'));
  })
  .post('/articles/:slug/votes', validate('query', KeySchema), validate('json', WidgetHelpVoteBodySchema), async (c) => {
    await enforceRateLimit(c, `help-vote:${clientIp(c)}`, VOTE_ADDRESS_RULE);
    const scope = await companyOf(c, c.req.valid('query').key);
    const { helpful, visitor } = c.req.valid('json');
    await recordVote(c.get('db'), scope, c.req.param('slug'), await widgetVoterId(c, visitor), helpful);
    return c.json({ helpful }, 201);
  });
