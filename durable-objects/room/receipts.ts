import type { Receipt, ReceiptSide } from '../../common/protocol';
import { errorFrame } from '../visitor/frames';
import type { ChatHead } from './chat-rows';
import type { RoomServices } from './services';
import { toOperatorsAndVisitors } from './sockets';

/**
 * One side reports how far it got in a chat of its own (F21): the visitor in any of their chats,
 * an operator in a chat they hold or held last. Marks only move forward (an older report, from a
 * tab behind another, changes nothing); a moved mark reaches both sides' tabs at once.
 */
export function onReceipt(room: RoomServices, ws: WebSocket, side: ReceiptSide, who: string, frame: Receipt): void {
  const chat = room.store.chatHead(frame.chatId);
  if (!chat || (side === 'visitor' ? chat.visitorId : chat.operatorId) !== who)
    return room.reject(ws, errorFrame('unknown_chat', 'No such chat of yours.', 'receipt'));
  if (Math.max(frame.delivered, frame.seen) > lastSeq(room, chat))
    return room.reject(ws, errorFrame('invalid_seq', 'That chat has no message with this seq yet.', 'receipt'));
  const receipts = room.store.receipts.record(chat.id, side, { delivered: frame.delivered, seen: frame.seen }, room.clock());
  if (!receipts) return;
  const operators = chat.operatorId ? room.sockets.operatorSockets(chat.operatorId) : [];
  toOperatorsAndVisitors(operators, room.sockets.visitorSockets(chat.visitorId), { type: 'receipts', chatId: chat.id, ...receipts });
}

/** The chat's last seq: counted in memory while it is open, read once it is closed (the count is dropped then). */
function lastSeq(room: RoomServices, chat: ChatHead): number {
  return chat.status === 'closed' ? room.store.receipts.lastSeqOfClosed(chat.id) : room.store.messages.lastSeq(chat.id);
}
