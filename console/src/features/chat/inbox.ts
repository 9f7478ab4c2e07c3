import type { ChatView } from './chat-state';

/** The inbox order: active chats before ended ones, newest activity first, then by id for stability. */
export function inboxOrder(chats: readonly ChatView[]): ChatView[] {
  return [...chats].sort((a, b) => Number(!!a.ended) - Number(!!b.ended) || b.lastActivity - a.lastActivity || a.id.localeCompare(b.id));
}

/** Unread visitor messages over every active chat. */
export function totalUnread(chats: readonly ChatView[]): number {
  return chats.reduce((sum, c) => sum + (c.ended ? 0 : c.unread), 0);
}

/** The tab title with the unread count in front, e.g. "(3) Chats · Demo Shop". */
export function titleWithUnread(base: string, unread: number): string {
  return unread > 0 ? `(${unread > 99 ? '99+' : unread}) ${base}` : base;
}

/** How long a visitor has waited for an answer: since their oldest message after the last operator reply. */
export function waitingSince(chat: ChatView): number | null {
  if (chat.ended) return null;
  let since: number | null = null;
  for (const m of chat.messages) {
    if (m.author === 'operator') since = null;
    else if (m.author === 'visitor' && since === null) since = m.at;
  }
  return since;
}

/**
 * The inbox line under a chat: "typing…", else the last message (a note says so; system lines
 * such as "Ann joined the chat" are skipped), else a placeholder.
 */
export function inboxPreview(chat: ChatView): string {
  if (chat.visitorTyping) return 'typing…';
  const last = chat.messages.findLast((m) => m.author !== 'system');
  if (!last) return 'No messages yet';
  return last.author === 'note' ? `Note: ${last.text}` : last.text;
}

/** A short duration for the inbox: "now", "45 s", "3 min", "2 h". */
export function formatWait(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 10) return 'now';
  if (s < 60) return `${s} s`;
  const min = Math.floor(s / 60);
  return min < 60 ? `${min} min` : `${Math.floor(min / 60)} h`;
}

/** A visitor's short name: visitors are anonymous, so the tail of their random id tells them apart. */
export function visitorLabel(visitorId: string): string {
  return `Visitor ${
    visitorId
      .replace(/[^a-z0-9]/gi, '')
      .slice(-4)
      .toUpperCase() || '?'
  }`;
}
