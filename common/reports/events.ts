import * as v from 'valibot';

/**
 * Why a chat the visitor started got no operator reply (F22): the visitor left the queue, the
 * chat ended with the offline form offered (queue full, busy behaviour, its operator lost), or
 * nobody serving the visitor was online.
 */
export const MISSED_REASONS = ['left_queue', 'offline_form', 'nobody_online'] as const;
export type MissedReason = (typeof MISSED_REASONS)[number];

export const CLOSED_BY = ['visitor', 'operator', 'system'] as const;
export const RATINGS = ['good', 'bad'] as const;

const base = { id: v.string(), chatId: v.string(), at: v.number() };

/**
 * One chat lifecycle event, as the company room records it once, with the change it describes
 * (issue 16). Stored in the room's outbox and in D1 as JSON; `id` is unique per event.
 */
export const ChatEventSchema = v.variant('kind', [
  /**
   * The visitor's first message started the chat. `test`: a member's chat from the console's Test
   * chat page, which reports leave out (absent on events recorded before it existed).
   */
  v.object({
    ...base,
    kind: v.literal('started'),
    language: v.string(),
    category: v.nullable(v.string()),
    test: v.optional(v.boolean()),
  }),
  /** The chat waits in the queue for a free operator. */
  v.object({ ...base, kind: v.literal('queued') }),
  /** An operator took the chat: the first time, after a transfer or a reassignment. */
  v.object({ ...base, kind: v.literal('assigned'), operatorId: v.string() }),
  /** The first operator message the visitor could see. */
  v.object({ ...base, kind: v.literal('first_reply'), operatorId: v.string() }),
  v.object({ ...base, kind: v.literal('transferred'), fromOperatorId: v.string(), toOperatorId: v.string() }),
  v.object({ ...base, kind: v.literal('closed'), by: v.picklist(CLOSED_BY), operatorId: v.nullable(v.string()) }),
  v.object({ ...base, kind: v.literal('rated'), rating: v.picklist(RATINGS) }),
  v.object({ ...base, kind: v.literal('missed'), reason: v.picklist(MISSED_REASONS) }),
  /** An offline form message; its `chatId` is the message's id. */
  v.object({ ...base, kind: v.literal('offline_message') }),
]);
export type ChatEvent = v.InferOutput<typeof ChatEventSchema>;
export type ChatEventKind = ChatEvent['kind'];
