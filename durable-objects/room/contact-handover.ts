import { randomId } from '../../common/ids';
import type { ChatMessage } from '../../common/protocol';
import { OFFLINE_MESSAGE_MAX_LENGTH } from '../../common/schemas/offline';
import { type Db, getDb } from '../../db/client';
import { offlineMessages } from '../../db/schema';
import type { ChatRow } from './chat-rows';
import type { ChatStore } from './chat-store';

/** The subject of an offline message made from a chat whose visitor left the queue. */
export const HANDOVER_THEME = 'Left the queue: please answer by email';

/**
 * A queued visitor who left an email went away before an operator was free (F10): their chat
 * reaches the company as an offline message (F14) to that address, with what they wrote, stored
 * in D1 first and then queued for mailing like any offline form (the stalled-delivery sweep
 * catches a lost queue job). Returns the message's id.
 */
export async function handOverToOfflineMessages(
  db: Db,
  queue: Queue,
  companyId: string,
  chat: ChatRow & { contactEmail: string },
  messages: readonly ChatMessage[],
  now: number,
): Promise<string> {
  const said = messages.filter((m) => m.author === 'visitor').map((m) => m.text);
  const id = randomId();
  await db.insert(offlineMessages).values({
    id,
    companyId,
    visitorId: chat.visitorId,
    email: chat.contactEmail,
    theme: HANDOVER_THEME,
    message: (said.join('\n\n') || '(no message)').slice(0, OFFLINE_MESSAGE_MAX_LENGTH),
    deliveryStatus: 'pending',
    createdAt: new Date(now),
  });
  try {
    await queue.send({ id });
  } catch (err) {
    console.error('company room: offline mail enqueue failed', id, err);
  }
  return id;
}

/** The room's hand-over (F10, F14): a failure is logged, as the visitor is gone and nobody waits on it. */
export async function handOver(
  env: Env,
  companyId: string | null,
  store: ChatStore,
  chat: ChatRow & { contactEmail: string },
  now: number,
): Promise<void> {
  if (!companyId) return;
  try {
    await handOverToOfflineMessages(getDb(env.DB), env.OFFLINE_MAIL, companyId, chat, store.messages.messagesAfter(chat.id), now);
  } catch (err) {
    console.error('company room: hand-over to offline messages failed', chat.id, err);
  }
}
