import type { Rating, VisitorRate } from '../../../common/protocol/rating';
import { MAX_RATING_COMMENT_CHARS } from '../../../common/protocol/rating-limits';

/** The `rate` frame for the visitor's choice (F21): the comment trimmed and cut to what the server takes. */
export function rateFrame(chatId: string, rating: Rating, comment: string): VisitorRate {
  return { type: 'rate', chatId, rating, comment: comment.trim().slice(0, MAX_RATING_COMMENT_CHARS) };
}
