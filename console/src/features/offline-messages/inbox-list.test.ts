import { describe, expect, it } from 'vitest';
import type { OfflineMessageList, OfflineMessageView } from '../../../../common/schemas/offline';
import { appendPage, replaceMessage, withRead } from './inbox-list';

const msg = (id: string, read = false): OfflineMessageView => ({
  id,
  email: `${id}@example.com`,
  theme: `theme ${id}`,
  message: 'hello',
  read,
  deliveryStatus: 'sent',
  tries: 1,
  lastError: null,
  nextAttemptAt: null,
  createdAt: '2025-01-01T00:00:00.000Z',
});
const list = (messages: OfflineMessageView[], unreadCount: number, nextCursor: string | null = null): OfflineMessageList => ({
  messages,
  unreadCount,
  nextCursor,
});

describe('appendPage', () => {
  it('appends older messages, skipping ones already shown, and takes the new cursor and count', () => {
    const merged = appendPage(list([msg('c'), msg('b')], 2, 'cur1'), list([msg('b'), msg('a')], 3, null));
    expect(merged.messages.map((m) => m.id)).toEqual(['c', 'b', 'a']);
    expect(merged.nextCursor).toBeNull();
    expect(merged.unreadCount).toBe(3);
  });
});

describe('replaceMessage', () => {
  it('swaps in the newer version of one message only', () => {
    const next = replaceMessage(list([msg('a'), msg('b')], 2), { ...msg('b'), deliveryStatus: 'failed' });
    expect(next.messages.map((m) => m.deliveryStatus)).toEqual(['sent', 'failed']);
  });
});

describe('withRead', () => {
  it('marks read and lowers the unread count', () => {
    const next = withRead(list([msg('a'), msg('b')], 2), 'a', true);
    expect(next.messages[0]!.read).toBe(true);
    expect(next.unreadCount).toBe(1);
  });

  it('marks unread and raises the count', () => {
    expect(withRead(list([msg('a', true)], 0), 'a', false).unreadCount).toBe(1);
  });

  it('changes nothing when the flag is already set or the message is not shown', () => {
    const start = list([msg('a', true)], 4);
    expect(withRead(start, 'a', true)).toBe(start);
    expect(withRead(start, 'zzz', false)).toBe(start);
  });
});
