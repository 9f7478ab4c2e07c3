import type { Context } from 'hono';
import { MEGABYTE } from '../../common/attachments/limits';
import { attachmentKey, attachmentUrlSecret } from '../../common/attachments/signed-url';
import type { UploadCredentials } from '../../common/attachments/types';
import { randomId } from '../../common/ids';
import type { Attachment } from '../../common/protocol';
import { companyRoom } from '../lib/company-room';
import { ApiError } from '../lib/errors';
import { readBodyCapped } from '../lib/read-body';
import type { AppEnv } from '../types';
import { decodeFileName } from './file-name';
import { sniffAttachmentType } from './sniff';

/** How long a refused widget upload waits: the limit's window is a minute. */
const RATE_RETRY_SECONDS = 60;

const typeNotAllowed = () =>
  new ApiError(
    415,
    'type_not_allowed',
    'This type of file cannot be sent. Send an image (PNG, JPEG, WebP, GIF), a PDF, a text file or an office document (Word, Excel, PowerPoint, OpenDocument text).',
  );

/**
 * Stores one file sent to a chat (F20), for either side's upload route: the room says whether the
 * uploader may and how large; the body is read up to that (413), its bytes decide its type (415);
 * then it goes to R2 under the chat's prefix and the room keeps it until a message carries it.
 * Answers 201 `{id, name, type, size, url}`.
 */
export async function uploadAttachment<E extends AppEnv>(
  c: Context<E>,
  companyId: string,
  chatId: string,
  uploader: UploadCredentials,
): Promise<Response> {
  const env = c.env;
  if (!attachmentUrlSecret(env)) throw new ApiError(503, 'attachments_unavailable', 'Sending files is not set up on this server.');
  const name = decodeFileName(c.req.header('x-file-name') ?? null);
  if (name === null) throw new ApiError(400, 'invalid_file_name', 'Send the file name percent-encoded in X-File-Name.');
  const room = companyRoom(env, companyId);
  const grant = await room.authorizeUpload(companyId, chatId, uploader);
  if (!grant.ok) {
    if (grant.status === 429) c.header('Retry-After', String(RATE_RETRY_SECONDS));
    throw new ApiError(grant.status, grant.code, grant.message);
  }
  const bytes = await readBodyCapped(
    c.req.raw,
    grant.maxBytes,
    () => new ApiError(413, 'too_large', `The file is too large: at most ${Math.floor(grant.maxBytes / MEGABYTE)} MB.`),
  );
  if (bytes.byteLength === 0) throw new ApiError(400, 'empty_file', 'The file is empty.');
  const type = sniffAttachmentType(bytes);
  if (!type) throw typeNotAllowed();
  const id = randomId();
  await env.ATTACHMENTS.put(attachmentKey({ companyId, chatId, id }), bytes, {
    httpMetadata: { contentType: type },
    customMetadata: { name: encodeURIComponent(name) },
  });
  const attachment: Attachment = await room.recordAttachment(chatId, uploader.side, { id, name, type, size: bytes.byteLength });
  return c.json(attachment, 201);
}
