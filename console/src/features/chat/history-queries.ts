import { query } from '@solidjs/router';
import type { HistoryQuery } from '../../../../common/schemas/chat-history';
import { api, call } from '../../lib/api';

const chats = api.api.companies[':companyId'].chats;

/** One page of a history search; the query (cursor included) is part of the cache key. */
export const getHistoryPage = query(
  (companyId: string, search: HistoryQuery) => call(chats.$get({ param: { companyId }, query: search })),
  'history-page',
);

/** One past chat with its messages. */
export const getHistoryChat = query(
  (companyId: string, chatId: string) => call(chats[':chatId'].$get({ param: { companyId, chatId } })),
  'history-chat',
);
