import type { ChatMessage, CloseReason, OperatorPublic, VisitorInfo } from '../../common/protocol';
import type { ChatRow, ChatStore } from './chat-store';
import type { ConfigSnapshot } from './config-snapshot';
import { operatorPublic, visitorInfo } from './views';

/** A chat in the history list (F11): live and closed chats alike. */
export interface HistoryChat {
  id: string;
  status: ChatRow['status'];
  operator: OperatorPublic | null;
  visitor: Omit<VisitorInfo, 'online'>;
  startedAt: number;
  closedAt: number | null;
  closedBy: ChatRow['closedBy'];
  closeReason: CloseReason | null;
  messageCount: number;
  /** The first message's text. */
  preview: string | null;
}

export interface HistoryView {
  chats: HistoryChat[];
  nextCursor: string | null;
}

export type ChatDetail = HistoryChat & { messages: ChatMessage[] };

/** GET …/chats: one page of history, optionally searched. */
export function historyView(store: ChatStore, config: ConfigSnapshot | null, q: string | null, cursor: string | null): HistoryView {
  const page = store.history(q, cursor);
  return { chats: page.chats.map((c) => historyChat(c, config, c.preview)), nextCursor: page.nextCursor };
}

/** GET …/chats/:chatId: the chat with every message, or null. */
export function chatDetail(store: ChatStore, config: ConfigSnapshot | null, chatId: string): ChatDetail | null {
  const chat = store.chat(chatId);
  if (!chat) return null;
  const messages = store.messagesAfter(chat.id);
  return { ...historyChat(chat, config, messages[0]?.text ?? null), messages };
}

function historyChat(chat: ChatRow, config: ConfigSnapshot | null, preview: string | null): HistoryChat {
  const { online: _online, ...visitor } = visitorInfo(chat, false);
  return {
    id: chat.id,
    status: chat.status,
    operator: chat.operatorId && config ? operatorPublic(config, chat.operatorId) : null,
    visitor,
    startedAt: chat.createdAt,
    closedAt: chat.closedAt,
    closedBy: chat.closedBy,
    closeReason: chat.closeReason,
    messageCount: chat.lastSeq,
    preview,
  };
}
