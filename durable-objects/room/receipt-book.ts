import { advanceMarks, type ChatReceipts, type Marks, NO_RECEIPTS, RECEIPT_GAP_MS, type ReceiptSide } from '../../common/protocol';

interface Entry {
  receipts: ChatReceipts;
  /** When the row was last written; null while this wake has not written it. */
  writtenAt: number | null;
  /** Marks moved since that write. */
  dirty: boolean;
}

/**
 * The chats' delivered and seen marks (F21) in the room's SQLite, written at most once per chat
 * per RECEIPT_GAP_MS: a report inside the gap moves the marks in memory (and is relayed at once),
 * and the latest marks are written when the gap ends, by the room's alarm (`flushDeadline`) or by
 * the next report that finds the gap over. Marks cost no write while a chat is quiet.
 */
export class ReceiptBook {
  /** Chats with marks written or moved within the last gap; the others are read from storage. */
  private readonly entries = new Map<string, Entry>();
  /** The earliest flush the room's alarm was asked for and has not run yet. */
  private armedFor: number | null = null;

  constructor(
    private readonly sql: SqlStorage,
    /** Asks the room to run its alarm by `at` (it takes the earliest of every deadline). */
    private readonly arm: (at: number) => void,
  ) {}

  /** The chat's marks as they stand (in memory ahead of storage). */
  get(chatId: string): ChatReceipts {
    return this.entries.get(chatId)?.receipts ?? this.read(chatId);
  }

  /** Applies one side's report; answers the chat's new marks, or null when nothing moved (no write, nothing to tell). */
  record(chatId: string, side: ReceiptSide, reported: Marks, now: number): ChatReceipts | null {
    const entry = this.entries.get(chatId) ?? { receipts: this.read(chatId), writtenAt: null, dirty: false };
    const next = advanceMarks(entry.receipts[side], reported);
    if (next) {
      entry.receipts = { ...entry.receipts, [side]: next };
      entry.dirty = true;
      this.entries.set(chatId, entry);
    }
    this.flush(now);
    // Still unwritten: the chat was written less than a gap ago, so the alarm writes it at the gap's end.
    if (entry.dirty && entry.writtenAt !== null) {
      const due = entry.writtenAt + RECEIPT_GAP_MS;
      if (this.armedFor === null || due < this.armedFor) {
        this.armedFor = due;
        this.arm(due);
      }
    }
    return next && entry.receipts;
  }

  /** Writes the marks whose gap is over and forgets the chats that need no memory any more. */
  flush(now: number): void {
    if (this.armedFor !== null && this.armedFor <= now) this.armedFor = null;
    for (const [chatId, entry] of this.entries) {
      const due = entry.writtenAt === null || entry.writtenAt + RECEIPT_GAP_MS <= now;
      if (!due) continue;
      if (entry.dirty) this.write(chatId, entry, now);
      else this.entries.delete(chatId);
    }
  }

  /** When the alarm must flush moved marks next, or null when none wait. */
  flushDeadline(): number | null {
    let next: number | null = null;
    for (const entry of this.entries.values()) {
      if (!entry.dirty || entry.writtenAt === null) continue;
      const due = entry.writtenAt + RECEIPT_GAP_MS;
      if (next === null || due < next) next = due;
    }
    return next;
  }

  /** A closed chat's last seq, read from storage (the store counts only open chats' seqs in memory). */
  lastSeqOfClosed(chatId: string): number {
    return this.sql.exec<{ s: number }>(`SELECT COALESCE(MAX(seq), 0) AS s FROM messages WHERE chat_id = ?`, chatId).one().s;
  }

  private write(chatId: string, entry: Entry, now: number): void {
    const { visitor, operator } = entry.receipts;
    // A chat erased meanwhile (retention, a visitor's erasure) gets no row back.
    this.sql.exec(
      `INSERT INTO chat_receipts (chat_id, visitor_delivered, visitor_seen, operator_delivered, operator_seen, version)
       SELECT ?, ?, ?, ?, ?, 1 WHERE EXISTS (SELECT 1 FROM chats WHERE id = ?)
       ON CONFLICT (chat_id) DO UPDATE SET visitor_delivered = excluded.visitor_delivered, visitor_seen = excluded.visitor_seen,
         operator_delivered = excluded.operator_delivered, operator_seen = excluded.operator_seen, version = version + 1`,
      chatId,
      visitor.delivered,
      visitor.seen,
      operator.delivered,
      operator.seen,
      chatId,
    );
    entry.writtenAt = now;
    entry.dirty = false;
  }

  private read(chatId: string): ChatReceipts {
    const row = this.sql
      .exec<Record<string, number>>(
        `SELECT visitor_delivered, visitor_seen, operator_delivered, operator_seen FROM chat_receipts WHERE chat_id = ?`,
        chatId,
      )
      .toArray()[0];
    if (!row) return NO_RECEIPTS;
    return {
      visitor: { delivered: row.visitor_delivered!, seen: row.visitor_seen! },
      operator: { delivered: row.operator_delivered!, seen: row.operator_seen! },
    };
  }
}
