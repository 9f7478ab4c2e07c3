import * as v from 'valibot';
import { ClientIdSchema } from '../protocol/shared';
import { EmailSchema } from './auth';
import { LanguageCodeSchema } from './company';

export const HELP_TITLE_MAX = 200;
export const HELP_BODY_MAX = 50_000;
export const HELP_QUERY_MAX = 1000;
export const HELP_FEEDBACK_MAX = 5000;
/** The language an article or search is in when the request names none. */
export const HELP_DEFAULT_LANG = 'en';

/** One ASCII slug names an article in every language (`/help/:lang/:slug`). */
export const HelpSlugSchema = v.pipe(
  v.string('Enter a slug.'),
  v.trim(),
  v.maxLength(80, 'Use at most 80 characters.'),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lowercase letters, digits and single hyphens.'),
);

export const HelpTranslationSchema = v.object({
  lang: LanguageCodeSchema,
  title: v.pipe(v.string('Enter a title.'), v.trim(), v.nonEmpty('Enter a title.'), v.maxLength(HELP_TITLE_MAX, 'The title is too long.')),
  body: v.pipe(
    v.string('Write the article.'),
    v.trim(),
    v.nonEmpty('Write the article.'),
    v.maxLength(HELP_BODY_MAX, 'The article is too long.'),
  ),
});
export type HelpTranslation = v.InferOutput<typeof HelpTranslationSchema>;

const Translations = v.pipe(
  v.array(HelpTranslationSchema, 'Send the article’s languages.'),
  v.minLength(1, 'Write the article in at least one language.'),
  v.maxLength(30, 'Too many languages.'),
  v.check((list) => new Set(list.map((t) => t.lang)).size === list.length, 'Each language once.'),
);

const Position = v.pipe(v.number('Send a number.'), v.integer('Send a whole number.'), v.minValue(0), v.maxValue(100_000));

/** POST …/articles */
export const HelpArticleBodySchema = v.object({
  slug: HelpSlugSchema,
  position: v.optional(Position),
  published: v.optional(v.boolean()),
  translations: Translations,
});
export type HelpArticleBody = v.InferOutput<typeof HelpArticleBodySchema>;

/** PATCH …/articles/:slug: what it names changes; a listed language is written whole, others stay. */
export const HelpArticlePatchSchema = v.object({
  slug: v.optional(HelpSlugSchema),
  position: v.optional(Position),
  published: v.optional(v.boolean()),
  translations: v.optional(Translations),
});
export type HelpArticlePatch = v.InferOutput<typeof HelpArticlePatchSchema>;

/** GET …/articles?q=&lang= (a long query is accepted and cut by the engine). */
export const HelpSearchQuerySchema = v.object({
  q: v.optional(v.pipe(v.string(), v.maxLength(HELP_QUERY_MAX, 'The search is too long.'))),
  lang: v.optional(LanguageCodeSchema, HELP_DEFAULT_LANG),
});

/** GET …/articles/:slug?lang= */
export const HelpLangQuerySchema = v.object({ lang: v.optional(LanguageCodeSchema, HELP_DEFAULT_LANG) });

/** POST …/articles/:slug/votes */
export const HelpVoteBodySchema = v.object({ helpful: v.boolean('Answer true or false.') });

/**
 * POST /api/widget/articles/:slug/votes: the widget names its visitor (their public id), since a
 * cross-site request carries no voter cookie; a second vote of that visitor replaces the first.
 */
export const WidgetHelpVoteBodySchema = v.object({ ...HelpVoteBodySchema.entries, visitor: v.optional(ClientIdSchema) });

/** POST /api/help/feedback. `website` is a honeypot: people never see it, so a filled one is a bot. */
export const HelpFeedbackBodySchema = v.object({
  email: EmailSchema,
  message: v.pipe(
    v.string('Write a message.'),
    v.trim(),
    v.nonEmpty('Write a message.'),
    v.maxLength(HELP_FEEDBACK_MAX, 'The message is too long.'),
  ),
  articleSlug: v.optional(HelpSlugSchema),
  website: v.optional(v.string()),
});
export type HelpFeedbackBody = v.InferOutput<typeof HelpFeedbackBodySchema>;
