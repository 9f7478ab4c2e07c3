import type { OfflineMessageList, OfflineMessageView } from '../../../../common/schemas/offline';

/**
 * The list after loading an older page: its messages appended (skipping any already shown, in
 * case new messages shifted the pages) and its cursor and unread count taken.
 */
export function appendPage(current: OfflineMessageList, older: OfflineMessageList): OfflineMessageList {
  const shown = new Set(current.messages.map((m) => m.id));
  return {
    messages: [...current.messages, ...older.messages.filter((m) => !shown.has(m.id))],
    unreadCount: older.unreadCount,
    nextCursor: older.nextCursor,
  };
}

/** The list with one message replaced by a newer version of it (read flag, delivery status). */
export function replaceMessage(list: OfflineMessageList, message: OfflineMessageView): OfflineMessageList {
  return { ...list, messages: list.messages.map((m) => (m.id === message.id ? message : m)) };
}

/** The list with one message's read flag set locally and the unread count adjusted, before the server answers. */
export function withRead(list: OfflineMessageList, id: string, read: boolean): OfflineMessageList {
  const target = list.messages.find((m) => m.id === id);
  if (!target || target.read === read) return list;
  return {
    ...replaceMessage(list, { ...target, read }),
    unreadCount: Math.max(0, list.unreadCount + (read ? -1 : 1)),
  };
}
