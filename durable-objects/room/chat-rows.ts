import type {
  Author,
  ChatRating,
  CloseReason,
  OperatorAuthor,
  OperatorMessage,
  PageInfo,
  Rating,
  SystemEvent,
} from '../../common/protocol';
import type { AttachmentMeta } from './attachment-rows';

/** What the operator's visitor panel shows beyond language and category, kept with the chat. */
export interface VisitorDetails {
  page: PageInfo;
  userAgent: string;
}

/** What a chat keeps about its visitor: the details, when the widget first saw them, the pages viewed during the chat. */
export interface StoredVisitor extends VisitorDetails {
  firstSeenAt: number;
  pagesViewed: PageInfo[];
}

export type ChatStatus = 'queued' | 'active' | 'closed';

export interface ChatRow {
  id: string;
  visitorId: string;
  status: ChatStatus;
  operatorId: string | null;
  language: string;
  category: string | null;
  visitor: StoredVisitor;
  createdAt: number;
  queuedAt: number | null;
  /** When an operator first took the chat; null while it never left the queue. */
  assignedAt: number | null;
  closedAt: number | null;
  closedBy: Author | null;
  closeReason: CloseReason | null;
  /**
   * When the grace of whoever is gone ends: an active chat's operator (then it moves on), or a
   * queued chat's visitor (then it leaves the queue).
   */
  graceUntil: number | null;
  /** An email the visitor left while waiting, to be answered at if they go away (F10). */
  contactEmail: string | null;
  /** The visitor's rating once the chat ended (F21), else null. */
  rating: ChatRating | null;
}

/** The part of a chat that says who may write to it. */
export type ChatHead = Pick<ChatRow, 'id' | 'visitorId' | 'status' | 'operatorId'>;

/** A storage row as SQLite returns it. */
export type Row = Record<string, SqlStorageValue>;

/** A `chats` row as the room works with it. */
export function toChat(r: Row): ChatRow {
  return {
    id: String(r.id),
    visitorId: String(r.visitor_id),
    status: r.status as ChatStatus,
    operatorId: r.operator_id === null ? null : String(r.operator_id),
    language: String(r.language),
    category: r.category === null ? null : String(r.category),
    visitor: JSON.parse(String(r.visitor)) as StoredVisitor,
    createdAt: Number(r.created_at),
    queuedAt: r.queued_at === null ? null : Number(r.queued_at),
    assignedAt: r.assigned_at === null || r.assigned_at === undefined ? null : Number(r.assigned_at),
    closedAt: r.closed_at === null ? null : Number(r.closed_at),
    closedBy: (r.closed_by as Author | null) ?? null,
    closeReason: (r.close_reason as CloseReason | null) ?? null,
    graceUntil: r.grace_until === null ? null : Number(r.grace_until),
    contactEmail: r.contact_email === null || r.contact_email === undefined ? null : String(r.contact_email),
    rating:
      typeof r.rating === 'string'
        ? { rating: r.rating as Rating, comment: r.rating_comment === null ? null : String(r.rating_comment), at: Number(r.rated_at) }
        : null,
  };
}

/** A file's signed URL, made fresh whenever a message is read (LIVE_URL_TTL_MS). */
export type AttachmentLink = (chatId: string, attachmentId: string) => string;

/** A `messages` row as operators see it (visitors' paths drop the notes); files get fresh URLs from `link`. */
export function toMessage(r: Row, link: AttachmentLink): OperatorMessage {
  const message: OperatorMessage = {
    seq: Number(r.seq),
    author: r.author as OperatorAuthor,
    operatorId: r.operator_id === null ? null : String(r.operator_id),
    clientId: String(r.client_id),
    text: String(r.text),
    at: Number(r.at),
  };
  if (typeof r.event === 'string') message.event = JSON.parse(r.event) as SystemEvent;
  if (typeof r.attachments === 'string') {
    const chatId = String(r.chat_id);
    message.attachments = (JSON.parse(r.attachments) as AttachmentMeta[]).map((a) => ({ ...a, url: link(chatId, a.id) }));
  }
  return message;
}
