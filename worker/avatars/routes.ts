import { Hono } from 'hono';
import * as v from 'valibot';
import { AvatarKeySchema } from '../../common/avatar-keys';
import { notFound } from '../lib/errors';
import type { AppEnv } from '../types';

/** Keys are never reused (a new upload gets a new key), so a served avatar can be cached forever. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Serves avatar images from R2 with cache headers (F1). */
export const avatarRoutes = new Hono<AppEnv>().get('/:key{.+}', async (c) => {
  const key = c.req.param('key');
  // A key that can't have been issued is missing, not malformed: same 404 as a deleted avatar.
  if (!v.is(AvatarKeySchema, key)) throw notFound('avatar');
  const object = await c.env.AVATARS.get(key, { onlyIf: c.req.raw.headers });
  if (!object) throw notFound('avatar');
  const headers = new Headers();
  object.writeHttpMetadata(headers);
  headers.set('etag', object.httpEtag);
  headers.set('cache-control', IMMUTABLE);
  headers.set('x-content-type-options', 'nosniff');
  // R2 answers a matching If-None-Match with the object's metadata but no body.
  if (!('body' in object)) return new Response(null, { status: 304, headers });
  return new Response(object.body, { headers });
});
