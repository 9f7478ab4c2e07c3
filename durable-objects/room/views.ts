import type { OperatorChat, OperatorPublic, VisitorInfo } from '../../common/protocol';
import type { ChatRow } from './chat-rows';
import type { ChatStore } from './chat-store';
import type { ConfigSnapshot } from './config-snapshot';

/** The visitor panel of a chat (F11). */
export function visitorInfo(chat: ChatRow, online: boolean): VisitorInfo {
  return {
    displayId: chat.visitorId,
    language: chat.language,
    category: chat.category,
    page: chat.visitor.page,
    userAgent: chat.visitor.userAgent,
    online,
    firstSeenAt: chat.visitor.firstSeenAt,
    pagesViewed: chat.visitor.pagesViewed,
    contactEmail: chat.contactEmail,
  };
}

/** A chat as the operator's page shows it, with the messages and internal notes after `afterSeq` and both sides' marks. */
export function operatorChat(store: ChatStore, chat: ChatRow, online: boolean, afterSeq = 0): OperatorChat {
  return {
    id: chat.id,
    visitor: visitorInfo(chat, online),
    startedAt: chat.createdAt,
    messages: store.messages.timeline(chat.id, afterSeq),
    receipts: store.receipts.get(chat.id),
  };
}

/** An operator's public card, or a placeholder when they left the company meanwhile. */
export function operatorPublic(config: ConfigSnapshot, operatorId: string): OperatorPublic {
  const m = config.members.find((x) => x.id === operatorId);
  return m ? { id: m.id, name: m.name, avatarUrl: m.avatarUrl } : { id: operatorId, name: 'Operator', avatarUrl: null };
}
