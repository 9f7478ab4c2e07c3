/**
 * Longest optional comment with a chat rating (F21), in characters. A module of its own: the
 * widget's rating chunk imports it without pulling the shared limits out of the app chunk.
 */
export const MAX_RATING_COMMENT_CHARS = 1000;
