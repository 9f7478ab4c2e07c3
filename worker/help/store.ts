import { and, asc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import { plainText, stemText } from '../../common/help/text';
import { randomId } from '../../common/ids';
import type { HelpArticleBody, HelpArticlePatch, HelpTranslation } from '../../common/schemas/help';
import type { Db } from '../../db/client';
import { helpArticles, helpFeedback, helpTranslations, helpVotes } from '../../db/schema';
import { ApiError, notFound } from '../lib/errors';
import { MAX_DELIVERY_TRIES } from '../offline/retry-policy';

/** Whose articles: Parley's public knowledge base (null) or one company's help center. */
export type HelpScope = string | null;

type ArticleRow = typeof helpArticles.$inferSelect;

export const inScope = (scope: HelpScope): SQL => (scope === null ? isNull(helpArticles.companyId) : eq(helpArticles.companyId, scope));
const visible = (drafts: boolean): SQL | undefined => (drafts ? undefined : eq(helpArticles.published, true));

/** An article in one language as the API shows it. */
export interface ArticleView {
  slug: string;
  lang: string;
  title: string;
  body: string;
  published: boolean;
  position: number;
  /** Every language the article is written in, for the language switch. */
  langs: string[];
  updatedAt: string;
}

/** One line of a list: no body, a plain-text excerpt instead. */
export interface ArticleSummary {
  slug: string;
  title: string;
  excerpt: string;
  published: boolean;
  position: number;
}

const EXCERPT_CHARS = 160;
const excerpt = (body: string) => {
  const text = plainText(body);
  return text.length <= EXCERPT_CHARS ? text : `${text.slice(0, EXCERPT_CHARS).replace(/\s+\S*$/, '')} …`;
};

/** Articles written in `lang`, in the listing order; drafts only for those who edit them. */
export async function listArticles(db: Db, scope: HelpScope, lang: string, drafts: boolean): Promise<ArticleSummary[]> {
  const rows = await db
    .select({ a: helpArticles, t: { title: helpTranslations.title, body: helpTranslations.body } })
    .from(helpArticles)
    .innerJoin(helpTranslations, and(eq(helpTranslations.articleId, helpArticles.id), eq(helpTranslations.lang, lang)))
    .where(and(inScope(scope), visible(drafts)))
    .orderBy(asc(helpArticles.position), asc(helpArticles.slug));
  return rows.map(({ a, t }) => ({ slug: a.slug, title: t.title, excerpt: excerpt(t.body), published: a.published, position: a.position }));
}

async function findArticle(db: Db, scope: HelpScope, slug: string, drafts: boolean): Promise<ArticleRow> {
  const row = await db
    .select()
    .from(helpArticles)
    .where(and(inScope(scope), eq(helpArticles.slug, slug), visible(drafts)))
    .get();
  if (!row) throw notFound('article');
  return row;
}

/** One article in `lang`; 404 when it is missing, a hidden draft, or not written in that language. */
export async function getArticle(db: Db, scope: HelpScope, slug: string, lang: string, drafts: boolean): Promise<ArticleView> {
  const article = await findArticle(db, scope, slug, drafts);
  const translations = await db.select().from(helpTranslations).where(eq(helpTranslations.articleId, article.id));
  const t = translations.find((row) => row.lang === lang);
  if (!t) throw notFound('article in this language');
  return {
    slug: article.slug,
    lang,
    title: t.title,
    body: t.body,
    published: article.published,
    position: article.position,
    langs: translations.map((row) => row.lang).sort(),
    updatedAt: new Date(Math.max(article.updatedAt.getTime(), t.updatedAt.getTime())).toISOString(),
  };
}

const slugTaken = (slug: string) =>
  new ApiError(409, 'slug_taken', `Another article already uses the slug “${slug}”.`, {
    slug: `Another article already uses the slug “${slug}”.`,
  });

async function ensureSlugFree(db: Db, scope: HelpScope, slug: string, exceptId?: string): Promise<void> {
  const clash = await db
    .select({ id: helpArticles.id })
    .from(helpArticles)
    .where(and(inScope(scope), eq(helpArticles.slug, slug)))
    .get();
  if (clash && clash.id !== exceptId) throw slugTaken(slug);
}

/** The row of one language, with its hidden stemmed columns computed here (the only writer). */
const translationRow = (articleId: string, t: HelpTranslation, now: Date) => ({
  articleId,
  lang: t.lang,
  title: t.title,
  body: t.body,
  titleStem: stemText(t.title),
  bodyStem: stemText(t.body),
  updatedAt: now,
});

function upsertTranslations(db: Db, articleId: string, list: readonly HelpTranslation[], now: Date) {
  return list.map((t) =>
    db
      .insert(helpTranslations)
      .values(translationRow(articleId, t, now))
      .onConflictDoUpdate({
        target: [helpTranslations.articleId, helpTranslations.lang],
        set: { title: t.title, body: t.body, titleStem: stemText(t.title), bodyStem: stemText(t.body), updatedAt: now },
      }),
  );
}

export async function createArticle(db: Db, scope: HelpScope, input: HelpArticleBody): Promise<string> {
  await ensureSlugFree(db, scope, input.slug);
  const now = new Date();
  const id = randomId();
  const position =
    input.position ??
    ((
      await db
        .select({ max: sql<number | null>`max(${helpArticles.position})` })
        .from(helpArticles)
        .where(inScope(scope))
        .get()
    )?.max ?? -1) + 1;
  await db.batch([
    db.insert(helpArticles).values({
      id,
      companyId: scope,
      slug: input.slug,
      position,
      published: input.published ?? false,
      createdAt: now,
      updatedAt: now,
    }),
    ...upsertTranslations(db, id, input.translations, now),
  ]);
  return input.slug;
}

/** Applies a patch; returns the article's slug after it (a patch may rename it). */
export async function updateArticle(db: Db, scope: HelpScope, slug: string, patch: HelpArticlePatch): Promise<string> {
  const article = await findArticle(db, scope, slug, true);
  if (patch.slug !== undefined && patch.slug !== slug) await ensureSlugFree(db, scope, patch.slug, article.id);
  const now = new Date();
  await db.batch([
    db
      .update(helpArticles)
      .set({
        ...(patch.slug !== undefined ? { slug: patch.slug } : {}),
        ...(patch.position !== undefined ? { position: patch.position } : {}),
        ...(patch.published !== undefined ? { published: patch.published } : {}),
        updatedAt: now,
      })
      .where(eq(helpArticles.id, article.id)),
    ...upsertTranslations(db, article.id, patch.translations ?? [], now),
  ]);
  return patch.slug ?? slug;
}

/** Deletes the article; its translations, index entries and votes go with it (cascade and triggers). */
export async function deleteArticle(db: Db, scope: HelpScope, slug: string): Promise<void> {
  const article = await findArticle(db, scope, slug, true);
  await db.delete(helpArticles).where(eq(helpArticles.id, article.id));
}

/** Records a visitor's vote on a published article; a second vote replaces the first. */
export async function recordVote(db: Db, scope: HelpScope, slug: string, voter: string, helpful: boolean): Promise<void> {
  const article = await findArticle(db, scope, slug, false);
  const now = new Date();
  await db
    .insert(helpVotes)
    .values({ articleId: article.id, companyId: scope, voter, helpful, updatedAt: now })
    .onConflictDoUpdate({ target: [helpVotes.articleId, helpVotes.voter], set: { helpful, updatedAt: now } });
}

/** Helpful and not-helpful counts of every article in the scope that has votes. */
export async function voteCounts(db: Db, scope: HelpScope): Promise<{ slug: string; helpful: number; notHelpful: number }[]> {
  return db
    .select({
      slug: helpArticles.slug,
      helpful: sql<number>`sum(${helpVotes.helpful} = 1)`.mapWith(Number),
      notHelpful: sql<number>`sum(${helpVotes.helpful} = 0)`.mapWith(Number),
    })
    .from(helpVotes)
    .innerJoin(helpArticles, eq(helpArticles.id, helpVotes.articleId))
    .where(inScope(scope))
    .groupBy(helpArticles.id)
    .orderBy(asc(helpArticles.position), asc(helpArticles.slug));
}

/** Stores a feedback message (before any mail is tried); the id is the mail job's. */
export async function addFeedback(
  db: Db,
  scope: HelpScope,
  input: { email: string; message: string; articleSlug?: string | undefined },
): Promise<string> {
  const article = input.articleSlug ? await findArticle(db, scope, input.articleSlug, false) : null;
  const id = randomId();
  await db.insert(helpFeedback).values({
    id,
    companyId: scope,
    articleId: article?.id ?? null,
    email: input.email,
    message: input.message,
    createdAt: new Date(),
  });
  return id;
}

/** The feedback list, newest first, with the article's slug when one was named. */
export async function listFeedback(db: Db, scope: HelpScope, limit = 200) {
  const rows = await db
    .select({ f: helpFeedback, slug: helpArticles.slug })
    .from(helpFeedback)
    .leftJoin(helpArticles, eq(helpArticles.id, helpFeedback.articleId))
    .where(scope === null ? isNull(helpFeedback.companyId) : eq(helpFeedback.companyId, scope))
    .orderBy(sql`${helpFeedback.createdAt} DESC`)
    .limit(limit);
  return rows.map(({ f, slug }) => ({
    id: f.id,
    email: f.email,
    message: f.message,
    articleSlug: slug,
    createdAt: f.createdAt.toISOString(),
    mailedAt: f.mailedAt?.toISOString() ?? null,
    /** Every delivery try failed: nothing more will be sent. */
    mailFailed: f.mailedAt === null && f.mailTries >= MAX_DELIVERY_TRIES,
  }));
}
