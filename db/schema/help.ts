import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** Public knowledge-base articles (F16), one row per slug and language. */
export const helpArticles = sqliteTable(
  'help_articles',
  {
    id: text('id').primaryKey(),
    slug: text('slug').notNull(),
    lang: text('lang').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('help_articles_slug_lang_idx').on(t.slug, t.lang)],
);

export const feedback = sqliteTable('feedback', {
  id: text('id').primaryKey(),
  email: text('email').notNull(),
  message: text('message').notNull(),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
});
