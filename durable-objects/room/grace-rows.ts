import { type ChatRow, type Row, toChat } from './chat-rows';

/**
 * The reconnect graces on the chats' rows (F10, ChatStore's `grace`): an operator's active chats
 * wait for them to come back, a queued chat for its visitor; the room's one alarm ends them.
 */
export class GraceRows {
  constructor(private readonly sql: SqlStorage) {}

  /** Starts the reconnect grace for an operator's active chats that don't have one yet. */
  startGrace(operatorId: string, until: number): number {
    return this.sql.exec(
      `UPDATE chats SET grace_until = ? WHERE operator_id = ? AND status = 'active' AND grace_until IS NULL`,
      until,
      operatorId,
    ).rowsWritten;
  }

  clearGrace(operatorId: string): void {
    this.sql.exec(`UPDATE chats SET grace_until = NULL WHERE operator_id = ? AND status = 'active'`, operatorId);
  }

  /** Active chats whose operator's grace ended at or before `now`. */
  graceExpired(now: number): ChatRow[] {
    return this.sql
      .exec<Row>(`SELECT * FROM chats WHERE status = 'active' AND grace_until <= ? ORDER BY grace_until, id`, now)
      .toArray()
      .map(toChat);
  }

  /** Starts the grace of a queued chat whose visitor has no tab left (once; a later call keeps the first deadline). */
  startVisitorGrace(chatId: string, until: number): void {
    this.sql.exec(`UPDATE chats SET grace_until = ? WHERE id = ? AND status = 'queued' AND grace_until IS NULL`, until, chatId);
  }

  /** The queued chat's visitor is back: it keeps its place. */
  clearVisitorGrace(chatId: string): void {
    this.sql.exec(`UPDATE chats SET grace_until = NULL WHERE id = ? AND status = 'queued'`, chatId);
  }

  /** Queued chats whose visitor's grace ended at or before `now`, in queue order. */
  visitorGraceExpired(now: number): ChatRow[] {
    return this.sql
      .exec<Row>(`SELECT * FROM chats WHERE status = 'queued' AND grace_until <= ? ORDER BY queued_at, id`, now)
      .toArray()
      .map(toChat);
  }

  /** The earliest running grace deadline, of an operator or of a queued chat's visitor, for the object's one alarm. */
  nextGraceDeadline(): number | null {
    const row = this.sql.exec<{ t: number | null }>(`SELECT MIN(grace_until) AS t FROM chats WHERE status != 'closed'`).one();
    return row.t ?? null;
  }
}
