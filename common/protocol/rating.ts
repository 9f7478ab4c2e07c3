import * as v from 'valibot';
import { MAX_RATING_COMMENT_CHARS } from './rating-limits';
import { ServerIdSchema } from './shared';

/** How a visitor rates an ended chat (F21). */
export const RATINGS = ['good', 'bad'] as const;
export type Rating = (typeof RATINGS)[number];
export const RatingSchema = v.picklist(RATINGS);

/** A rating as stored with its chat: an empty comment is kept as null. */
export const ChatRatingSchema = v.object({ rating: RatingSchema, comment: v.nullable(v.string()), at: v.number() });
export type ChatRating = v.InferOutput<typeof ChatRatingSchema>;

/**
 * The visitor rates their ended chat, once (F21). Only a socket whose `hello` proved the chat's
 * visitor secret may, and only while the company has ratings on.
 */
export const VisitorRateSchema = v.object({
  type: v.literal('rate'),
  chatId: ServerIdSchema,
  rating: RatingSchema,
  comment: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(MAX_RATING_COMMENT_CHARS)), ''),
});
export type VisitorRate = v.InferOutput<typeof VisitorRateSchema>;

/** The rating was stored: to the visitor's tabs (the acknowledgement) and to the chat's operator (live). */
export const RatedFrameSchema = v.object({ type: v.literal('rated'), chatId: v.string(), rating: ChatRatingSchema });
