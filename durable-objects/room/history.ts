import type { ChatRating, CloseReason, OperatorMessage, OperatorPublic, VisitorInfo } from '../../common/protocol';
import type { HistoryFilters } from '../../common/schemas/chat-history';
import type { ChatRow } from './chat-rows';
import type { ChatStore } from './chat-store';
import type { ConfigSnapshot } from './config-snapshot';
import { historyPage } from './history-page';
import { operatorPublic, visitorInfo } from './views';

/** A chat in the history list (F11): live and closed chats alike. */
export interface HistoryChat {
  id: string;
  status: ChatRow['status'];
  operator: OperatorPublic | null;
  /** The pages viewed are left to the chat itself: 30 rows of them would swell the list. */
  visitor: Omit<VisitorInfo, 'online' | 'pagesViewed'>;
  startedAt: number;
  closedAt: number | null;
  closedBy: ChatRow['closedBy'];
  closeReason: CloseReason | null;
  messageCount: number;
  /** The first message's text. */
  preview: string | null;
  /** The visitor's rating (F21), else null. */
  rating: ChatRating | null;
}

export interface HistoryView {
  chats: HistoryChat[];
  nextCursor: string | null;
}

/** A chat with every message and internal note: history is read by operators only. */
export type ChatDetail = HistoryChat & { visitor: Omit<VisitorInfo, 'online'>; messages: OperatorMessage[] };

/** GET …/chats: one page of history, filtered by text, visitor, start date and status. */
export function historyView(sql: SqlStorage, config: ConfigSnapshot | null, filters: HistoryFilters): HistoryView {
  const page = historyPage(sql, filters);
  return { chats: page.chats.map((c) => historyChat(c, config, c.preview, c.messageCount)), nextCursor: page.nextCursor };
}

/** GET …/chats/:chatId: the chat with every message, or null. */
export function chatDetail(store: ChatStore, config: ConfigSnapshot | null, chatId: string): ChatDetail | null {
  const chat = store.chat(chatId);
  if (!chat) return null;
  const messages = store.messages.timeline(chat.id);
  // System lines ("joined the chat") are history too, but neither the preview nor the count.
  const said = messages.filter((m) => m.author !== 'system');
  const row = historyChat(chat, config, said[0]?.text ?? null, said.length);
  return { ...row, visitor: { ...row.visitor, pagesViewed: chat.visitor.pagesViewed }, messages };
}

function historyChat(chat: ChatRow, config: ConfigSnapshot | null, preview: string | null, messageCount: number): HistoryChat {
  const { online: _online, pagesViewed: _pages, ...visitor } = visitorInfo(chat, false);
  return {
    id: chat.id,
    status: chat.status,
    operator: chat.operatorId && config ? operatorPublic(config, chat.operatorId) : null,
    visitor,
    startedAt: chat.createdAt,
    closedAt: chat.closedAt,
    closedBy: chat.closedBy,
    closeReason: chat.closeReason,
    messageCount,
    preview,
    rating: chat.rating,
  };
}
