import type { InferResponseType } from 'hono/client';
import type { api } from '../../lib/api';

type ChatsClient = (typeof api.api.companies)[':companyId']['chats'];

/** One page of GET …/chats. */
export type HistoryPage = InferResponseType<ChatsClient['$get'], 200>;
export type HistoryChat = HistoryPage['chats'][number];
/** GET …/chats/:chatId: the chat with its messages. */
export type HistoryDetail = InferResponseType<ChatsClient[':chatId']['$get'], 200>;
