import { isNotNull, isNull } from 'drizzle-orm';
import { integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { companies } from './companies';

/**
 * Knowledge-base articles (F16, F19): `company_id` NULL is Parley's public base, otherwise one
 * company's help center. A slug names one article across its languages, unique per scope.
 */
export const helpArticles = sqliteTable(
  'help_articles',
  {
    id: text('id').primaryKey(),
    companyId: text('company_id').references(() => companies.id, { onDelete: 'cascade' }),
    slug: text('slug').notNull(),
    position: integer('position').notNull().default(0),
    published: integer('published', { mode: 'boolean' }).notNull().default(false),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    // SQLite treats NULLs as distinct in a unique index, so the public scope needs its own.
    uniqueIndex('help_articles_public_slug_idx').on(t.slug).where(isNull(t.companyId)),
    uniqueIndex('help_articles_company_slug_idx').on(t.companyId, t.slug).where(isNotNull(t.companyId)),
  ],
);

/**
 * One language of an article. The integer id is the FTS5 rowid (the hand-written help_search
 * migration); `title_stem`/`body_stem` are the text the index reads (common/help/stem-text.ts), never shown.
 */
export const helpTranslations = sqliteTable(
  'help_translations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: text('article_id')
      .notNull()
      .references(() => helpArticles.id, { onDelete: 'cascade' }),
    lang: text('lang').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    titleStem: text('title_stem').notNull(),
    bodyStem: text('body_stem').notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('help_translations_article_lang_idx').on(t.articleId, t.lang)],
);

/**
 * "Was this helpful?" (F16): one row per visitor and article, so a second vote replaces the first.
 * `voter` is the SHA-256 of the random `parley_voter` cookie (worker/help/voter.ts), never the cookie.
 * `company_id` repeats the article's scope so a company's votes are found (and erased) by company.
 */
export const helpVotes = sqliteTable(
  'help_votes',
  {
    articleId: text('article_id')
      .notNull()
      .references(() => helpArticles.id, { onDelete: 'cascade' }),
    companyId: text('company_id').references(() => companies.id, { onDelete: 'cascade' }),
    voter: text('voter').notNull(),
    helpful: integer('helpful', { mode: 'boolean' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.voter] })],
);

/**
 * The feedback form (F16, F19): stored first, then mailed (Parley's to the admins, a company's to
 * its notification address); `mailed_at` marks delivery. Mail attempts follow the offline form's
 * retry policy: `mail_tries` counts them, `next_mail_attempt_at` is the lease or the backoff.
 */
export const helpFeedback = sqliteTable('help_feedback', {
  id: text('id').primaryKey(),
  companyId: text('company_id').references(() => companies.id, { onDelete: 'cascade' }),
  articleId: text('article_id').references(() => helpArticles.id, { onDelete: 'set null' }),
  email: text('email').notNull(),
  message: text('message').notNull(),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  mailedAt: integer('mailed_at', { mode: 'timestamp_ms' }),
  mailTries: integer('mail_tries').notNull().default(0),
  nextMailAttemptAt: integer('next_mail_attempt_at', { mode: 'timestamp_ms' }),
});
