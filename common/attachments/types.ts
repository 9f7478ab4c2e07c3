/**
 * The file types Parley accepts (F20), decided from the file's own bytes (worker/attachments/sniff.ts),
 * never from its name or the client's Content-Type.
 */
export const ATTACHMENT_TYPES = [
  'image/png',
  'image/jpeg',
  'image/webp',
  'image/gif',
  'application/pdf',
  'text/plain',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

/** Raster images: the only files shown inline; everything else is served as a download. */
export const INLINE_TYPES: ReadonlySet<AttachmentType> = new Set(['image/png', 'image/jpeg', 'image/webp', 'image/gif']);

export const isInlineType = (type: string): boolean => INLINE_TYPES.has(type as AttachmentType);

/** Who uploaded a file: a file may only be sent by the side that uploaded it. */
export type AttachmentSide = 'visitor' | 'operator';

/**
 * Who asks the room to upload (worker → room): an operator the worker has signed in, or a visitor
 * with the secret from their `Authorization` header and their address (for the upload limits).
 */
export type UploadCredentials = { side: 'operator'; operatorId: string } | { side: 'visitor'; secret: string; address: string };
