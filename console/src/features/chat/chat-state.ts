import {
  type Attachment,
  type ChatRating,
  type ChatReceipts,
  type CloseReason,
  lastSeq,
  mergeBySeq,
  type OperatorChat,
  type OperatorConfig,
  type OperatorMessage,
  type OperatorServerFrame,
  type OperatorStatus,
  type PresenceEntry,
  type VisitorInfo,
  type WaitingChat,
} from '../../../../common/protocol';

/**
 * A message or internal note the operator sent that the server hasn't stored yet; resent on
 * reconnect with the same clientId (as a note again when it is one).
 */
export interface PendingMessage {
  clientId: string;
  text: string;
  at: number;
  note: boolean;
  /** Uploaded files the message carries (F20); sent again by id on a resend. */
  attachments?: Attachment[];
}

/** Why a chat on the page is no longer active; it stays readable until the operator removes it. */
export type ChatEnd =
  | { kind: 'closed'; by: 'visitor' | 'operator' | 'system'; reason: CloseReason }
  | { kind: 'unassigned'; reason: 'transferred' | 'reassigned' | 'gone' };

/** One chat as the page shows it. */
export interface ChatView {
  id: string;
  visitor: VisitorInfo;
  startedAt: number;
  /** Stored messages and internal notes, ascending by `seq`, each seq once. */
  messages: OperatorMessage[];
  pending: PendingMessage[];
  unread: number;
  visitorTyping: boolean;
  /**
   * What the visitor has typed and not sent, while the company's typing preview is on (F21): a
   * new object with every typing frame, so the view can time out the one it shows.
   */
  visitorDraft: { text: string } | null;
  /** Newest message time, or when the chat started; orders the inbox. */
  lastActivity: number;
  ended: ChatEnd | null;
  /** The visitor's rating, arriving live once the chat ended (F21). */
  rating: ChatRating | null;
  /** Delivered and seen marks of both sides (F21): the visitor's mark the operator's messages. */
  receipts: ChatReceipts;
}

/** Everything the chat page knows from its socket. */
export interface ChatState {
  operatorId: string | null;
  status: OperatorStatus;
  config: OperatorConfig | null;
  chats: Record<string, ChatView>;
  presence: PresenceEntry[];
  queueLength: number;
  /** Queued chats this operator serves, in queue order. */
  waiting: WaitingChat[];
  /** The last error frame, for the banner. */
  lastError: { code: string; message: string } | null;
}

export const INITIAL_CHAT_STATE: ChatState = {
  operatorId: null,
  status: 'online',
  config: null,
  chats: {},
  presence: [],
  queueLength: 0,
  waiting: [],
  lastError: null,
};

/** What the page should notify about (sound, browser notification). */
export type ChatEvent = { kind: 'new-chat'; chatId: string } | { kind: 'new-message'; chatId: string; text: string };

/** The context a frame is applied in: the chat on screen, and whether the operator can see it. */
export interface ViewContext {
  selected: string | null;
  visible: boolean;
}

function seen(ctx: ViewContext, chatId: string): boolean {
  return ctx.visible && ctx.selected === chatId;
}

function fromServer(chat: OperatorChat, previous: ChatView | undefined): ChatView {
  const messages = mergeBySeq(previous && !previous.ended ? previous.messages : [], chat.messages);
  const stored = new Set(messages.map((m) => m.clientId).filter(Boolean));
  return {
    id: chat.id,
    visitor: chat.visitor,
    startedAt: chat.startedAt,
    messages,
    pending: (previous?.pending ?? []).filter((p) => !stored.has(p.clientId)),
    unread: previous && !previous.ended ? previous.unread : messages.filter((m) => m.author === 'visitor').length,
    visitorTyping: false,
    visitorDraft: null,
    lastActivity: Math.max(chat.startedAt, messages.at(-1)?.at ?? 0),
    ended: null,
    rating: null,
    receipts: chat.receipts,
  };
}

function withChat(state: ChatState, chat: ChatView): ChatState {
  return { ...state, chats: { ...state.chats, [chat.id]: chat } };
}

/**
 * Applies one server frame (pure). Returns the next state and what deserves a notification.
 * A `welcome` (first connect or reconnect) merges the replayed chats; chats the page shows
 * that the server no longer lists ended while the socket was down.
 */
export function applyFrame(state: ChatState, frame: OperatorServerFrame, ctx: ViewContext): { state: ChatState; events: ChatEvent[] } {
  const events: ChatEvent[] = [];
  switch (frame.type) {
    case 'welcome': {
      const chats: Record<string, ChatView> = {};
      const listed = new Set(frame.chats.map((c) => c.id));
      for (const [id, chat] of Object.entries(state.chats)) {
        chats[id] =
          listed.has(id) || chat.ended
            ? chat
            : { ...chat, visitorTyping: false, visitorDraft: null, ended: { kind: 'unassigned', reason: 'gone' } };
      }
      for (const c of frame.chats) {
        const view = fromServer(c, state.chats[c.id]);
        chats[c.id] = seen(ctx, c.id) ? { ...view, unread: 0 } : view;
      }
      return {
        state: {
          ...state,
          operatorId: frame.operatorId,
          status: frame.status,
          config: frame.config,
          chats,
          presence: frame.presence,
          queueLength: frame.queueLength,
        },
        events,
      };
    }
    case 'status':
      return { state: { ...state, status: frame.status }, events };
    case 'chat': {
      const previous = state.chats[frame.chat.id];
      const view = fromServer(frame.chat, previous);
      if (!previous || previous.ended) events.push({ kind: 'new-chat', chatId: view.id });
      return { state: withChat(state, seen(ctx, view.id) ? { ...view, unread: 0 } : view), events };
    }
    case 'unassigned': {
      const chat = state.chats[frame.chatId];
      if (!chat) return { state, events };
      return {
        state: withChat(state, {
          ...chat,
          visitorTyping: false,
          visitorDraft: null,
          pending: [],
          ended: { kind: 'unassigned', reason: frame.reason },
        }),
        events,
      };
    }
    case 'message': {
      const chat = state.chats[frame.chatId];
      if (!chat) return { state, events };
      const m = frame.message;
      const isNew = !chat.messages.some((x) => x.seq === m.seq);
      const fromVisitor = m.author === 'visitor';
      if (isNew && fromVisitor) events.push({ kind: 'new-message', chatId: chat.id, text: m.text });
      return {
        state: withChat(state, {
          ...chat,
          messages: mergeBySeq(chat.messages, [m]),
          pending: chat.pending.filter((p) => p.clientId !== m.clientId),
          unread: isNew && fromVisitor && !seen(ctx, chat.id) ? chat.unread + 1 : chat.unread,
          visitorTyping: fromVisitor ? false : chat.visitorTyping,
          // The message the draft became is here: the draft goes.
          visitorDraft: fromVisitor ? null : chat.visitorDraft,
          lastActivity: Math.max(chat.lastActivity, m.at),
        }),
        events,
      };
    }
    case 'typing': {
      const chat = state.chats[frame.chatId];
      const visitorDraft = frame.typing && frame.draft ? { text: frame.draft } : null;
      return { state: chat ? withChat(state, { ...chat, visitorTyping: frame.typing, visitorDraft }) : state, events };
    }
    case 'visitor': {
      const chat = state.chats[frame.chatId];
      // A visitor who left can't finish typing: drop a "typing…" that would otherwise stay forever.
      return {
        state: chat
          ? withChat(state, {
              ...chat,
              visitor: frame.visitor,
              visitorTyping: frame.visitor.online && chat.visitorTyping,
              visitorDraft: frame.visitor.online ? chat.visitorDraft : null,
            })
          : state,
        events,
      };
    }
    case 'closed': {
      const chat = state.chats[frame.chatId];
      if (!chat) return { state, events };
      return {
        state: withChat(state, {
          ...chat,
          visitorTyping: false,
          visitorDraft: null,
          pending: [],
          ended: { kind: 'closed', by: frame.by, reason: frame.reason },
        }),
        events,
      };
    }
    case 'presence':
      return { state: { ...state, presence: frame.operators }, events };
    case 'queue':
      return { state: { ...state, queueLength: frame.length }, events };
    case 'waiting':
      return { state: { ...state, waiting: frame.chats }, events };
    case 'config':
      return { state: { ...state, config: frame.config }, events };
    case 'rated': {
      const chat = state.chats[frame.chatId];
      return { state: chat ? withChat(state, { ...chat, rating: frame.rating }) : state, events };
    }
    case 'receipts': {
      const chat = state.chats[frame.chatId];
      return { state: chat ? withChat(state, { ...chat, receipts: { visitor: frame.visitor, operator: frame.operator } }) : state, events };
    }
    case 'error':
      return { state: { ...state, lastError: { code: frame.code, message: frame.message } }, events };
  }
}

/** The operator opened a chat (or came back to the tab): its unread count clears. */
export function markRead(state: ChatState, chatId: string): ChatState {
  const chat = state.chats[chatId];
  return chat && chat.unread > 0 ? withChat(state, { ...chat, unread: 0 }) : state;
}

/** A message the operator just sent, shown as "sending" until the server echoes it. */
export function addPending(state: ChatState, chatId: string, pending: PendingMessage): ChatState {
  const chat = state.chats[chatId];
  return chat
    ? withChat(state, { ...chat, pending: [...chat.pending, pending], lastActivity: Math.max(chat.lastActivity, pending.at) })
    : state;
}

/** Takes an ended chat off the page. */
export function removeChat(state: ChatState, chatId: string): ChatState {
  const { [chatId]: _removed, ...chats } = state.chats;
  return { ...state, chats };
}

/** What `hello.resume` names: every active chat the page shows, with its last seq. */
export function resumeList(state: ChatState): { chatId: string; lastSeq: number }[] {
  return Object.values(state.chats)
    .filter((c) => !c.ended)
    .map((c) => ({ chatId: c.id, lastSeq: lastSeq(c.messages) }));
}
