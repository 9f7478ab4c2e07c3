import type { ChatEvent } from '../../common/reports/events';

/** An event as recorded, before its id is given. */
export type NewChatEvent = ChatEvent extends infer E ? (E extends ChatEvent ? Omit<E, 'id'> : never) : never;

/**
 * How long events gather in the outbox before the alarm flushes them to D1: reports need no
 * second-by-second freshness, and one flush a minute keeps D1 writes few on a busy room.
 */
export const EVENT_FLUSH_DELAY_MS = 60_000;
/** How long a failed flush waits before the next try. */
export const EVENT_FLUSH_RETRY_MS = 30_000;

/**
 * The room's outbox of chat lifecycle events (F22) in its own SQLite. Callers record an event in
 * the same synchronous turn as the storage write it describes, so both are durable together or
 * not at all; the alarm flushes the outbox to D1 (event-flush.ts).
 */
export class ChatEventLog {
  /** When the last flush failed, to space out retries; memory only (a restart simply tries again). */
  private failedAt: number | null = null;

  constructor(
    private readonly sql: SqlStorage,
    private readonly newId: () => string,
    /** Called after each record so the room's alarm covers the flush. */
    private readonly onRecorded: () => void,
  ) {}

  /** Stores the event under a new id; returns it as stored. */
  record(event: NewChatEvent): ChatEvent {
    const recorded: ChatEvent = { id: this.newId(), ...event };
    this.sql.exec(
      `INSERT INTO chat_events (id, chat_id, at, data) VALUES (?, ?, ?, ?)`,
      recorded.id,
      event.chatId,
      event.at,
      JSON.stringify(recorded),
    );
    this.onRecorded();
    return recorded;
  }

  /** The oldest events not yet flushed, in the order they were recorded. */
  pending(limit: number): ChatEvent[] {
    return this.sql
      .exec<{ data: string }>(`SELECT data FROM chat_events ORDER BY rowid LIMIT ?`, limit)
      .toArray()
      .map((r) => JSON.parse(r.data) as ChatEvent);
  }

  /** Forgets events D1 has stored. */
  acknowledge(ids: readonly string[]): void {
    for (const id of ids) this.sql.exec(`DELETE FROM chat_events WHERE id = ?`, id);
  }

  noteFailure(now: number): void {
    this.failedAt = now;
  }

  noteSuccess(): void {
    this.failedAt = null;
  }

  /** When the alarm should flush next, or null with nothing pending. */
  flushDeadline(): number | null {
    const row = this.sql.exec<{ t: number | null }>(`SELECT MIN(at) AS t FROM chat_events`).one();
    if (row.t === null) return null;
    const due = row.t + EVENT_FLUSH_DELAY_MS;
    return this.failedAt === null ? due : Math.max(due, this.failedAt + EVENT_FLUSH_RETRY_MS);
  }
}
