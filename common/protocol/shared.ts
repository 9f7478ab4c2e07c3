import * as v from 'valibot';
import { MAX_ATTACHMENTS_PER_MESSAGE } from '../attachments/limits';
import { MAX_ID_CHARS, MAX_TEXT_CHARS, MAX_TITLE_BYTES, MAX_URL_BYTES, MIN_SECRET_CHARS } from './limits';

/** An id chosen by a client: the visitor id kept in the browser, a message's client id. */
export const ClientIdSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_ID_CHARS), v.regex(/^[\w-]+$/));

/** The visitor's secret: random, kept by the widget, proves a visitor id is theirs (never shown to operators). */
export const VisitorSecretSchema = v.pipe(v.string(), v.minLength(MIN_SECRET_CHARS), v.maxLength(MAX_ID_CHARS), v.regex(/^[\w-]+$/));

/** An id chosen by the server (chats, operators, categories). */
export const ServerIdSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_ID_CHARS));

/** A chat message's text: 1–MAX_TEXT_CHARS characters, not only whitespace. */
export const MessageTextSchema = v.pipe(
  v.string(),
  v.maxLength(MAX_TEXT_CHARS),
  v.check((s) => s.trim().length > 0, 'The message is empty.'),
);

/** A message's text when it carries files: at most MAX_TEXT_CHARS, and may be empty (F20). */
export const CaptionTextSchema = v.pipe(v.string(), v.maxLength(MAX_TEXT_CHARS));

/** The files a message carries (F20): ids from the upload answers, each once. */
export const AttachmentIdsSchema = v.pipe(
  v.array(ServerIdSchema),
  v.minLength(1),
  v.maxLength(MAX_ATTACHMENTS_PER_MESSAGE),
  v.check((ids) => new Set(ids).size === ids.length, 'A file is named twice.'),
);

/**
 * Whether a frame says something: a `message` needs files or text that isn't only whitespace
 * (MessageTextSchema's rule); other frames always pass. One rule for both sides' `message` frames.
 */
export function hasContent(frame: { type: string; text?: string; attachmentIds?: readonly string[] }): boolean {
  if (frame.type !== 'message') return true;
  return (frame.attachmentIds?.length ?? 0) > 0 || (frame.text ?? '').trim().length > 0;
}

/**
 * A file a message carries (F20), as every client shows it: `url` is signed and expires
 * (LIVE_URL_TTL_MS), and a fresh one comes with every frame and history read.
 */
export const AttachmentSchema = v.object({
  id: v.string(),
  name: v.string(),
  /** The type sniffed from the file's bytes (common/attachments/types.ts). */
  type: v.string(),
  /** Bytes. */
  size: v.number(),
  url: v.string(),
});
export type Attachment = v.InferOutput<typeof AttachmentSchema>;

/** Cuts a string to at most `maxBytes` of UTF-8 without splitting a character. */
export function clipUtf8(s: string, maxBytes: number): string {
  if (s.length * 3 <= maxBytes) return s;
  let bytes = 0;
  let end = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (bytes + size > maxBytes) break;
    bytes += size;
    end += ch.length;
  }
  return s.slice(0, end);
}

/** Where the visitor is: shown on the operator's visitor panel (F11). Long values are clipped. */
export const PageInfoSchema = v.object({
  url: v.pipe(
    v.string(),
    v.transform((s) => clipUtf8(s, MAX_URL_BYTES)),
  ),
  title: v.pipe(
    v.string(),
    v.transform((s) => clipUtf8(s, MAX_TITLE_BYTES)),
  ),
  referrer: v.pipe(
    v.string(),
    v.transform((s) => clipUtf8(s, MAX_URL_BYTES)),
  ),
});
export type PageInfo = v.InferOutput<typeof PageInfoSchema>;

export const AuthorSchema = v.picklist(['visitor', 'operator', 'system']);
export type Author = v.InferOutput<typeof AuthorSchema>;

/**
 * What a system line in the chat's history records (author `system`): an operator joined, or the
 * chat moved to another one. `name` is the operator's display name at the time; clients word the
 * line in their own language, and `text` holds it in English for everyone else.
 */
export const SystemEventSchema = v.object({ kind: v.picklist(['joined', 'moved']), name: v.string() });
export type SystemEvent = v.InferOutput<typeof SystemEventSchema>;

/** One stored chat message; `seq` counts from 1 within its chat and never repeats. */
export const ChatMessageSchema = v.object({
  seq: v.number(),
  author: AuthorSchema,
  /** The operator who wrote it (author `operator`), else null. */
  operatorId: v.nullable(v.string()),
  /** The sender's id for the message, so a resend is recognised and stored once. */
  clientId: v.nullable(v.string()),
  text: v.string(),
  /** Epoch milliseconds when the server stored it. */
  at: v.number(),
  /** On system lines only: what happened, for clients that word it themselves. */
  event: v.optional(SystemEventSchema),
  /** The files the message carries (F20); absent on messages without any. */
  attachments: v.optional(v.array(AttachmentSchema)),
});
export type ChatMessage = v.InferOutput<typeof ChatMessageSchema>;

/** An operator as visitors and colleagues see them. */
export const OperatorPublicSchema = v.object({ id: v.string(), name: v.string(), avatarUrl: v.nullable(v.string()) });
export type OperatorPublic = v.InferOutput<typeof OperatorPublicSchema>;

export const OperatorStatusSchema = v.picklist(['online', 'away']);
export type OperatorStatus = v.InferOutput<typeof OperatorStatusSchema>;

/**
 * Who can answer a visitor now (F10): `free` (an operator serving them has room for a chat),
 * `busy` (operators serving them are online but all at capacity), `offline` (nobody serving them is online).
 */
export const AVAILABILITY_STATES = ['free', 'busy', 'offline'] as const;
export type AvailabilityState = (typeof AVAILABILITY_STATES)[number];

/**
 * What the widget offers (F9, F10, F14). `available`: the widget offers a chat (free, or busy with
 * the company's busy behaviour `queue` and the queue below its cap). `offlineForm`: the offline
 * form is the fallback. While `busy`, `queueLength` (chats waiting now) and `waitEstimateSeconds`
 * (the wait of a chat started now) say how long it would take.
 */
export const AvailabilitySchema = v.object({
  state: v.picklist(AVAILABILITY_STATES),
  available: v.boolean(),
  offlineForm: v.boolean(),
  queueLength: v.optional(v.number()),
  waitEstimateSeconds: v.optional(v.number()),
});
export type Availability = v.InferOutput<typeof AvailabilitySchema>;

export const LanguageSchema = v.object({ code: v.string(), isDefault: v.boolean() });
export const CategorySchema = v.object({ id: v.string(), name: v.string() });
export type Category = v.InferOutput<typeof CategorySchema>;

/**
 * Why a chat ended: closed by a person, nobody could take it, its operator left for good, or its
 * visitor left while it was still waiting in the queue.
 */
export const CloseReasonSchema = v.picklist(['closed', 'no_operator', 'operator_lost', 'visitor_left']);
export type CloseReason = v.InferOutput<typeof CloseReasonSchema>;

/** Every error code an `error` frame can carry. */
export const ERROR_CODES = [
  'bad_frame',
  'frame_too_large',
  'invalid_message',
  'unsupported_protocol',
  'not_ready',
  'already_ready',
  'rate_limited',
  'visitor_secret',
  'category_required',
  'unknown_category',
  'unknown_chat',
  'unknown_attachment',
  'chat_closed',
  'operator_limit',
  'transfer_refused',
  'already_rated',
  'rating_off',
  'invalid_seq',
  'chat_socket_required',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Sent for every rejected frame; `ref` names the rejected frame's type when it had one. */
export const ErrorFrameSchema = v.object({
  type: v.literal('error'),
  code: v.picklist(ERROR_CODES),
  message: v.string(),
  ref: v.optional(v.string()),
});
export type ErrorFrame = v.InferOutput<typeof ErrorFrameSchema>;
