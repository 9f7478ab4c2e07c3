import {
  CLOSE_CODES,
  type OperatorClientFrame,
  type OperatorHello,
  type OperatorServerFrame,
  type OperatorStatus,
  PROTOCOL_VERSION,
} from '../../common/protocol';
import { errorFrame } from '../visitor/frames';
import { sendError } from '../visitor/send-text';
import type { ChatHead } from './chat-rows';
import { operatorConfig } from './config-snapshot';
import { onReceipt } from './receipts';
import type { RoomServices } from './services';
import { type OperatorAttachment, toOperators, toOperatorsAndVisitors, toVisitors } from './sockets';
import { operatorChat } from './views';

/** Handles one validated frame from an operator's console tab (F10, F11). */
export function onOperatorFrame(room: RoomServices, ws: WebSocket, a: OperatorAttachment, frame: OperatorClientFrame, now: number): void {
  if (frame.type === 'hello') return hello(room, ws, a, frame, now);
  if (!a.ready) return room.reject(ws, errorFrame('not_ready', 'Send hello first.', frame.type));
  switch (frame.type) {
    case 'status': {
      const status = allowedStatus(room, ws, a.operatorId, frame.status, 'status');
      room.sockets.set(ws, { ...a, status });
      reply(ws, { type: 'status', status });
      return room.dispatcher.settle(now);
    }
    case 'message': {
      const chat = myChat(room, ws, a, room.store.chatHead(frame.chatId), 'message');
      if (!chat) return;
      const files = frame.attachmentIds ? sendableFiles(room, ws, chat.id, frame.clientId, frame.attachmentIds) : undefined;
      if (files === null) return;
      const { message, duplicate } = room.store.messages.append(chat.id, {
        author: 'operator',
        operatorId: a.operatorId,
        clientId: frame.clientId,
        text: frame.text,
        now,
        attachments: files,
      });
      if (duplicate) return reply(ws, { type: 'message', chatId: chat.id, message });
      if (frame.attachmentIds) room.attachments.markSent(chat.id, frame.attachmentIds, message.seq);
      return toOperatorsAndVisitors(room.sockets.operatorSockets(a.operatorId), room.sockets.visitorSockets(chat.visitorId), {
        type: 'message',
        chatId: chat.id,
        message,
      });
    }
    case 'note': {
      const chat = myChat(room, ws, a, room.store.chatHead(frame.chatId), 'note');
      if (!chat) return;
      const { message } = room.store.messages.append(chat.id, {
        author: 'note',
        operatorId: a.operatorId,
        clientId: frame.clientId,
        text: frame.text,
        now,
      });
      // Internal notes go to the operator's tabs only, never to the visitor's sockets.
      return toOperators(room.sockets.operatorSockets(a.operatorId), { type: 'message', chatId: chat.id, message });
    }
    case 'typing': {
      const chat = myChat(room, ws, a, room.store.chatHead(frame.chatId), 'typing');
      if (chat) toVisitors(room.sockets.visitorSockets(chat.visitorId), { type: 'typing', chatId: chat.id, typing: frame.typing });
      return;
    }
    case 'close': {
      const chat = myChat(room, ws, a, room.store.chat(frame.chatId), 'close');
      if (!chat) return;
      room.dispatcher.close(chat, 'operator', 'closed', now);
      return room.dispatcher.settle(now);
    }
    case 'transfer': {
      const chat = myChat(room, ws, a, room.store.chat(frame.chatId), 'transfer');
      if (!chat) return;
      const target = room.dispatcher.loads().find((l) => l.id === frame.toOperatorId);
      if (
        !target ||
        target.id === a.operatorId ||
        target.status === 'offline' ||
        target.activeChats >= room.dispatcher.routingSettings().maxChatsPerOperator
      ) {
        return room.reject(ws, errorFrame('transfer_refused', 'That operator is not connected or has no free capacity.', 'transfer'));
      }
      room.dispatcher.assign(chat, target.id, now, { operatorId: a.operatorId, reason: 'transferred' });
      return room.dispatcher.settle(now);
    }
    case 'receipt':
      return onReceipt(room, ws, 'operator', a.operatorId, frame);
  }
}

/** A console tab closed; once the operator has none left, their chats enter the grace period. */
export async function onOperatorGone(room: RoomServices, a: OperatorAttachment, now: number): Promise<void> {
  if (!a.ready) return;
  if (room.sockets.operatorSockets(a.operatorId).length === 0) await room.dispatcher.operatorGone(a.operatorId, now);
  room.dispatcher.settle(now);
}

function hello(room: RoomServices, ws: WebSocket, a: OperatorAttachment, frame: OperatorHello, now: number): void {
  if (frame.protocol !== PROTOCOL_VERSION) {
    room.reject(ws, errorFrame('unsupported_protocol', `This server speaks protocol ${PROTOCOL_VERSION}.`, 'hello'));
    return ws.close(CLOSE_CODES.unsupportedProtocol, 'unsupported protocol');
  }
  if (a.ready) return room.reject(ws, errorFrame('already_ready', 'hello was already accepted.', 'hello'));
  const status = room.dispatcher.mayGoOnline(a.operatorId) ? frame.status : 'away';
  room.sockets.set(ws, { ...a, ready: true, status });
  room.dispatcher.operatorBack(a.operatorId);

  const resumed = new Map(frame.resume.map((r) => [r.chatId, r.lastSeq]));
  const chats = room.store
    .activeChatsOf(a.operatorId)
    .map((c) => operatorChat(room.store, c, room.sockets.visitorSockets(c.visitorId).length > 0, resumed.get(c.id) ?? 0));
  const loads = room.dispatcher.loads();
  reply(ws, {
    type: 'welcome',
    protocol: PROTOCOL_VERSION,
    operatorId: a.operatorId,
    status,
    config: operatorConfig(room.config()),
    chats,
    presence: room.dispatcher.presence(loads),
    queueLength: room.dispatcher.queueLength(),
  });
  if (status !== frame.status) room.reject(ws, operatorLimitError('hello'));
  room.dispatcher.settle(now);
}

/** The status a tab may have: away when the plan's operator limit keeps this operator offline (F15). */
function allowedStatus(room: RoomServices, ws: WebSocket, operatorId: string, wanted: OperatorStatus, ref: string): OperatorStatus {
  if (wanted === 'away' || room.dispatcher.mayGoOnline(operatorId)) return wanted;
  room.reject(ws, operatorLimitError(ref));
  return 'away';
}

/**
 * The plan's operator limit fell (a paid period ended, or fewer seats were bought): operators
 * beyond it are set away at once, so they get no new chats, and keep their open chats to finish (F15).
 */
export function enforceOperatorLimit(room: RoomServices): void {
  for (const [ws, a] of [...room.sockets.operators()]) {
    if (!a.ready || a.status !== 'online' || room.dispatcher.mayGoOnline(a.operatorId)) continue;
    room.sockets.set(ws, { ...a, status: 'away' });
    sendError(ws, operatorLimitError());
    reply(ws, { type: 'status', status: 'away' });
  }
}

function operatorLimitError(ref?: string) {
  return errorFrame(
    'operator_limit',
    "You can't go online: your company's plan allows fewer operators than it has, and you are beyond the limit. The owner can add operators on the Plan page.",
    ref,
  );
}

/**
 * The operator's unsent files for a message, or null once it is answered: a resend of a message
 * already stored is acknowledged again (its files are sent by then), and files that aren't this
 * operator's uploads to this chat are refused. Only messages with files pay for these reads.
 */
function sendableFiles(room: RoomServices, ws: WebSocket, chatId: string, clientId: string, ids: readonly string[]) {
  const stored = room.store.messages.storedMessage(chatId, 'operator', clientId);
  if (stored) {
    reply(ws, { type: 'message', chatId, message: stored });
    return null;
  }
  const files = room.attachments.unsent(chatId, 'operator', ids);
  if (!files) room.reject(ws, errorFrame('unknown_attachment', 'A file was not uploaded to this chat, or was sent already.', 'message'));
  return files;
}

/** The operator's own active chat, or null after telling them why not. */
function myChat<C extends ChatHead>(room: RoomServices, ws: WebSocket, a: OperatorAttachment, chat: C | null, ref: string): C | null {
  if (chat?.status === 'closed' && chat.operatorId === a.operatorId) {
    room.reject(ws, errorFrame('chat_closed', 'This chat is closed.', ref));
    return null;
  }
  if (chat?.status !== 'active' || chat.operatorId !== a.operatorId) {
    room.reject(ws, errorFrame('unknown_chat', 'No such active chat of yours.', ref));
    return null;
  }
  return chat;
}

function reply(ws: WebSocket, frame: OperatorServerFrame): void {
  toOperators([ws], frame);
}
