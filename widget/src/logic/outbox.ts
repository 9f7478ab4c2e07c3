import type { Attachment, ChatMessage } from '../../../common/protocol';

/** A message the visitor typed that the server has not acknowledged yet. */
export interface Pending {
  clientId: string;
  text: string;
  /** When it was typed (epoch ms), for its timestamp while pending. */
  at: number;
  /** Files already uploaded to the chat (F20): a resend names them by id again. */
  attachments?: Attachment[];
}

/**
 * The visitor's unacknowledged messages, in typing order (F9: typed while offline → queued,
 * shown pending, sent once). Entries leave only when the server's `message` frame echoes their
 * clientId; the server stores a resend of a known clientId once, so resending everything still
 * pending on every new connection delivers each message exactly once.
 */
export function enqueue(outbox: readonly Pending[], entry: Pending): Pending[] {
  return [...outbox, entry];
}

/** Drops the entry the server acknowledged (its stored copy now carries the same clientId). */
export function acknowledge(outbox: readonly Pending[], message: Pick<ChatMessage, 'clientId'>): Pending[] {
  return message.clientId === null ? [...outbox] : outbox.filter((p) => p.clientId !== message.clientId);
}

/**
 * What to send on the current connection: pending entries not yet sent on it, in order. `sent`
 * is the set of clientIds already written to this socket; it starts empty on each connection.
 */
export function unsent(outbox: readonly Pending[], sent: ReadonlySet<string>): Pending[] {
  return outbox.filter((p) => !sent.has(p.clientId));
}
