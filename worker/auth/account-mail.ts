import type { Db } from '../../db/client';
import { sendMail } from '../mail/mailer';
import { type FailedFactor, loginAlertMail, passwordResetMail, verificationMail } from './emails';
import { issueToken } from './tokens';

interface Recipient {
  id: string;
  email: string;
  name: string;
}

/** Issues a verification token and mails its link; throws when the mail can't be delivered. */
export async function mailVerificationLink(env: Env, db: Db, user: Recipient): Promise<void> {
  const token = await issueToken(db, user.id, 'verify');
  await sendMail(env, { to: user.email, ...verificationMail(env.APP_ORIGIN, user.name, token) });
}

/** Issues a password-reset token and mails its link; throws when the mail can't be delivered. */
export async function mailResetLink(env: Env, db: Db, user: Recipient): Promise<void> {
  const token = await issueToken(db, user.id, 'reset');
  await sendMail(env, { to: user.email, ...passwordResetMail(env.APP_ORIGIN, user.name, token) });
}

/**
 * Runs a mail step whose failure must not undo the request (the account exists either way; a
 * reset answer must not differ by address). Logs the failure and reports whether it went out.
 */
export async function mailedOk(send: Promise<void>): Promise<boolean> {
  try {
    await send;
    return true;
  } catch (err) {
    console.error('account mail not delivered', err);
    return false;
  }
}

/** Tells the account's owner that failed logins are piling up. */
export async function mailLoginAlert(
  env: Env,
  user: { email: string; name: string },
  failures: number,
  factor: FailedFactor = 'password',
): Promise<void> {
  await sendMail(env, { to: user.email, ...loginAlertMail(env.APP_ORIGIN, user.name, failures, factor) });
}
