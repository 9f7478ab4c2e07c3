import { pickLanguage } from '../../common/pick-language';
import {
  CLOSE_CODES,
  PROTOCOL_VERSION,
  VISITOR_FRAME_BUDGETS,
  type VisitorChat,
  type VisitorClientFrame,
  type VisitorHello,
  type VisitorServerFrame,
} from '../../common/protocol';
import { takeToken } from '../visitor/frame-budget';
import { errorFrame } from '../visitor/frames';
import type { ChatRow } from './chat-rows';
import { widgetConfig } from './config-snapshot';
import { asksRating, rateChat } from './rating';
import { onReceipt } from './receipts';
import type { RoomServices } from './services';
import { toOperators, toOperatorsAndVisitors, toVisitors, type VisitorAttachment } from './sockets';
import { operatorPublic, visitorInfo } from './views';
import { relayVisitorTyping } from './visitor-typing';

type Ready = VisitorAttachment & { visitorId: string };

/** A `hello` whose secret was hashed: the secret itself goes no further than the hash. */
export type HashedHello = Omit<VisitorHello, 'visitorSecret'> & { secretHash: string | null };

/** Handles one validated frame from a visitor socket (F9); a `hello` arrives with its secret hashed. */
export function onVisitorFrame(
  room: RoomServices,
  ws: WebSocket,
  a: VisitorAttachment,
  frame: Exclude<VisitorClientFrame, VisitorHello> | HashedHello,
  now: number,
): void {
  if (frame.type === 'hello') return hello(room, ws, a, frame, now);
  if (a.visitorId === null) return room.reject(ws, errorFrame('not_ready', 'Send hello first.', frame.type));
  // Every frame type spends from its own budget, kept in the attachment so it survives hibernation.
  const budget = takeToken(a.budgets[frame.type], VISITOR_FRAME_BUDGETS[frame.type], now);
  if (!budget) return room.reject(ws, errorFrame('rate_limited', 'Too many frames; slow down.', frame.type));
  const ready = { ...a, budgets: { ...a.budgets, [frame.type]: budget } } as Ready;
  room.sockets.set(ws, ready);
  switch (frame.type) {
    case 'update':
      return update(room, ws, ready, frame, now);
    case 'message':
      return message(room, ws, ready, frame, now);
    case 'typing':
      return relayVisitorTyping(room, ready.visitorId, frame);
    case 'close': {
      const chat = room.store.openChatOf(ready.visitorId);
      if (!chat) return room.reject(ws, errorFrame('unknown_chat', 'There is no open chat to close.', 'close'));
      room.dispatcher.close(chat, 'visitor', 'closed', now);
      return room.dispatcher.settle(now);
    }
    case 'contact':
      return contact(room, ws, ready, frame.email);
    case 'rate':
      return rateChat(room, ws, ready.visitorId, frame, now);
    case 'receipt':
      return onReceipt(room, ws, 'visitor', ready.visitorId, frame);
  }
}

/**
 * A visitor's tab went away. Once no tab is left, the operator's panel shows the visitor offline,
 * and a chat still in the queue starts its visitor grace period.
 */
export async function onVisitorGone(room: RoomServices, a: VisitorAttachment, now: number): Promise<void> {
  if (a.visitorId === null || room.sockets.visitorSockets(a.visitorId).length > 0) return;
  const chat = room.store.openChatOf(a.visitorId);
  if (chat?.operatorId)
    toOperators(room.sockets.operatorSockets(chat.operatorId), { type: 'visitor', chatId: chat.id, visitor: visitorInfo(chat, false) });
  if (chat) await room.dispatcher.visitorGone(chat, now);
}

function hello(room: RoomServices, ws: WebSocket, a: VisitorAttachment, frame: HashedHello, now: number): void {
  if (frame.protocol !== PROTOCOL_VERSION) {
    room.reject(ws, errorFrame('unsupported_protocol', `This server speaks protocol ${PROTOCOL_VERSION}.`, 'hello'));
    return ws.close(CLOSE_CODES.unsupportedProtocol, 'unsupported protocol');
  }
  if (a.visitorId !== null) return room.reject(ws, errorFrame('already_ready', 'hello was already accepted.', 'hello'));
  // Someone else's visitor id (seen on an operator's screen, say) gets nothing of that visitor's chats.
  if (frame.secretHash === null || !room.store.claimVisitor(frame.visitorId, frame.secretHash, now)) {
    room.reject(ws, errorFrame('visitor_secret', 'This visitor id belongs to another visitor.', 'hello'));
    return ws.close(CLOSE_CODES.revoked, 'visitor secret mismatch');
  }
  const open = room.store.openChatOf(frame.visitorId);
  // A tab that doesn't know the chat's category (another tab started it) takes the chat's.
  const category = knownCategory(room, ws, frame.category ?? null, 'hello') ?? open?.category ?? null;
  const config = room.config();
  // The widget greets before it knows the company's languages: one it lacks is served in the default.
  const language = pickLanguage([], config.languages, frame.language) ?? frame.language;
  const ready: Ready = { ...a, visitorId: frame.visitorId, language, category, page: frame.page };
  room.sockets.set(ws, ready);

  const availability = room.dispatcher.tellAvailability(ws, { language: ready.language, category: ready.category }, { send: false });
  if (open) room.dispatcher.visitorBack(open);
  const resume = frame.resume;
  // A chat that ended while the visitor was away: replay what they missed, then say it ended.
  const ended = resume && resume.chatId !== open?.id ? room.store.chat(resume.chatId) : null;
  reply(ws, {
    type: 'welcome',
    protocol: PROTOCOL_VERSION,
    config: widgetConfig(config),
    availability,
    chat: open ? visitorChat(room, open, resume?.chatId === open.id ? resume.lastSeq : 0) : null,
  });
  if (ended && ended.visitorId === ready.visitorId && ended.status === 'closed') {
    for (const message of room.store.messages.messagesAfter(ended.id, resume!.lastSeq))
      reply(ws, { type: 'message', chatId: ended.id, message });
    reply(ws, { type: 'receipts', chatId: ended.id, ...room.store.receipts.get(ended.id) });
    reply(ws, {
      type: 'closed',
      chatId: ended.id,
      by: ended.closedBy ?? 'system',
      reason: ended.closeReason ?? 'closed',
      offlineForm: room.dispatcher.offersOfflineForm(ended.closeReason ?? 'closed'),
      rate: asksRating(room, ended),
    });
  }
  if (open) syncVisitor(room, open, ready);
}

function update(room: RoomServices, ws: WebSocket, a: Ready, frame: Extract<VisitorClientFrame, { type: 'update' }>, now: number): void {
  const next: Ready = {
    ...a,
    language: frame.language ?? a.language,
    category: frame.category === undefined ? a.category : knownCategory(room, ws, frame.category, 'update'),
    page: frame.page ?? a.page,
  };
  room.sockets.set(ws, next);
  const open = room.store.openChatOf(a.visitorId);
  if (open) syncVisitor(room, open, next);
  const needChanged = next.language !== a.language || next.category !== a.category;
  // Only this socket's availability can have changed: no pass over every other socket.
  if (needChanged) room.dispatcher.tellAvailability(ws, { language: next.language, category: next.category }, { send: true });
  if (open?.status === 'queued' && needChanged) room.dispatcher.settle(now);
}

function message(room: RoomServices, ws: WebSocket, a: Ready, sent: Extract<VisitorClientFrame, { type: 'message' }>, now: number): void {
  const { clientId, text, attachmentIds } = sent;
  const open = room.store.openChatHeadOf(a.visitorId);
  // A resend of a message already stored (its acknowledgement was lost): acknowledge it again, once.
  const stored = room.store.messages.visitorMessage(a.visitorId, clientId);
  if (stored) return reply(ws, { type: 'message', chatId: stored.chatId, message: stored.message });
  if (!room.visitorMessages.hit(a.visitorId, now))
    return room.reject(ws, errorFrame('rate_limited', 'Too many messages; wait a few seconds.', 'message'));

  if (!open && room.config().settings.categoriesEnabled && a.category === null) {
    return room.reject(ws, errorFrame('category_required', 'Pick a category before starting the chat.', 'message'));
  }
  // New chats are what costs operators: limited per address and per company (SPEC S), in storage.
  if (!open && (!room.newChatsPerAddress.hit(a.address, now) || !room.newChatsPerCompany.hit('company', now)))
    return room.reject(ws, errorFrame('rate_limited', 'Too many new chats; try again in a minute.', 'message'));
  // Files are uploaded to the open chat, so a message carrying them never starts one.
  const files = attachmentIds ? (open ? room.attachments.unsent(open.id, 'visitor', attachmentIds) : null) : undefined;
  if (files === null)
    return room.reject(ws, errorFrame('unknown_attachment', 'A file was not uploaded to this chat, or was sent already.', 'message'));
  const started = open ? null : startChat(room, a, now);
  const chat = open ?? started!;
  const { message: stored2 } = room.store.messages.append(chat.id, {
    author: 'visitor',
    operatorId: null,
    clientId,
    text,
    now,
    attachments: files,
  });
  if (attachmentIds) room.attachments.markSent(chat.id, attachmentIds, stored2.seq);
  const frame = { type: 'message', chatId: chat.id, message: stored2 } as const;
  const operators = open?.operatorId ? room.sockets.operatorSockets(open.operatorId) : [];
  toOperatorsAndVisitors(operators, room.sockets.visitorSockets(a.visitorId), frame);
  if (started) {
    // The chat starts with its first message (F10): route it now that it has something to show.
    room.dispatcher.route(started, now);
    room.dispatcher.settle(now);
  }
}

/**
 * A visitor waiting in the queue leaves an email (F10): kept with the chat, shown on the operator's
 * visitor panel once it is taken, and used to answer them by email should they go away first.
 */
function contact(room: RoomServices, ws: WebSocket, a: Ready, email: string): void {
  const chat = room.store.openChatOf(a.visitorId);
  if (chat?.status !== 'queued') return room.reject(ws, errorFrame('unknown_chat', 'Only a waiting chat takes an email.', 'contact'));
  room.store.setContactEmail(chat.id, email);
  toVisitors(room.sockets.visitorSockets(a.visitorId), { type: 'contact', chatId: chat.id, email });
}

/** A new chat, queued until routed, carrying the visitor's details. */
function startChat(room: RoomServices, a: Ready, now: number): ChatRow {
  return room.store.createChat({
    id: room.newId(),
    visitorId: a.visitorId,
    language: a.language,
    category: a.category,
    visitor: { page: a.page, userAgent: a.userAgent },
    now,
    test: a.testChatUserId !== null,
  });
}

/**
 * Pushes the visitor's current page/language/category into the open chat and the operator's
 * panel. A tab without a category never clears the chat's: the category is picked once, per chat.
 */
function syncVisitor(room: RoomServices, chat: ChatRow, a: Ready): void {
  const fields = { language: a.language, category: a.category ?? chat.category, visitor: { page: a.page, userAgent: a.userAgent } };
  const updated = room.store.updateVisitor(chat.id, fields);
  if (updated?.operatorId) {
    toOperators(room.sockets.operatorSockets(updated.operatorId), {
      type: 'visitor',
      chatId: chat.id,
      visitor: visitorInfo(updated, true),
    });
  }
}

function visitorChat(room: RoomServices, chat: ChatRow, afterSeq: number): VisitorChat {
  const queued = chat.status === 'queued' ? room.store.queuedChats() : [];
  const position = chat.status === 'queued' ? queued.findIndex((c) => c.id === chat.id) + 1 : null;
  return {
    id: chat.id,
    status: chat.status === 'queued' ? 'queued' : 'active',
    operator: chat.operatorId ? operatorPublic(room.config(), chat.operatorId) : null,
    category: chat.category,
    queuePosition: position,
    waitEstimateSeconds:
      position === null
        ? null
        : room.dispatcher.waitEstimate(position, { language: chat.language, category: chat.category }, room.dispatcher.loads()),
    contactEmail: chat.contactEmail,
    messages: room.store.messages.messagesAfter(chat.id, afterSeq),
    receipts: room.store.receipts.get(chat.id),
  };
}

/** A category the company has, or null (with an error frame) for one it doesn't. */
function knownCategory(room: RoomServices, ws: WebSocket, category: string | null, ref: string): string | null {
  if (category === null || room.config().categories.some((c) => c.id === category)) return category;
  room.reject(ws, errorFrame('unknown_category', 'This company has no such category.', ref));
  return null;
}

function reply(ws: WebSocket, frame: VisitorServerFrame): void {
  toVisitors([ws], frame);
}
