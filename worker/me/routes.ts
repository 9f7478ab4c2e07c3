import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { avatarUrl } from '../../common/avatar-keys';
import { AVATAR_MAX_BYTES, ProfileBodySchema } from '../../common/schemas/auth';
import { users } from '../../db/schema';
import { loadPublicUser } from '../auth/public-user';
import { replaceAvatar } from '../avatars/store';
import { ApiError } from '../lib/errors';
import { readBodyCapped } from '../lib/read-body';
import { validate } from '../lib/validate';
import { requireUser } from '../middleware/session';
import type { AppEnv } from '../types';

/** The signed-in user's profile, avatar, invitations and memberships (F1, F6). */
export const meRoutes = new Hono<AppEnv>()
  .use(requireUser)
  .get('/', async (c) => c.json(await loadPublicUser(c.env, c.get('db'), c.get('user')!.id)))

  .patch('/', validate('json', ProfileBodySchema), async (c) => {
    const db = c.get('db');
    const userId = c.get('user')!.id;
    await db
      .update(users)
      .set({ name: c.req.valid('json').name })
      .where(eq(users.id, userId));
    return c.json(await loadPublicUser(c.env, c.get('db'), c.get('user')!.id));
  })

  // The raw image is the body (no multipart), so the type comes from sniffing its bytes.
  .put('/avatar', async (c) => {
    const bytes = await readBodyCapped(
      c.req.raw,
      AVATAR_MAX_BYTES,
      () => new ApiError(413, 'too_large', `The image is too large: at most ${Math.floor(AVATAR_MAX_BYTES / 1024 / 1024)} MB.`),
    );
    const key = await replaceAvatar(c.env.AVATARS, c.get('db'), c.get('user')!.id, bytes);
    return c.json({ avatarUrl: avatarUrl(key) });
  });
