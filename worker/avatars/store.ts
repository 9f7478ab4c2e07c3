import { eq } from 'drizzle-orm';
import { newAvatarKey } from '../../common/avatar-keys';
import type { Db } from '../../db/client';
import { users } from '../../db/schema';
import { ApiError } from '../lib/errors';
import { EXTENSIONS, sniffImageType } from './sniff';

/**
 * Stores a new avatar for the user under a fresh key, points the profile at it and deletes the
 * previous object. The upload goes first so the profile never points at a missing object.
 * Returns the new key.
 */
export async function replaceAvatar(bucket: R2Bucket, db: Db, userId: string, bytes: Uint8Array): Promise<string> {
  const type = sniffImageType(bytes);
  if (!type) throw new ApiError(415, 'unsupported_image', 'Upload a PNG, JPEG or WebP image.');
  const key = newAvatarKey(userId, EXTENSIONS[type]);
  await bucket.put(key, bytes, { httpMetadata: { contentType: type } });
  const previous = await db.select({ avatarKey: users.avatarKey }).from(users).where(eq(users.id, userId)).get();
  await db.update(users).set({ avatarKey: key }).where(eq(users.id, userId));
  if (previous?.avatarKey) await bucket.delete(previous.avatarKey);
  return key;
}
