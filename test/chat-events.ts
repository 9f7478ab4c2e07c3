import type { ChatEvent } from '../common/reports/events';
import { flushEvents } from '../durable-objects/room/event-flush';
import { db } from './helpers';

/** An event before the room names it and its chat. */
export type NewChatEvent = ChatEvent extends infer E ? (E extends ChatEvent ? Omit<E, 'id' | 'chatId'> : never) : never;

let seq = 0;

/**
 * Stores a chat's lifecycle events in D1 as a company room would: through the room's own flush,
 * which also keeps the chat's facts row (for tests of the reports that read them).
 */
export async function storeChatEvents(companyId: string, chatId: string, events: NewChatEvent[]): Promise<void> {
  const pending = events.map((e) => ({ ...e, id: `test-ev-${seq++}-${chatId}`, chatId }) as ChatEvent);
  await flushEvents(db(), companyId, { pending: () => pending, acknowledge: () => {} });
}
