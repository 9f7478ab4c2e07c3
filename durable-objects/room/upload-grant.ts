import { DEFAULT_ATTACHMENT_MAX_MEGABYTES, MEGABYTE } from '../../common/attachments/limits';
import type { RoomServices } from './services';

/** Who wants to upload a file to a chat: the chat's operator, or its visitor proven by their secret (hashed). */
export type Uploader = { side: 'operator'; operatorId: string } | { side: 'visitor'; secretHash: string; address: string };

/** The room's answer to an upload: go ahead with at most `maxBytes`, or the HTTP refusal the worker gives. */
export type UploadGrant =
  | { ok: true; maxBytes: number }
  | { ok: false; status: 404 | 409 | 429; code: 'not_found' | 'chat_closed' | 'rate_limited'; message: string };

const noChat: UploadGrant = { ok: false, status: 404, code: 'not_found', message: 'No such chat.' };

/**
 * Whether `uploader` may add a file to the chat (F20): the operator it is assigned to, or the
 * visitor whose secret owns it (anyone else learns only that there is no such chat), while it is
 * open. Anonymous uploads are limited per address and for the whole company (SPEC S), counted in
 * storage like new chats (under keys of their own in the same table).
 */
export function grantUpload(room: RoomServices, chatId: string, uploader: Uploader, now: number): UploadGrant {
  const chat = room.store.chatHead(chatId);
  if (!chat) return noChat;
  if (uploader.side === 'operator' && chat.operatorId !== uploader.operatorId) return noChat;
  if (uploader.side === 'visitor' && room.store.visitorSecretHash(chat.visitorId) !== uploader.secretHash) return noChat;
  if (chat.status === 'closed') return { ok: false, status: 409, code: 'chat_closed', message: 'This chat has ended.' };
  if (
    uploader.side === 'visitor' &&
    (!room.uploadsPerAddress.hit(`upload:${uploader.address}`, now) || !room.uploadsPerCompany.hit('upload:company', now))
  )
    return { ok: false, status: 429, code: 'rate_limited', message: 'Too many files at once; wait a minute and try again.' };
  const megabytes = room.config().settings.attachmentMaxMegabytes ?? DEFAULT_ATTACHMENT_MAX_MEGABYTES;
  return { ok: true, maxBytes: megabytes * MEGABYTE };
}
