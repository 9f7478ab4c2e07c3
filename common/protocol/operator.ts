import * as v from 'valibot';
import { MAX_RESUME_CHATS } from './limits';
import { RatedFrameSchema } from './rating';
import { ChatReceiptsSchema, ReceiptSchema, ReceiptsFrameSchema } from './receipts';
import {
  AttachmentIdsSchema,
  AuthorSchema,
  CaptionTextSchema,
  CategorySchema,
  ChatMessageSchema,
  ClientIdSchema,
  CloseReasonSchema,
  ErrorFrameSchema,
  hasContent,
  LanguageSchema,
  MessageTextSchema,
  OperatorPublicSchema,
  OperatorStatusSchema,
  PageInfoSchema,
  ServerIdSchema,
} from './shared';

// ── operator → server ───────────────────────────────────────────────────────────────────────

/**
 * First frame on every operator socket (one per console tab). `resume` lists the chats the page
 * already shows with their last `seq`; every other active chat of the operator comes in full.
 */
export const OperatorHelloSchema = v.object({
  type: v.literal('hello'),
  protocol: v.number(),
  status: OperatorStatusSchema,
  resume: v.optional(
    v.pipe(
      v.array(v.object({ chatId: ServerIdSchema, lastSeq: v.pipe(v.number(), v.integer(), v.minValue(0)) })),
      v.maxLength(MAX_RESUME_CHATS),
    ),
    [],
  ),
});

/** The tab's Online/Away switch; away stops new assignments only (F10). */
export const OperatorSetStatusSchema = v.object({ type: v.literal('status'), status: OperatorStatusSchema });

/** A message in one of the operator's active chats; with `attachmentIds` (files they uploaded to it, F20) the text may be empty. */
export const OperatorSendSchema = v.object({
  type: v.literal('message'),
  chatId: ServerIdSchema,
  clientId: ClientIdSchema,
  text: v.optional(CaptionTextSchema, ''),
  attachmentIds: v.optional(AttachmentIdsSchema),
});

/**
 * An internal note in one of the operator's active chats: stored with the chat (author `note`),
 * shown to operators only, never to the visitor.
 */
export const OperatorNoteSchema = v.object({
  type: v.literal('note'),
  chatId: ServerIdSchema,
  clientId: ClientIdSchema,
  text: MessageTextSchema,
});

export const OperatorTypingSchema = v.object({ type: v.literal('typing'), chatId: ServerIdSchema, typing: v.boolean() });

export const OperatorCloseSchema = v.object({ type: v.literal('close'), chatId: ServerIdSchema });

/** Hands a chat to another operator of the company (F10). */
export const OperatorTransferSchema = v.object({ type: v.literal('transfer'), chatId: ServerIdSchema, toOperatorId: ServerIdSchema });

/** Every frame an operator may send, tagged by `type`; a `message` says something (`hasContent`). */
export const OperatorClientFrameSchema = v.pipe(
  v.variant('type', [
    OperatorHelloSchema,
    OperatorSetStatusSchema,
    OperatorSendSchema,
    OperatorNoteSchema,
    OperatorTypingSchema,
    OperatorCloseSchema,
    OperatorTransferSchema,
    ReceiptSchema,
  ]),
  v.check((frame) => hasContent(frame), 'The message is empty.'),
);
export type OperatorClientFrame = v.InferOutput<typeof OperatorClientFrameSchema>;
export type OperatorHello = v.InferOutput<typeof OperatorHelloSchema>;

// ── server → operator ───────────────────────────────────────────────────────────────────────

/** Who wrote a message operators see: a visitor-visible author, or `note` for an internal note. */
export const OperatorAuthorSchema = v.picklist([...AuthorSchema.options, 'note']);
export type OperatorAuthor = v.InferOutput<typeof OperatorAuthorSchema>;

/**
 * A stored message as operators see it: the visitor's chat plus internal notes. Notes share the
 * chat's `seq` sequence, so the visitor's copy simply has gaps where notes are.
 */
export const OperatorMessageSchema = v.object({ ...ChatMessageSchema.entries, author: OperatorAuthorSchema });
export type OperatorMessage = v.InferOutput<typeof OperatorMessageSchema>;

/** One chat waiting in the queue, as operators who serve it see it (F10, F11). */
export const WaitingChatSchema = v.object({
  chatId: v.string(),
  language: v.string(),
  category: v.nullable(v.string()),
  /** Epoch milliseconds since the chat has been waiting. */
  since: v.number(),
});
export type WaitingChat = v.InferOutput<typeof WaitingChatSchema>;

/** The visitor panel (F11). */
export const VisitorInfoSchema = v.object({
  /** The visitor's public handle (the widget's visitor id); never their secret. */
  displayId: v.string(),
  language: v.string(),
  category: v.nullable(v.string()),
  page: PageInfoSchema,
  userAgent: v.string(),
  /** Whether any of the visitor's tabs is connected right now. */
  online: v.boolean(),
  /** When the company's widget first saw this visitor (epoch ms). */
  firstSeenAt: v.number(),
  /** Pages viewed during this chat, oldest first, the last MAX_PAGES_VIEWED. */
  pagesViewed: v.array(PageInfoSchema),
  /** An email the visitor left while waiting, to be answered at if they go away; null when none. */
  contactEmail: v.nullable(v.string()),
});
export type VisitorInfo = v.InferOutput<typeof VisitorInfoSchema>;

/** An active chat on the operator's page; `messages` is the whole history unless resumed. */
export const OperatorChatSchema = v.object({
  id: v.string(),
  visitor: VisitorInfoSchema,
  startedAt: v.number(),
  messages: v.array(OperatorMessageSchema),
  /** Delivered and seen marks of both sides (F21). */
  receipts: ChatReceiptsSchema,
});
export type OperatorChat = v.InferOutput<typeof OperatorChatSchema>;

/** What the chat page needs from the company's configuration; pushed again on change (F13). */
export const OperatorConfigSchema = v.object({
  maxChatsPerOperator: v.number(),
  offlineFormEnabled: v.boolean(),
  categoriesEnabled: v.boolean(),
  languages: v.array(LanguageSchema),
  categories: v.array(CategorySchema),
  fastResponses: v.array(v.object({ id: v.string(), nickname: v.nullable(v.string()), text: v.string() })),
  operators: v.array(OperatorPublicSchema),
});
export type OperatorConfig = v.InferOutput<typeof OperatorConfigSchema>;

/** A colleague's presence, for the transfer menu. */
export const PresenceEntrySchema = v.object({
  operatorId: v.string(),
  status: v.picklist(['online', 'away', 'offline']),
  activeChats: v.number(),
});
export type PresenceEntry = v.InferOutput<typeof PresenceEntrySchema>;

export const OperatorServerFrameSchema = v.variant('type', [
  /** Answer to `hello`: this tab's status (away when the plan's operator limit is reached), config, chats. */
  v.object({
    type: v.literal('welcome'),
    protocol: v.number(),
    operatorId: v.string(),
    status: OperatorStatusSchema,
    config: OperatorConfigSchema,
    chats: v.array(OperatorChatSchema),
    presence: v.array(PresenceEntrySchema),
    queueLength: v.number(),
  }),
  /** This tab's status after a `status` frame. */
  v.object({ type: v.literal('status'), status: OperatorStatusSchema }),
  /** A chat is now yours (new, from the queue, transferred or reassigned), with its whole history. */
  v.object({ type: v.literal('chat'), chat: OperatorChatSchema }),
  /** A chat left your page without being closed: transferred away or reassigned. */
  v.object({ type: v.literal('unassigned'), chatId: v.string(), reason: v.picklist(['transferred', 'reassigned']) }),
  /** A stored message or internal note in one of your chats (your own included: the acknowledgement). */
  v.object({ type: v.literal('message'), chatId: v.string(), message: OperatorMessageSchema }),
  /** The visitor is typing; with the company's typing preview on (F21), `draft` is what they have typed so far. */
  v.object({ type: v.literal('typing'), chatId: v.string(), typing: v.boolean(), draft: v.optional(v.string()) }),
  /** The visitor navigated, switched language, or came and went. */
  v.object({ type: v.literal('visitor'), chatId: v.string(), visitor: VisitorInfoSchema }),
  v.object({
    type: v.literal('closed'),
    chatId: v.string(),
    by: v.picklist(['visitor', 'operator', 'system']),
    reason: CloseReasonSchema,
  }),
  /** Every operator's presence, whenever one changes. */
  v.object({ type: v.literal('presence'), operators: v.array(PresenceEntrySchema) }),
  /** How many chats wait for a free operator. */
  v.object({ type: v.literal('queue'), length: v.number() }),
  /** The queued chats this operator serves, in queue order; after `welcome` and on every change. */
  v.object({ type: v.literal('waiting'), chats: v.array(WaitingChatSchema) }),
  v.object({ type: v.literal('config'), config: OperatorConfigSchema }),
  /** The visitor rated a chat of yours that ended (F21). */
  RatedFrameSchema,
  /** The chat's delivered or seen marks moved (F21). */
  ReceiptsFrameSchema,
  ErrorFrameSchema,
]);
export type OperatorServerFrame = v.InferOutput<typeof OperatorServerFrameSchema>;
