import * as v from 'valibot';
import { EmailSchema } from './auth';

/** Offline form limits (F14), shared by the widget form and the server. */
export const OFFLINE_THEME_MAX_LENGTH = 200;
export const OFFLINE_MESSAGE_MAX_LENGTH = 5000;
/** Delivery attempts per message before it is marked `failed` (still stored and listed). */
export const OFFLINE_MAX_DELIVERY_TRIES = 5;
/** Name of the honeypot input: hidden from people, so only bots fill it in. */
export const OFFLINE_HONEYPOT_FIELD = 'website';

/**
 * POST /api/widget/offline-messages. `website` is the honeypot: a person leaves it empty; a
 * filled one is accepted like any other submission (so bots learn nothing) but never mailed.
 */
export const OfflineMessageBodySchema = v.object({
  key: v.pipe(
    v.string('The widget key is missing.'),
    v.nonEmpty('The widget key is missing.'),
    v.maxLength(100, 'The widget key is not valid.'),
  ),
  email: EmailSchema,
  theme: v.pipe(
    v.string('Enter a subject.'),
    v.trim(),
    v.nonEmpty('Enter a subject.'),
    v.maxLength(OFFLINE_THEME_MAX_LENGTH, `Use at most ${OFFLINE_THEME_MAX_LENGTH} characters.`),
  ),
  message: v.pipe(
    v.string('Enter a message.'),
    v.trim(),
    v.nonEmpty('Enter a message.'),
    v.maxLength(OFFLINE_MESSAGE_MAX_LENGTH, `Use at most ${OFFLINE_MESSAGE_MAX_LENGTH} characters.`),
  ),
  // Never stored, so no length limit: a limit would answer bots differently from people.
  [OFFLINE_HONEYPOT_FIELD]: v.optional(v.string()),
  visitorId: v.optional(v.pipe(v.string(), v.nonEmpty(), v.maxLength(100, 'The visitor id is not valid.'))),
});
export type OfflineMessageBody = v.InferInput<typeof OfflineMessageBodySchema>;

/** PATCH /api/companies/:companyId/offline-messages/:id */
export const OfflineMessagePatchSchema = v.object({ read: v.boolean('Say whether the message is read.') });
export type OfflineMessagePatch = v.InferInput<typeof OfflineMessagePatchSchema>;

/** `suppressed` marks honeypot submissions: stored, never mailed, not listed. */
export const DELIVERY_STATUSES = ['pending', 'sent', 'failed', 'suppressed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** One offline message as the console API answers it (dates as ISO strings). */
export interface OfflineMessageView {
  id: string;
  email: string;
  theme: string;
  message: string;
  read: boolean;
  deliveryStatus: DeliveryStatus;
  tries: number;
  lastError: string | null;
  /** When the next delivery attempt is due while `pending`; null otherwise. */
  nextAttemptAt: string | null;
  createdAt: string;
}

/** GET /api/companies/:companyId/offline-messages — newest first, one page at a time. */
export interface OfflineMessageList {
  messages: OfflineMessageView[];
  /** Unread messages of the whole company, not only this page (the navigation badge). */
  unreadCount: number;
  /** Pass as `?cursor=` for the next (older) page; null on the last page. */
  nextCursor: string | null;
}
