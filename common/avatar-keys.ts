import * as v from 'valibot';
import { randomId } from './ids';

/** Where an avatar is served; GET /api/me and the avatar upload answer with this. */
export const avatarUrl = (key: string) => `/api/avatars/${key}`;

/** A fresh key per upload (`<userId>/<random>.<ext>`): URLs are never reused, so they cache forever. */
export const newAvatarKey = (userId: string, ext: string) => `${userId}/${randomId()}.${ext}`;

/** The shape `newAvatarKey` produces; anything else can't be an avatar and is refused before R2. */
export const AvatarKeySchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}\/[A-Za-z0-9_-]{1,64}\.(png|jpg|webp)$/, 'Not an avatar.'));
