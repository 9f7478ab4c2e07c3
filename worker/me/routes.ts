import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { users } from '../../db/schema';
import { requireUser } from '../middleware/session';
import type { AppEnv } from '../types';

/** The signed-in user's profile, avatar, invitations and memberships (F1, F6). */
export const meRoutes = new Hono<AppEnv>().use(requireUser).get('/', async (c) => {
  const user = c.get('user')!;
  const row = await c.get('db').select({ avatarKey: users.avatarKey }).from(users).where(eq(users.id, user.id)).get();
  return c.json({ ...user, avatarUrl: row?.avatarKey ? `/api/avatars/${row.avatarKey}` : null });
});
