import { query } from '@solidjs/router';
import type { OfflineMessageList, OfflineMessageView } from '../../../../common/schemas/offline';
import { api, call } from '../../lib/api';
import { setUnreadCount } from './unread-count';

const client = api.api.companies[':companyId']['offline-messages'];

/** One page of the company's offline messages (newest first); also refreshes the unread count. */
export async function fetchOfflineMessages(companyId: string, opts: { cursor?: string; limit?: number } = {}): Promise<OfflineMessageList> {
  const query: { cursor?: string; limit?: string } = {};
  if (opts.cursor) query.cursor = opts.cursor;
  if (opts.limit) query.limit = String(opts.limit);
  const list = await call(client.$get({ param: { companyId }, query }));
  setUnreadCount(companyId, list.unreadCount);
  return list;
}

/** Marks a message read or unread; answers the stored message and refreshes the unread count. */
export async function setMessageRead(companyId: string, id: string, read: boolean): Promise<OfflineMessageView> {
  const answer = await call(client[':id'].$patch({ param: { companyId, id }, json: { read } }));
  setUnreadCount(companyId, answer.unreadCount);
  return answer.message;
}

/** The inbox's first page, as the page reads it (a router query: cached, and read again by `revalidate`). */
export const getOfflineInbox = query((companyId: string) => fetchOfflineMessages(companyId), 'offline-inbox');
