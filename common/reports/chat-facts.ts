import type { ChatEvent, MissedReason } from './events';

/** What one chat's lifecycle events add up to; times are epoch ms, null when it never happened. */
export interface ChatFacts {
  chatId: string;
  startedAt: number;
  language: string;
  category: string | null;
  /** The operator holding the chat last (who closed it, or the last one assigned): the chat counts for them. */
  operatorId: string | null;
  firstAssignedAt: number | null;
  firstReplyAt: number | null;
  closedAt: number | null;
  closedBy: 'visitor' | 'operator' | 'system' | null;
  transfers: number;
  rating: 'good' | 'bad' | null;
  missed: MissedReason | null;
  /** Started from the console's Test chat page: left out of reports. */
  test: boolean;
}

/**
 * Folds each chat's events, in time order, into its facts. A chat without its `started` event
 * (recorded before reports existed, or erased) is left out; offline messages are not chats.
 */
export function chatFacts(events: readonly ChatEvent[]): ChatFacts[] {
  const byChat = new Map<string, ChatFacts>();
  const sorted = [...events].sort((a, b) => a.at - b.at);
  for (const e of sorted) {
    if (e.kind === 'started') {
      byChat.set(e.chatId, {
        chatId: e.chatId,
        startedAt: e.at,
        language: e.language,
        category: e.category,
        operatorId: null,
        firstAssignedAt: null,
        firstReplyAt: null,
        closedAt: null,
        closedBy: null,
        transfers: 0,
        rating: null,
        missed: null,
        test: e.test === true,
      });
      continue;
    }
    const chat = byChat.get(e.chatId);
    if (!chat) continue;
    switch (e.kind) {
      case 'assigned':
        chat.operatorId = e.operatorId;
        chat.firstAssignedAt ??= e.at;
        break;
      case 'first_reply':
        chat.firstReplyAt ??= e.at;
        break;
      case 'transferred':
        chat.transfers += 1;
        chat.operatorId = e.toOperatorId;
        break;
      case 'closed':
        chat.closedAt = e.at;
        chat.closedBy = e.by;
        chat.operatorId = e.operatorId ?? chat.operatorId;
        break;
      case 'rated':
        chat.rating = e.rating;
        break;
      case 'missed':
        chat.missed = e.reason;
        break;
      case 'queued':
        break;
    }
  }
  return [...byChat.values()];
}
