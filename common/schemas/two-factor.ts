import * as v from 'valibot';
import { CurrentPasswordSchema, type PublicUser } from './auth';

/** How many recovery codes an account gets at a time (each works once). */
export const RECOVERY_CODE_COUNT = 10;

/** A code from the authenticator app: six digits; spaces (as some apps show "123 456") are dropped. */
export const TotpCodeSchema = v.pipe(
  v.string('Enter the 6-digit code from your app.'),
  v.transform((s) => s.replace(/\s/g, '')),
  v.regex(/^\d{6}$/, 'Enter the 6-digit code from your app.'),
);

/**
 * A second factor as typed: a 6-digit code from the app or one of the account's recovery codes.
 * The server tells them apart by their form (worker/auth/two-factor-check.ts).
 */
export const SecondFactorSchema = v.pipe(
  v.string('Enter a code.'),
  v.trim(),
  v.nonEmpty('Enter a code.'),
  v.maxLength(40, 'This code is too long.'),
);

/** POST /api/auth/login/two-factor — the ticket from the login answer and a code. */
export const TwoFactorLoginBodySchema = v.object({
  ticket: v.pipe(v.string('The login has expired.'), v.nonEmpty('The login has expired.'), v.maxLength(200, 'The login has expired.')),
  code: SecondFactorSchema,
});
export type TwoFactorLoginBody = v.InferInput<typeof TwoFactorLoginBodySchema>;

/** POST /api/me/two-factor/setup — setting up asks for the password again, as a stolen session must not lock the owner out. */
export const TwoFactorSetupBodySchema = v.object({ password: CurrentPasswordSchema });

/** POST /api/me/two-factor/confirm and POST /api/me/two-factor/recovery-codes */
export const TwoFactorCodeBodySchema = v.object({ code: TotpCodeSchema });

/** POST /api/me/two-factor/disable */
export const TwoFactorDisableBodySchema = v.object({ password: CurrentPasswordSchema, code: SecondFactorSchema });

/** GET /api/me/two-factor */
export interface TwoFactorStatus {
  enabled: boolean;
  /** ISO time it was turned on; null when off. */
  enabledAt: string | null;
  /** Unused recovery codes left. */
  recoveryCodesLeft: number;
}

/**
 * What a correct password answers (`POST /api/auth/login`, `POST /api/auth/password-reset/confirm`):
 * the signed-in user, or, with two-factor on, a ticket for the code step and no session yet.
 */
export type SignInAnswer = { user: PublicUser } | { twoFactor: { ticket: string } };
