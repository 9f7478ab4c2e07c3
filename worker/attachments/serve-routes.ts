import { Hono } from 'hono';
import { attachmentKey, attachmentUrlSecret, verifyAttachmentUrl } from '../../common/attachments/signed-url';
import { isInlineType } from '../../common/attachments/types';
import { notFound } from '../lib/errors';
import type { AppEnv } from '../types';
import { contentDisposition, DEFAULT_FILE_NAME } from './file-name';

/**
 * GET /api/attachments/:id (F20): the file, only through the signed, unexpired URL frames and
 * history hand out (common/attachments/signed-url.ts); any other request answers 404. Raster
 * images are shown inline; everything else downloads. Nothing served may run as a page on this
 * origin: `nosniff` and a sandboxing CSP hold even for a text file full of HTML.
 */
export const attachmentServeRoutes = new Hono<AppEnv>().get('/:id', async (c) => {
  const secret = attachmentUrlSecret(c.env);
  const now = Date.now();
  const ref = secret ? verifyAttachmentUrl(secret, c.req.param('id'), new URL(c.req.url).searchParams, now) : null;
  if (!ref) throw notFound('attachment');
  const object = await c.env.ATTACHMENTS.get(attachmentKey(ref));
  if (!object) throw notFound('attachment');
  const type = object.httpMetadata?.contentType ?? 'application/octet-stream';
  const name = decodeURIComponent(object.customMetadata?.name ?? DEFAULT_FILE_NAME);
  const expires = Number(new URL(c.req.url).searchParams.get('expires')) * 1000;
  return new Response(object.body, {
    headers: {
      'Content-Type': type === 'text/plain' ? 'text/plain; charset=utf-8' : type,
      'Content-Length': String(object.size),
      'Content-Disposition': contentDisposition(isInlineType(type) ? 'inline' : 'attachment', name),
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': 'sandbox',
      // The file never changes; the browser may keep it as long as its URL is good.
      'Cache-Control': `private, max-age=${Math.max(0, Math.floor((expires - now) / 1000))}`,
    },
  });
});
