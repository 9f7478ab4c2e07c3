import type { ChatRating, VisitorRate } from '../../common/protocol';
import { errorFrame } from '../visitor/frames';
import type { ChatRow } from './chat-rows';
import { ratingsOn } from './config-snapshot';
import type { RoomServices } from './services';
import { toOperators, toVisitors } from './sockets';

/**
 * Whether the widget asks for a rating of a chat that ended (F21): ratings on, an operator took
 * the chat (a chat nobody answered has nothing to rate), and no rating yet.
 */
export function asksRating(room: Pick<RoomServices, 'config'>, chat: ChatRow): boolean {
  return ratingsOn(room.config()) && chat.assignedAt !== null && chat.rating === null;
}

/**
 * A visitor rates their ended chat, once (F21). The socket's `hello` proved the visitor's
 * secret, so only the chat's own visitor gets this far; a second rating keeps the first.
 */
export function rateChat(room: RoomServices, ws: WebSocket, visitorId: string, frame: VisitorRate, now: number): void {
  const chat = room.store.chat(frame.chatId);
  if (!chat || chat.visitorId !== visitorId || chat.status !== 'closed' || chat.assignedAt === null)
    return room.reject(ws, errorFrame('unknown_chat', 'There is no ended chat of yours to rate.', 'rate'));
  if (!ratingsOn(room.config())) return room.reject(ws, errorFrame('rating_off', 'This company does not take ratings.', 'rate'));
  const rating: ChatRating = { rating: frame.rating, comment: frame.comment || null, at: now };
  if (!room.store.rate(chat.id, rating)) return room.reject(ws, errorFrame('already_rated', 'This chat was rated already.', 'rate'));
  const rated = { type: 'rated', chatId: chat.id, rating } as const;
  toVisitors(room.sockets.visitorSockets(visitorId), rated);
  if (chat.operatorId) toOperators(room.sockets.operatorSockets(chat.operatorId), rated);
}
