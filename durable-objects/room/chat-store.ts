import { randomId } from '../../common/ids';
import type { Author, ChatMessage, ChatRating, CloseReason } from '../../common/protocol';
import type { MissedReason } from '../../common/reports/events';
import { ChatEventLog } from './chat-events';
import {
  type AttachmentLink,
  type ChatHead,
  type ChatRow,
  type ChatStatus,
  type Row,
  type StoredVisitor,
  toChat,
  type VisitorDetails,
} from './chat-rows';
import { GraceRows } from './grace-rows';
import { MessageLog } from './message-log';
import { missedReason } from './missed-reason';
import { withPageViewed } from './pages-viewed';
import { ReceiptBook } from './receipt-book';
import { systemLines } from './system-lines';

/**
 * Chats and messages in the object's SQLite storage. Every write is synchronous and inside the
 * object's output gate, so nothing sent after a write leaves before the write is durable.
 */
export class ChatStore {
  /** Open chats' heads, cached by `chatHead`. */
  private readonly heads = new Map<string, ChatHead>();

  /** Each chat's lifecycle, recorded here with the write it describes (F22). */
  readonly events: ChatEventLog;
  /** Each chat's delivered and seen marks (F21). */
  readonly receipts: ReceiptBook;
  /** Each chat's messages (message-log.ts). */
  readonly messages: MessageLog;
  /** The reconnect graces of operators' and queued visitors' chats (grace-rows.ts). */
  readonly grace: GraceRows;

  /**
   * `link` signs a file's URL whenever a message carrying files is read; a store without one (the
   * schema tests') reads only messages without files. `onEvent` is called after each recorded
   * event (the room arms its flush alarm); `armReceipts` when marks wait for the alarm to write them.
   */
  constructor(
    private readonly storage: DurableObjectStorage,
    link: AttachmentLink = () => {
      throw new Error('this chat store signs no attachment URLs');
    },
    onEvent: () => void = () => {},
    armReceipts: (at: number) => void = () => {},
  ) {
    this.events = new ChatEventLog(storage.sql, randomId, onEvent);
    this.receipts = new ReceiptBook(storage.sql, armReceipts);
    this.messages = new MessageLog(storage.sql, link, this.events);
    this.grace = new GraceRows(storage.sql);
  }

  private get sql() {
    return this.storage.sql;
  }

  createChat(input: {
    id: string;
    visitorId: string;
    language: string;
    category: string | null;
    visitor: VisitorDetails;
    now: number;
    /** Started from the console's Test chat page: reports leave it out. */
    test: boolean;
  }): ChatRow {
    const visitor: StoredVisitor = {
      ...input.visitor,
      firstSeenAt: this.noteVisitor(input.visitorId, input.now),
      pagesViewed: withPageViewed([], input.visitor.page),
    };
    this.events.record({
      kind: 'started',
      chatId: input.id,
      at: input.now,
      language: input.language,
      category: input.category,
      ...(input.test ? { test: true } : {}),
    });
    this.sql.exec(
      `INSERT INTO chats (id, visitor_id, status, language, category, visitor, created_at, queued_at) VALUES (?, ?, 'queued', ?, ?, ?, ?, ?)`,
      input.id,
      input.visitorId,
      input.language,
      input.category,
      JSON.stringify(visitor),
      input.now,
      input.now,
    );
    return this.chat(input.id)!;
  }

  /**
   * Binds a visitor id to the hash of its secret on first sight; true when the id is new or its
   * stored hash is this one. An id seen without a hash (before protocol 2) is never claimed.
   */
  claimVisitor(visitorId: string, secretHash: string, now: number): boolean {
    this.sql.exec(`INSERT OR IGNORE INTO visitors (visitor_id, first_seen_at, secret_hash) VALUES (?, ?, ?)`, visitorId, now, secretHash);
    const row = this.sql.exec<{ secret_hash: string | null }>(`SELECT secret_hash FROM visitors WHERE visitor_id = ?`, visitorId).one();
    return row.secret_hash === secretHash;
  }

  /** The hash of the secret that owns a visitor id, or null for an id never claimed. */
  visitorSecretHash(visitorId: string): string | null {
    const row = this.sql
      .exec<{ secret_hash: string | null }>(`SELECT secret_hash FROM visitors WHERE visitor_id = ?`, visitorId)
      .toArray()[0];
    return row?.secret_hash ?? null;
  }

  /** Remembers when the widget first saw a visitor; returns that time. */
  noteVisitor(visitorId: string, now: number): number {
    this.sql.exec(`INSERT OR IGNORE INTO visitors (visitor_id, first_seen_at) VALUES (?, ?)`, visitorId, now);
    return this.sql.exec<{ first_seen_at: number }>(`SELECT first_seen_at FROM visitors WHERE visitor_id = ?`, visitorId).one()
      .first_seen_at;
  }

  chat(id: string): ChatRow | null {
    const row = this.sql.exec<Row>(`SELECT * FROM chats WHERE id = ?`, id).toArray()[0];
    return row ? toChat(row) : null;
  }

  /**
   * Who a chat belongs to and its status: the per-message lookup, answered from memory for open
   * chats. Every write that changes a head (assign, enqueue, close) drops the cached copy.
   */
  chatHead(id: string): ChatHead | null {
    const cached = this.heads.get(id);
    if (cached) return cached;
    const row = this.sql.exec<Row>(`SELECT visitor_id, status, operator_id FROM chats WHERE id = ?`, id).toArray()[0];
    if (!row) return null;
    const head: ChatHead = {
      id,
      visitorId: String(row.visitor_id),
      status: row.status as ChatStatus,
      operatorId: row.operator_id === null ? null : String(row.operator_id),
    };
    if (head.status !== 'closed') this.heads.set(id, head);
    return head;
  }

  /** The head of the visitor's queued or active chat (the per-message lookup), like `openChatOf`. */
  openChatHeadOf(visitorId: string): ChatHead | null {
    const row = this.sql.exec<Row>(`SELECT id FROM chats WHERE visitor_id = ? AND status != 'closed' LIMIT 1`, visitorId).toArray()[0];
    return row ? this.chatHead(String(row.id)) : null;
  }

  /** The visitor's queued or active chat; a visitor has at most one. */
  openChatOf(visitorId: string): ChatRow | null {
    const row = this.sql.exec<Row>(`SELECT * FROM chats WHERE visitor_id = ? AND status != 'closed' LIMIT 1`, visitorId).toArray()[0];
    return row ? toChat(row) : null;
  }

  /** Every queued or active chat; queued ones in queue order. */
  openChats(): ChatRow[] {
    return this.sql.exec<Row>(`SELECT * FROM chats WHERE status IN ('queued', 'active') ORDER BY queued_at, id`).toArray().map(toChat);
  }

  /** The queue, in order. Reads through the status index, so closed chats cost nothing. */
  queuedChats(): ChatRow[] {
    return this.sql.exec<Row>(`SELECT * FROM chats WHERE status = 'queued' ORDER BY queued_at, id`).toArray().map(toChat);
  }

  queueLength(): number {
    return this.sql.exec<{ n: number }>(`SELECT COUNT(*) AS n FROM chats WHERE status = 'queued'`).one().n;
  }

  /** An operator's active chats. */
  activeChatsOf(operatorId: string): ChatRow[] {
    return this.sql
      .exec<Row>(`SELECT * FROM chats WHERE status = 'active' AND operator_id = ? ORDER BY created_at, id`, operatorId)
      .toArray()
      .map(toChat);
  }

  /** How many active chats each operator holds (routing load), without reading the chats themselves. */
  activeChatCounts(): Map<string, number> {
    const rows = this.sql
      .exec<{ operator_id: string; n: number }>(`SELECT operator_id, COUNT(*) AS n FROM chats WHERE status = 'active' GROUP BY operator_id`)
      .toArray();
    return new Map(rows.map((r) => [r.operator_id, r.n]));
  }

  /**
   * Gives the chat to an operator; `transferredFrom` names the colleague who handed it over.
   * Returns the system lines its events give (system-lines.ts), stored in the same transaction as
   * the events and the chat's change; `nameOf` names operators in them.
   */
  assign(chatId: string, operatorId: string, now: number, nameOf: (operatorId: string) => string, transferredFrom?: string): ChatMessage[] {
    this.heads.delete(chatId);
    return this.storage.transactionSync(() => {
      const previous = this.sql.exec<{ operator_id: string | null }>(`SELECT operator_id FROM chats WHERE id = ?`, chatId).one();
      const events = [
        ...(transferredFrom
          ? [this.events.record({ kind: 'transferred', chatId, at: now, fromOperatorId: transferredFrom, toOperatorId: operatorId })]
          : []),
        this.events.record({ kind: 'assigned', chatId, at: now, operatorId }),
      ];
      this.sql.exec(
        `UPDATE chats SET status = 'active', operator_id = ?, grace_until = NULL, queued_at = NULL, assigned_at = COALESCE(assigned_at, ?) WHERE id = ?`,
        operatorId,
        now,
        chatId,
      );
      this.sql.exec(
        `INSERT INTO operator_load (operator_id, last_assigned_at) VALUES (?, ?) ON CONFLICT (operator_id) DO UPDATE SET last_assigned_at = excluded.last_assigned_at`,
        operatorId,
        now,
      );
      // Last: a line moves the chat's in-memory seq, which nothing after it may roll back.
      return systemLines(events, previous.operator_id, nameOf).map((line) => this.messages.appendSystem(chatId, line, now));
    });
  }

  /** Puts a chat (back) at the end of the queue. */
  enqueue(chatId: string, now: number): void {
    this.heads.delete(chatId);
    this.storage.transactionSync(() => {
      this.events.record({ kind: 'queued', chatId, at: now });
      this.sql.exec(`UPDATE chats SET status = 'queued', operator_id = NULL, grace_until = NULL, queued_at = ? WHERE id = ?`, now, chatId);
    });
  }

  /**
   * Ends a chat, recording its close and, when no operator ever replied, why it was missed;
   * `noOperator` says what a `no_operator` close offered the visitor.
   */
  close(chatId: string, by: Author, reason: CloseReason, now: number, noOperator?: MissedReason): void {
    this.messages.forget(chatId);
    this.heads.delete(chatId);
    this.storage.transactionSync(() => {
      const row = this.sql.exec<{ operator_id: string | null }>(`SELECT operator_id FROM chats WHERE id = ?`, chatId).toArray()[0];
      const missed = missedReason({ reason, by, replied: this.messages.hasReply(chatId), noOperator });
      if (missed) this.events.record({ kind: 'missed', chatId, at: now, reason: missed });
      this.events.record({ kind: 'closed', chatId, at: now, by, operatorId: row?.operator_id ?? null });
      this.sql.exec(
        `UPDATE chats SET status = 'closed', closed_at = ?, closed_by = ?, close_reason = ?, grace_until = NULL WHERE id = ?`,
        now,
        by,
        reason,
        chatId,
      );
    });
  }

  /** Stores the visitor's rating of a chat; false when it already has one (the first is kept). */
  rate(chatId: string, r: ChatRating): boolean {
    return this.storage.transactionSync(() => {
      const stored =
        this.sql.exec(
          `UPDATE chats SET rating = ?, rating_comment = ?, rated_at = ? WHERE id = ? AND rating IS NULL`,
          r.rating,
          r.comment,
          r.at,
          chatId,
        ).rowsWritten > 0;
      if (stored) this.events.record({ kind: 'rated', chatId, at: r.at, rating: r.rating });
      return stored;
    });
  }

  /** Keeps the email a waiting visitor left with their chat. */
  setContactEmail(chatId: string, email: string): void {
    this.sql.exec(`UPDATE chats SET contact_email = ? WHERE id = ?`, email, chatId);
  }

  /** How long the latest finished chats lasted from their first assignment (ms), newest first. */
  recentChatDurations(limit: number): number[] {
    return this.sql
      .exec<{ d: number }>(
        `SELECT closed_at - assigned_at AS d FROM chats WHERE assigned_at IS NOT NULL AND closed_at IS NOT NULL ORDER BY closed_at DESC LIMIT ?`,
        limit,
      )
      .toArray()
      .map((r) => r.d);
  }

  /** The visitor's current language, category and page; the page joins the chat's pages viewed. Returns the updated chat. */
  updateVisitor(chatId: string, fields: { language: string; category: string | null; visitor: VisitorDetails }): ChatRow | null {
    const chat = this.chat(chatId);
    if (!chat) return null;
    const visitor: StoredVisitor = {
      ...chat.visitor,
      ...fields.visitor,
      pagesViewed: withPageViewed(chat.visitor.pagesViewed, fields.visitor.page),
    };
    this.sql.exec(
      `UPDATE chats SET language = ?, category = ?, visitor = ? WHERE id = ?`,
      fields.language,
      fields.category,
      JSON.stringify(visitor),
      chatId,
    );
    return { ...chat, language: fields.language, category: fields.category, visitor };
  }

  /** When each operator last received a chat (longest idle goes first). */
  lastAssigned(): Map<string, number> {
    const rows = this.sql.exec<{ operator_id: string; last_assigned_at: number }>(`SELECT * FROM operator_load`).toArray();
    return new Map(rows.map((r) => [r.operator_id, r.last_assigned_at]));
  }
}
