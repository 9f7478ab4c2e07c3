import * as v from 'valibot';
import { EmailSchema } from '../schemas/auth';
import { LanguageCodeSchema } from '../schemas/company';
import { MAX_TEXT_CHARS } from './limits';
import { RatedFrameSchema, VisitorRateSchema } from './rating';
import { ChatReceiptsSchema, ReceiptSchema, ReceiptsFrameSchema } from './receipts';
import {
  AttachmentIdsSchema,
  type Availability,
  AvailabilitySchema,
  CaptionTextSchema,
  CategorySchema,
  ChatMessageSchema,
  ClientIdSchema,
  CloseReasonSchema,
  ErrorFrameSchema,
  hasContent,
  LanguageSchema,
  OperatorPublicSchema,
  PageInfoSchema,
  ServerIdSchema,
  VisitorSecretSchema,
} from './shared';

// ── visitor → server ────────────────────────────────────────────────────────────────────────

/**
 * First frame on every visitor socket. `visitorId` is the random id the widget keeps in
 * localStorage, so a reload resumes the same chat; operators see it as the visitor's `displayId`.
 * `visitorSecret`, kept beside it and never shown to anyone, proves the id is this visitor's: the
 * room keeps only its hash and serves the id's chats to nobody without it. `resume` names the chat
 * and the last `seq` the widget already shows, and the server replays only what came after.
 */
export const VisitorHelloSchema = v.object({
  type: v.literal('hello'),
  protocol: v.number(),
  visitorId: ClientIdSchema,
  // Required since protocol 2; optional here only so a version-1 hello gets its reload (4400), not bad_frame.
  visitorSecret: v.optional(VisitorSecretSchema),
  language: LanguageCodeSchema,
  category: v.optional(v.nullable(ServerIdSchema), null),
  page: PageInfoSchema,
  resume: v.optional(v.object({ chatId: ServerIdSchema, lastSeq: v.pipe(v.number(), v.integer(), v.minValue(0)) })),
});

/** The visitor switched language or category, or navigated to another page. */
export const VisitorUpdateSchema = v.object({
  type: v.literal('update'),
  language: v.optional(LanguageCodeSchema),
  category: v.optional(v.nullable(ServerIdSchema)),
  page: v.optional(PageInfoSchema),
});

/**
 * A message; the first one starts the chat. `clientId` makes a resend idempotent. With
 * `attachmentIds` (files this visitor uploaded to the open chat, F20) the text may be empty.
 */
export const VisitorSendSchema = v.object({
  type: v.literal('message'),
  clientId: ClientIdSchema,
  text: v.optional(CaptionTextSchema, ''),
  attachmentIds: v.optional(AttachmentIdsSchema),
});

/**
 * Typing started or stopped. While the company's typing preview is on (F21, `config.typingPreview`),
 * `typing: true` carries the visitor's unsent `draft` (empty once they cleared it): the room relays
 * it to the chat's operator only, stores it nowhere, and drops it while the setting is off.
 */
export const VisitorTypingSchema = v.object({
  type: v.literal('typing'),
  typing: v.boolean(),
  draft: v.optional(v.pipe(v.string(), v.maxLength(MAX_TEXT_CHARS))),
});
export type VisitorTyping = v.InferOutput<typeof VisitorTypingSchema>;

/** The visitor ends the current chat. */
export const VisitorCloseSchema = v.object({ type: v.literal('close') });

/**
 * A waiting visitor leaves an email to be answered at if they go away (F10): should their queued
 * chat end because they left, it reaches the company as an offline message (F14) with this address.
 */
export const VisitorContactSchema = v.object({ type: v.literal('contact'), email: EmailSchema });

/** Every frame a visitor may send, tagged by `type`; a `message` says something (`hasContent`). */
export const VisitorClientFrameSchema = v.pipe(
  v.variant('type', [
    VisitorHelloSchema,
    VisitorUpdateSchema,
    VisitorSendSchema,
    VisitorTypingSchema,
    VisitorCloseSchema,
    VisitorContactSchema,
    VisitorRateSchema,
    ReceiptSchema,
  ]),
  v.check((frame) => hasContent(frame), 'The message is empty.'),
);
export type VisitorClientFrame = v.InferOutput<typeof VisitorClientFrameSchema>;
export type VisitorHello = v.InferOutput<typeof VisitorHelloSchema>;

// ── server → visitor ────────────────────────────────────────────────────────────────────────

/** What the widget needs to render itself; pushed again whenever the company changes it (F13). */
export const WidgetConfigSchema = v.object({
  languages: v.array(LanguageSchema),
  categoriesEnabled: v.boolean(),
  categories: v.array(CategorySchema),
  greeting: v.string(),
  color: v.string(),
  position: v.picklist(['right', 'left']),
  offlineForm: v.boolean(),
  /** Whether the widget asks for a rating when a chat ends (F21). */
  rating: v.boolean(),
  /** Whether the visitor's draft reaches the operator as they type (F21): the widget streams it and says so. */
  typingPreview: v.boolean(),
  /** The languages the company has published help articles in (F19): the widget offers its help center in them. */
  helpLanguages: v.array(v.string()),
});
export type WidgetConfig = v.InferOutput<typeof WidgetConfigSchema>;

/** What GET /api/widget/config answers (F9): the widget's config and whether a chat is possible now. */
export type WidgetBootConfig = WidgetConfig & Availability;

/** The visitor's current chat as the widget shows it. */
export const VisitorChatSchema = v.object({
  id: v.string(),
  status: v.picklist(['queued', 'active']),
  operator: v.nullable(OperatorPublicSchema),
  /** The category the chat was started with (categories on), else null. */
  category: v.nullable(v.string()),
  /** 1-based place in the queue while `queued`, else null. */
  queuePosition: v.nullable(v.number()),
  /** While `queued`: about how long until an operator takes it (seconds), else null. */
  waitEstimateSeconds: v.nullable(v.number()),
  /** The email the visitor left to be answered at if they go away (`contact`), else null. */
  contactEmail: v.nullable(v.string()),
  /** On `welcome`: the messages after `hello.resume.lastSeq` (all of them without resume). */
  messages: v.array(ChatMessageSchema),
  /** Delivered and seen marks of both sides (F21). */
  receipts: ChatReceiptsSchema,
});
export type VisitorChat = v.InferOutput<typeof VisitorChatSchema>;

export const VisitorServerFrameSchema = v.variant('type', [
  /**
   * Answer to `hello`: config, availability, and the open chat with what the widget missed. The
   * widget's first paint waits for it (its boot is this socket alone). The availability is that of
   * the hello's language when the company has it, else of the company's default (`pickLanguage`).
   */
  v.object({
    type: v.literal('welcome'),
    protocol: v.number(),
    config: WidgetConfigSchema,
    availability: AvailabilitySchema,
    chat: v.nullable(VisitorChatSchema),
  }),
  /**
   * The availability changed (F9, F10): its `state`, `available` or `offlineForm`, or the wait
   * estimate by WAIT_ESTIMATE_STEP_SECONDS; at most once per AVAILABILITY_PUSH_GAP_MS.
   */
  v.object({ type: v.literal('availability'), ...AvailabilitySchema.entries }),
  /** The company changed what the widget shows (F13). */
  v.object({ type: v.literal('config'), config: WidgetConfigSchema }),
  /**
   * The chat waits for a free operator; sent again whenever the position changes or the wait
   * estimate (seconds, null when nobody serving the chat is online) moves by a minute (F10).
   */
  v.object({ type: v.literal('queued'), chatId: v.string(), position: v.number(), waitEstimateSeconds: v.nullable(v.number()) }),
  /** The visitor's `contact` email was stored with their chat. */
  v.object({ type: v.literal('contact'), chatId: v.string(), email: v.string() }),
  /** An operator took the chat (first assignment, transfer or reassignment). */
  v.object({ type: v.literal('assigned'), chatId: v.string(), operator: OperatorPublicSchema }),
  /** A stored message, the visitor's own included: it doubles as the acknowledgement. */
  v.object({ type: v.literal('message'), chatId: v.string(), message: ChatMessageSchema }),
  v.object({ type: v.literal('typing'), chatId: v.string(), typing: v.boolean() }),
  /** The chat ended; `offlineForm` says whether to offer the offline form instead (F10, F14). */
  v.object({
    type: v.literal('closed'),
    chatId: v.string(),
    by: v.picklist(['visitor', 'operator', 'system']),
    reason: CloseReasonSchema,
    offlineForm: v.boolean(),
    /** Whether to ask for a rating: the company has ratings on and the chat has none yet (F21). */
    rate: v.boolean(),
  }),
  RatedFrameSchema,
  /** The chat's delivered or seen marks moved (F21). */
  ReceiptsFrameSchema,
  ErrorFrameSchema,
]);
export type VisitorServerFrame = v.InferOutput<typeof VisitorServerFrameSchema>;
