import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { base64url } from '../ids';
import { URL_EXPIRY_STEP_MS } from './limits';

/** Where an attachment lives: its R2 key is `companies/<companyId>/chats/<chatId>/<id>`. */
export interface AttachmentRef {
  companyId: string;
  chatId: string;
  id: string;
}

/** The object key of an attachment in the ATTACHMENTS bucket. */
export const attachmentKey = (ref: AttachmentRef) => `companies/${ref.companyId}/chats/${ref.chatId}/${ref.id}`;

/** Ids as the server makes them (common/ids.ts); anything else in a URL is refused before its signature is checked. */
const ID = /^[\w-]{1,64}$/;

const utf8 = new TextEncoder();

function signature(secret: string, ref: AttachmentRef, expires: number): string {
  return base64url(hmac(sha256, utf8.encode(secret), utf8.encode(`${ref.companyId}/${ref.chatId}/${ref.id}/${expires}`)));
}

/** Compares in time independent of where the strings differ, so a signature can't be guessed byte by byte. */
function sameText(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/**
 * The URL GET /api/attachments/:id serves the file at until about `now + ttlMs`: an HMAC over the
 * file's place and the expiry (seconds, rounded up to URL_EXPIRY_STEP_MS so repeated frames give
 * one cacheable URL). Synchronous, so the room can sign inside a frame handler.
 */
export function signAttachmentUrl(secret: string, ref: AttachmentRef, now: number, ttlMs: number): string {
  const expires = Math.ceil((now + ttlMs) / URL_EXPIRY_STEP_MS) * (URL_EXPIRY_STEP_MS / 1000);
  const query = new URLSearchParams({
    company: ref.companyId,
    chat: ref.chatId,
    expires: String(expires),
    sig: signature(secret, ref, expires),
  });
  return `/api/attachments/${ref.id}?${query}`;
}

/**
 * The attachment a URL names when its signature is good and it has not expired; null otherwise,
 * whatever is wrong with it (callers answer 404 either way).
 */
export function verifyAttachmentUrl(secret: string, id: string, query: URLSearchParams, now: number): AttachmentRef | null {
  const companyId = query.get('company') ?? '';
  const chatId = query.get('chat') ?? '';
  const expiresText = query.get('expires') ?? '';
  const sig = query.get('sig') ?? '';
  if (!ID.test(id) || !ID.test(companyId) || !ID.test(chatId) || !/^\d{1,12}$/.test(expiresText)) return null;
  const expires = Number(expiresText);
  if (expires * 1000 <= now) return null;
  const ref = { companyId, chatId, id };
  return sameText(sig, signature(secret, ref, expires)) ? ref : null;
}

/** Secrets set with `wrangler secret put` in production; absent locally. */
interface AttachmentSecrets {
  ENVIRONMENT: string;
  ATTACHMENT_URL_SECRET?: string;
}

/** The key local development signs with; never used where ENVIRONMENT isn't `development`. */
const DEVELOPMENT_SECRET = 'parley-local-development-attachment-url-key';

/** The signing key: the ATTACHMENT_URL_SECRET secret, the fixed local key in development, else null (attachments off). */
export function attachmentUrlSecret(env: AttachmentSecrets): string | null {
  if (env.ATTACHMENT_URL_SECRET) return env.ATTACHMENT_URL_SECRET;
  return env.ENVIRONMENT === 'development' ? DEVELOPMENT_SECRET : null;
}
