import type { ChatMessage, OperatorAuthor, OperatorMessage } from '../../common/protocol';
import type { AttachmentMeta } from './attachment-rows';
import type { ChatEventLog } from './chat-events';
import { type AttachmentLink, type Row, toMessage } from './chat-rows';
import type { SystemLine } from './system-lines';

/**
 * The chats' messages in the object's SQLite storage (ChatStore's `messages`): each chat's seqs,
 * resends, system lines and what visitors and operators may read of it.
 */
export class MessageLog {
  /** Each chat's last seq, cached by `lastSeq`; closed chats take no more messages and are dropped. */
  private readonly lastSeqs = new Map<string, number>();
  /** Chats known to have their first operator reply recorded, so later replies cost no read. */
  private readonly replied = new Set<string>();

  constructor(
    private readonly sql: SqlStorage,
    private readonly link: AttachmentLink,
    private readonly events: ChatEventLog,
  ) {}

  /**
   * Stores a message with the chat's next `seq`, or returns the stored one when the same sender
   * already sent this `clientId` in this chat (a resend after a lost acknowledgement). One INSERT
   * in the common case: the (chat_id, author, client_id) primary key detects the resend, and the
   * seq comes from the in-memory counter, which only moves once the row is written. This log is
   * the only writer of messages, so the counter is always storage's MAX(seq): seqs stay unique
   * and gap-free per chat without an index of their own.
   */
  append<A extends OperatorAuthor>(
    chatId: string,
    msg: { author: A; operatorId: string | null; clientId: string; text: string; now: number; attachments?: AttachmentMeta[] },
  ): { message: OperatorMessage & { author: A }; duplicate: boolean } {
    const seq = this.lastSeq(chatId) + 1;
    const files = msg.attachments?.length ? msg.attachments : null;
    const { rowsWritten } = this.sql.exec(
      `INSERT INTO messages (chat_id, seq, author, operator_id, client_id, text, at, attachments) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (chat_id, author, client_id) DO NOTHING`,
      chatId,
      seq,
      msg.author,
      msg.operatorId,
      msg.clientId,
      msg.text,
      msg.now,
      files ? JSON.stringify(files) : null,
    );
    if (rowsWritten === 0) {
      // The key matched the author, so the stored message has this one.
      return { message: this.storedMessage(chatId, msg.author, msg.clientId)! as OperatorMessage & { author: A }, duplicate: true };
    }
    this.lastSeqs.set(chatId, seq);
    if (msg.author === 'operator' && msg.operatorId !== null) this.noteReply(chatId, msg.operatorId, msg.now);
    const message: OperatorMessage = {
      seq,
      author: msg.author,
      operatorId: msg.operatorId,
      clientId: msg.clientId,
      text: msg.text,
      at: msg.now,
    };
    if (files) message.attachments = files.map((a) => ({ ...a, url: this.link(chatId, a.id) }));
    return { message: message as OperatorMessage & { author: A }, duplicate: false };
  }

  /** The message one sender stored under `clientId` in the chat, or null. */
  storedMessage(chatId: string, author: OperatorMessage['author'], clientId: string): OperatorMessage | null {
    const row = this.sql
      .exec<Row>(`SELECT * FROM messages WHERE chat_id = ? AND author = ? AND client_id = ?`, chatId, author, clientId)
      .toArray()[0];
    return row ? toMessage(row, this.link) : null;
  }

  /**
   * Stores a system line (author `system`) with the id of the event it tells of. Only the chat
   * store writes them, in the transaction that records that event. Its client id is its seq, so it
   * never meets another message's key.
   */
  appendSystem(chatId: string, line: SystemLine, now: number): ChatMessage {
    const seq = this.lastSeq(chatId) + 1;
    const clientId = `system-${seq}`;
    this.sql.exec(
      `INSERT INTO messages (chat_id, seq, author, operator_id, client_id, text, at, event, event_id) VALUES (?, ?, 'system', ?, ?, ?, ?, ?, ?)`,
      chatId,
      seq,
      line.operatorId,
      clientId,
      line.text,
      now,
      JSON.stringify(line.event),
      line.eventId,
    );
    this.lastSeqs.set(chatId, seq);
    return { seq, author: 'system', operatorId: line.operatorId, clientId, text: line.text, at: now, event: line.event };
  }

  /** Records the chat's first operator reply once; one read per chat per wake, none after. */
  private noteReply(chatId: string, operatorId: string, now: number): void {
    if (this.replied.has(chatId)) return;
    this.replied.add(chatId);
    const n = this.sql.exec<{ n: number }>(`SELECT COUNT(*) AS n FROM messages WHERE chat_id = ? AND author = 'operator'`, chatId).one().n;
    if (n === 1) this.events.record({ kind: 'first_reply', chatId, at: now, operatorId });
  }

  /** Whether an operator has written in the chat (notes and system lines aside). */
  hasReply(chatId: string): boolean {
    return this.sql.exec(`SELECT 1 FROM messages WHERE chat_id = ? AND author = 'operator' LIMIT 1`, chatId).toArray().length > 0;
  }

  /**
   * The chat's highest stored seq. Memory only, read from storage the first time a chat is used
   * after a wake or restart, so it is always what storage holds (seqs stay gap-free).
   */
  lastSeq(chatId: string): number {
    let seq = this.lastSeqs.get(chatId);
    if (seq === undefined) {
      seq = this.sql.exec<{ s: number }>(`SELECT COALESCE(MAX(seq), 0) AS s FROM messages WHERE chat_id = ?`, chatId).one().s;
      this.lastSeqs.set(chatId, seq);
    }
    return seq;
  }

  /** A visitor message already stored under this client id in any of the visitor's chats. */
  visitorMessage(visitorId: string, clientId: string): { chatId: string; message: ChatMessage } | null {
    const row = this.sql
      .exec<Row>(
        `SELECT m.* FROM messages m JOIN chats c ON c.id = m.chat_id WHERE c.visitor_id = ? AND m.author = 'visitor' AND m.client_id = ? LIMIT 1`,
        visitorId,
        clientId,
      )
      .toArray()[0];
    return row ? { chatId: String(row.chat_id), message: toMessage(row, this.link) as ChatMessage } : null;
  }

  /**
   * What the visitor may see of a chat: its messages with `seq` above `afterSeq`, in order,
   * without internal notes. Every visitor-facing path reads messages through here.
   */
  messagesAfter(chatId: string, afterSeq = 0): ChatMessage[] {
    return this.sql
      .exec<Row>(`SELECT * FROM messages WHERE chat_id = ? AND seq > ? AND author != 'note' ORDER BY seq`, chatId, afterSeq)
      .toArray()
      .map((r) => toMessage(r, this.link) as ChatMessage);
  }

  /** What operators see of a chat: messages and internal notes with `seq` above `afterSeq`, in order. */
  timeline(chatId: string, afterSeq = 0): OperatorMessage[] {
    return this.sql
      .exec<Row>(`SELECT * FROM messages WHERE chat_id = ? AND seq > ? ORDER BY seq`, chatId, afterSeq)
      .toArray()
      .map((r) => toMessage(r, this.link));
  }

  /** Drops a closed chat's cached seq and reply mark. */
  forget(chatId: string): void {
    this.lastSeqs.delete(chatId);
    this.replied.delete(chatId);
  }
}
