import { eq } from 'drizzle-orm';
import { avatarUrl } from '../../common/avatar-keys';
import type { PublicUser } from '../../common/schemas/auth';
import type { Db } from '../../db/client';
import { users } from '../../db/schema';
import { unauthorized } from '../lib/errors';
import { isAdmin } from './admins';

type UserRow = Pick<typeof users.$inferSelect, 'id' | 'email' | 'name' | 'verifiedAt' | 'avatarKey'>;

/**
 * The account as the API shows it: never the hash, the avatar as a URL, and whether it is a
 * service admin, so the console knows from the login answer on (not only after `/api/me`).
 */
export function toPublicUser(env: Env, row: UserRow): PublicUser {
  const verified = row.verifiedAt !== null;
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    avatarUrl: row.avatarKey ? avatarUrl(row.avatarKey) : null,
    verified,
    admin: isAdmin(env, { email: row.email, verified }),
  };
}

/** Reads one account for an answer; a user deleted mid-request answers like a signed-out one. */
export async function loadPublicUser(env: Env, db: Db, userId: string): Promise<PublicUser> {
  const row = await db
    .select({ id: users.id, email: users.email, name: users.name, verifiedAt: users.verifiedAt, avatarKey: users.avatarKey })
    .from(users)
    .where(eq(users.id, userId))
    .get();
  if (!row) throw unauthorized();
  return toPublicUser(env, row);
}
