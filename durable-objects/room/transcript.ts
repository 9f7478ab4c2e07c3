import type { TranscriptView } from '../../common/transcript/types';
import type { ChatStore } from './chat-store';
import type { ConfigSnapshot } from './config-snapshot';
import { operatorPublic } from './views';

/** The room's answer to a transcript request: whose chat it is, or the HTTP refusal the worker gives. */
export type TranscriptGrant =
  | { ok: true; visitorId: string; language: string }
  | { ok: false; status: 404 | 409; code: 'not_found' | 'chat_open'; message: string };

/**
 * Whether the visitor proven by `secretHash` may ask for the chat's transcript (F21): only their
 * own chat (anyone else learns only that there is no such chat), and only once it has ended.
 */
export function grantTranscript(store: ChatStore, chatId: string, secretHash: string): TranscriptGrant {
  const chat = store.chat(chatId);
  if (!chat || store.visitorSecretHash(chat.visitorId) !== secretHash)
    return { ok: false, status: 404, code: 'not_found', message: 'No such chat.' };
  if (chat.status !== 'closed')
    return { ok: false, status: 409, code: 'chat_open', message: 'The transcript is sent once the chat has ended.' };
  return { ok: true, visitorId: chat.visitorId, language: chat.language };
}

/**
 * The chat as the visitor saw it (never internal notes), each file linked by `link` (the long
 * transcript URL); null when the chat is gone (erased since the request).
 */
export function transcriptView(
  store: ChatStore,
  config: ConfigSnapshot,
  chatId: string,
  link: (attachmentId: string) => string,
): TranscriptView | null {
  const chat = store.chat(chatId);
  if (!chat) return null;
  const messages = store.messages
    .messagesAfter(chatId)
    .map((m) => (m.attachments ? { ...m, attachments: m.attachments.map((a) => ({ ...a, url: link(a.id) })) } : m));
  const operatorNames: Record<string, string> = {};
  for (const m of messages) if (m.operatorId) operatorNames[m.operatorId] = operatorPublic(config, m.operatorId).name;
  return { chatId, startedAt: chat.createdAt, closedAt: chat.closedAt, language: chat.language, messages, operatorNames };
}
