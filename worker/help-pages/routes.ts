import { eq } from 'drizzle-orm';
import { type Context, Hono } from 'hono';
import * as v from 'valibot';
import { isPageLang, PAGE_LANGS } from '../../common/help/page-langs';
import { renderArticle as toHtml } from '../../common/help/render';
import { HELP_QUERY_MAX, HelpFeedbackBodySchema } from '../../common/schemas/help';
import { getDb } from '../../db/client';
import { companies } from '../../db/schema';
import { VOTE_ADDRESS_RULE } from '../help/routes';
import { searchArticles } from '../help/search';
import { getArticle, type HelpScope, listArticles, recordVote } from '../help/store';
import { submitFeedback } from '../help/submit-feedback';
import { voterId } from '../help/voter';
import { WIDGET_HELP_RULE } from '../help/widget-routes';
import { ApiError } from '../lib/errors';
import { clientIp, enforceRateLimit } from '../lib/rate-limit';
import type { AppEnv } from '../types';
import type { FeedbackState } from './feedback-form';
import { negotiateLang } from './lang';
import { articlePage, indexPage, notFoundPage, type Site } from './pages';
import { PAGE_STRINGS, type PageStrings } from './strings';

type C = Context<AppEnv>;

/** One request's help center, language and texts; null when the path names none (404). */
interface Ctx {
  site: Site;
  scope: HelpScope;
  lang: string;
  t: PageStrings;
}

const ownLangs = (langs: readonly string[]) => langs.map((lang) => ({ lang, name: isPageLang(lang) ? PAGE_STRINGS[lang].name : lang }));
const textsFor = (lang: string) => (isPageLang(lang) ? PAGE_STRINGS[lang] : PAGE_STRINGS.en);
const LANG = /^[a-z]{2,3}$/;

/** Parley's pages exist in our page languages; a company's in any language its articles are written in. */
async function context(c: C): Promise<Ctx | null> {
  const lang = c.req.param('lang') ?? '';
  const key = c.req.param('key');
  const origin = new URL(c.env.APP_ORIGIN).origin;
  if (key === undefined) {
    if (!isPageLang(lang)) return null;
    const t = PAGE_STRINGS[lang];
    return { site: { base: '/help', name: t.title, origin }, scope: null, lang, t };
  }
  if (!LANG.test(lang)) return null;
  const company = await getDb(c.env.DB)
    .select({ id: companies.id, name: companies.name })
    .from(companies)
    .where(eq(companies.publicKey, key))
    .get();
  if (!company) return null;
  const t = textsFor(lang);
  return { site: { base: `/help/c/${encodeURIComponent(key)}`, name: t.companyTitle(company.name), origin }, scope: company.id, lang, t };
}

/** The languages of a help center's index: ours for Parley, only the one shown for a company. */
const indexLangs = (ctx: Ctx) => ownLangs(ctx.scope === null ? PAGE_LANGS : [ctx.lang]);

// Pages change the moment an admin saves an article, and after a vote or a post they say so.
const page = (c: C, body: Parameters<C['html']>[0], status: 200 | 404 | 422 | 429 = 200) => {
  c.header('Cache-Control', 'no-cache');
  return c.html(body, status);
};

function notFound(c: C, ctx: Ctx | null) {
  const lang = ctx?.lang ?? negotiateLang(c.req.header('accept-language'));
  const t = ctx?.t ?? textsFor(lang);
  const site = ctx?.site ?? { base: '/help', name: t.title, origin: new URL(c.env.APP_ORIGIN).origin };
  return page(c, notFoundPage({ site, lang, t, langs: [] }), 404);
}

async function renderIndex(c: C, ctx: Ctx, feedback: FeedbackState, status?: 422 | 429) {
  const db = getDb(c.env.DB);
  const q = (c.req.query('q') ?? '').slice(0, HELP_QUERY_MAX);
  const [articles, hits] = await Promise.all([
    listArticles(db, ctx.scope, ctx.lang, false),
    q.trim() ? searchArticles(c.env.DB, ctx.scope, ctx.lang, q) : null,
  ]);
  return page(c, indexPage({ ...ctx, langs: indexLangs(ctx), articles, q, hits, feedback }), status);
}

async function renderArticle(c: C, ctx: Ctx, slug: string, feedback: FeedbackState, status?: 422 | 429) {
  const db = getDb(c.env.DB);
  let article: Awaited<ReturnType<typeof getArticle>>;
  try {
    article = await getArticle(db, ctx.scope, slug, ctx.lang, false);
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return notFound(c, ctx);
    throw err;
  }
  const voted = c.req.query('voted');
  return page(
    c,
    articlePage({
      ...ctx,
      langs: ownLangs(article.langs),
      article,
      html: toHtml(article.body),
      articles: await listArticles(db, ctx.scope, ctx.lang, false),
      voted: voted === 'yes' || voted === 'no' ? voted : null,
      ask: c.req.query('ask') === '1',
      feedback: { ...feedback, sent: feedback.sent ?? c.req.query('sent') === '1' },
      interactive: true,
    }),
    status,
  );
}

const form = async (c: C): Promise<Record<string, string>> => {
  const body = await c.req.parseBody();
  return Object.fromEntries(Object.entries(body).filter((e): e is [string, string] => typeof e[1] === 'string'));
};

/** The no-JS feedback post: stored and mailed like the API's, then back to the page it came from. */
async function postFeedback(c: C, ctx: Ctx) {
  const fields = await form(c);
  const index = `${ctx.site.base}/${ctx.lang}`;
  // Only a page of this help center in this language, so the redirect can't leave it.
  const slug = fields.page?.startsWith(`${index}/`) ? fields.page.slice(index.length + 1) : null;
  const from = slug && /^[a-z0-9-]{1,80}$/.test(slug) ? slug : null;
  const values = { email: fields.email ?? '', message: fields.message ?? '', articleSlug: fields.articleSlug || undefined };
  const back = (state: FeedbackState, status: 422 | 429) =>
    from ? renderArticle(c, ctx, from, state, status) : renderIndex(c, ctx, state, status);
  const parsed = v.safeParse(HelpFeedbackBodySchema, { ...values, website: fields.website || undefined });
  if (!parsed.success) {
    const bad = new Set(parsed.issues.map((i) => v.getDotPath(i)));
    const errors: FeedbackState['errors'] = {};
    if (bad.has('email')) errors.email = ctx.t.errEmail;
    if (bad.has('message')) errors.message = ctx.t.errMessage;
    if (bad.has('articleSlug')) errors.articleSlug = ctx.t.errArticle;
    return back({ values, errors }, 422);
  }
  try {
    await submitFeedback(c, ctx.scope, parsed.output);
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    if (err.status === 404) return back({ values, errors: { articleSlug: ctx.t.errArticle } }, 422);
    if (err.status === 429) return back({ values, errors: { form: err.message } }, 429);
    throw err;
  }
  return c.redirect(`${from ? `${index}/${from}` : index}?sent=1#feedback`, 303);
}

/** The no-JS "Was this helpful?": one vote per visitor (the voter cookie); a "no" opens the feedback form. */
async function postVote(c: C, ctx: Ctx, slug: string) {
  const helpful = (await form(c)).helpful;
  const self = `${ctx.site.base}/${ctx.lang}/${slug}`;
  if (helpful !== 'yes' && helpful !== 'no') return c.redirect(self, 303);
  await enforceRateLimit(c, `help-vote:${clientIp(c)}`, VOTE_ADDRESS_RULE);
  try {
    await recordVote(getDb(c.env.DB), ctx.scope, slug, await voterId(c), helpful === 'yes');
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return notFound(c, ctx);
    throw err;
  }
  return c.redirect(helpful === 'yes' ? `${self}?voted=yes` : `${self}?voted=no#feedback`, 303);
}

const withCtx = (handler: (c: C, ctx: Ctx) => Promise<Response>) => async (c: C) => {
  const ctx = await context(c);
  return ctx ? handler(c, ctx) : notFound(c, null);
};

/** The index page as JSON (`Accept: application/json`): the hits for `q`, for the page's search-as-you-type. */
async function suggestions(c: C, ctx: Ctx) {
  // The widget's allowance for the same search-as-you-type.
  await enforceRateLimit(c, `help-suggest:${clientIp(c)}`, WIDGET_HELP_RULE);
  const q = (c.req.query('q') ?? '').slice(0, HELP_QUERY_MAX);
  c.header('Cache-Control', 'no-cache');
  c.header('Vary', 'Accept');
  return c.json({ articles: q.trim() ? await searchArticles(c.env.DB, ctx.scope, ctx.lang, q) : [] });
}

const wantsJson = (c: C) => (c.req.header('accept') ?? '').includes('application/json');

const pages = new Hono<AppEnv>()
  .get(
    '/:lang',
    withCtx((c, ctx) => {
      if (wantsJson(c)) return suggestions(c, ctx);
      c.header('Vary', 'Accept');
      return renderIndex(c, ctx, { sent: c.req.query('sent') === '1' });
    }),
  )
  .post('/:lang/feedback', withCtx(postFeedback))
  .get(
    '/:lang/:slug',
    withCtx((c, ctx) => renderArticle(c, ctx, c.req.param('slug') ?? '', {})),
  )
  .post(
    '/:lang/:slug/vote',
    withCtx((c, ctx) => postVote(c, ctx, c.req.param('slug') ?? '')),
  );

/**
 * The help pages (F16, F19), server-rendered and complete without JavaScript: `/help` sends the
 * visitor to their language, `/help/:lang[/:slug]` is Parley's knowledge base, and
 * `/help/c/:key/:lang[/:slug]` a company's help center in the same layout. Anything else is the
 * help 404 page.
 */
export const helpPageRoutes = new Hono<AppEnv>()
  .get('/', (c) => {
    c.header('Vary', 'Accept-Language');
    return c.redirect(`/help/${negotiateLang(c.req.header('accept-language'))}`, 302);
  })
  .route('/c/:key', pages)
  .route('/', pages)
  .all('*', (c) => notFound(c, null));
