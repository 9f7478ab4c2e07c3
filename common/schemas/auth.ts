import * as v from 'valibot';

/** Password length bounds (F1); the upper bound keeps PBKDF2 input sane. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
export const NAME_MAX_LENGTH = 80;

/** Avatar upload limits (F1): the server sniffs the bytes, the console checks before sending. */
export const AVATAR_MAX_BYTES = 1024 * 1024;
export const AVATAR_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export type AvatarType = (typeof AVATAR_TYPES)[number];

/** An email address, trimmed and lower-cased so one mailbox is one account. */
export const EmailSchema = v.pipe(
  v.string('Enter your email address.'),
  v.trim(),
  v.toLowerCase(),
  v.nonEmpty('Enter your email address.'),
  v.maxLength(254, 'This email address is too long.'),
  v.email('Enter a valid email address.'),
);

/** A new password: length is the rule (no composition rules, per NIST 800-63B). */
export const NewPasswordSchema = v.pipe(
  v.string('Choose a password.'),
  v.minLength(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`),
  v.maxLength(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`),
);

/** A display name as shown to visitors and colleagues. */
export const DisplayNameSchema = v.pipe(
  v.string('Enter a display name.'),
  v.trim(),
  v.nonEmpty('Enter a display name.'),
  v.maxLength(NAME_MAX_LENGTH, `Use at most ${NAME_MAX_LENGTH} characters.`),
);

/** An emailed one-time token as pasted back from a link; its validity is checked by the server. */
const TokenSchema = v.pipe(
  v.string('The link is incomplete.'),
  v.nonEmpty('The link is incomplete.'),
  v.maxLength(200, 'The link is not valid.'),
);

/** POST /api/auth/register */
export const RegisterBodySchema = v.object({ email: EmailSchema, password: NewPasswordSchema, name: DisplayNameSchema });
export type RegisterBody = v.InferInput<typeof RegisterBodySchema>;

/** The account's current password as typed: any stored password may be tried, so only the upper bound applies. */
export const CurrentPasswordSchema = v.pipe(
  v.string('Enter your password.'),
  v.nonEmpty('Enter your password.'),
  v.maxLength(PASSWORD_MAX_LENGTH, 'This password is too long.'),
);

/** POST /api/auth/login */
export const LoginBodySchema = v.object({ email: EmailSchema, password: CurrentPasswordSchema });
export type LoginBody = v.InferInput<typeof LoginBodySchema>;

/** POST /api/auth/verify */
export const VerifyBodySchema = v.object({ token: TokenSchema });
export type VerifyBody = v.InferInput<typeof VerifyBodySchema>;

/** POST /api/auth/password-reset */
export const PasswordResetBodySchema = v.object({ email: EmailSchema });
export type PasswordResetBody = v.InferInput<typeof PasswordResetBodySchema>;

/** POST /api/auth/password-reset/confirm */
export const PasswordResetConfirmBodySchema = v.object({ token: TokenSchema, password: NewPasswordSchema });
export type PasswordResetConfirmBody = v.InferInput<typeof PasswordResetConfirmBodySchema>;

/** PATCH /api/me */
export const ProfileBodySchema = v.object({ name: DisplayNameSchema });
export type ProfileBody = v.InferInput<typeof ProfileBodySchema>;

/** The account as every accounts endpoint answers it (`GET /api/me`, `{user}` in auth answers). */
export interface PublicUser {
  id: string;
  email: string;
  name: string;
  avatarUrl: string | null;
  verified: boolean;
  /** A service admin (ADMIN_EMAILS): writes Parley's public help articles. */
  admin: boolean;
}
