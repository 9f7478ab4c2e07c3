import { and, eq, isNull, sql } from 'drizzle-orm';
import { type Context, Hono } from 'hono';
import { randomId, sha256Hex } from '../../common/ids';
import {
  LoginBodySchema,
  PasswordResetBodySchema,
  PasswordResetConfirmBodySchema,
  RegisterBodySchema,
  VerifyBodySchema,
} from '../../common/schemas/auth';
import { TwoFactorLoginBodySchema } from '../../common/schemas/two-factor';
import { sessions, users } from '../../db/schema';
import { ApiError } from '../lib/errors';
import { clientIp, enforceRateLimit, hitRateLimit, type RateRule, refuseWhenExhausted } from '../lib/rate-limit';
import { validate } from '../lib/validate';
import { requireUser } from '../middleware/session';
import type { AppEnv } from '../types';
import { mailedOk, mailResetLink, mailVerificationLink } from './account-mail';
import { admitAttempt, failAttempt, LOGIN_RULE, refundAttempt, succeedAttempt } from './login-attempt';
import { clearThrottle } from './login-throttle-store';
import { hashPassword, verifyPassword } from './password';
import { loadPublicUser, toPublicUser } from './public-user';
import { revokeSessions } from './revoke';
import { clearSessionCookie, createSession, endAllSessions, readSessionToken, setSessionCookie } from './session';
import { consumeToken, isConfirmedAccountsVerifyLink, revokeTokens } from './tokens';
import { acceptSecondFactor } from './two-factor-check';
import { twoFactorEnabled } from './two-factor-store';
import { failTicket, findTicket, invalidTicket, issueTicket, spendTicket } from './two-factor-ticket';

const MINUTE = 60 * 1000;
/** New accounts per client address: signing up can't be used to create or probe accounts in bulk. */
const REGISTER_PER_IP: RateRule = { limit: 10, windowMs: 60 * MINUTE };
/** Reset mails per target address (no mail-bombing a victim) and per client address. */
const RESET_PER_EMAIL: RateRule = { limit: 5, windowMs: 60 * MINUTE };
const RESET_PER_IP: RateRule = { limit: 20, windowMs: 60 * MINUTE };
const RESEND_PER_USER: RateRule = { limit: 5, windowMs: 60 * MINUTE };

const invalidCredentials = () => new ApiError(401, 'invalid_credentials', 'Wrong email or password.');
const invalidCode = () =>
  new ApiError(401, 'invalid_code', 'That code didn’t work. Enter the current code from your app, or a recovery code.');

/** A hash of a random password, verified for unknown emails so their login takes as long as a real one. */
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashPassword(randomId()));

/**
 * Deletes the session the browser's cookie names, valid or not (a new login must not inherit it),
 * and closes its open chat pages.
 */
async function endCurrentSession(c: Context<AppEnv>): Promise<void> {
  const token = readSessionToken(c);
  if (!token) return;
  const db = c.get('db');
  const ended = await db
    .delete(sessions)
    .where(eq(sessions.id, await sha256Hex(token)))
    .returning({ id: sessions.id, userId: sessions.userId, expiresAt: sessions.expiresAt });
  for (const s of ended) await revokeSessions(c.env, db, s.userId, [s]);
}

/** Starts a fresh session for this browser: a new id every time, never the one it came with. */
async function startSession(c: Context<AppEnv>, userId: string): Promise<void> {
  await endCurrentSession(c);
  const { token } = await createSession(c.get('db'), userId, { userAgent: c.req.header('user-agent') });
  setSessionCookie(c, token);
}

const userColumns = { id: users.id, email: users.email, name: users.name, verifiedAt: users.verifiedAt, avatarKey: users.avatarKey };

/** Accounts: register, verify, login (with its two-factor step), logout, password reset (F1). */
export const authRoutes = new Hono<AppEnv>()
  .post('/register', validate('json', RegisterBodySchema), async (c) => {
    const { email, password, name } = c.req.valid('json');
    await enforceRateLimit(c, `register-ip:${clientIp(c)}`, REGISTER_PER_IP);
    const db = c.get('db');
    const row = await db
      .insert(users)
      .values({ id: randomId(), email, name, passwordHash: await hashPassword(password), createdAt: new Date() })
      .onConflictDoNothing({ target: users.email })
      .returning(userColumns)
      .get();
    if (!row) {
      throw new ApiError(409, 'email_taken', 'An account with this email already exists.', {
        email: 'This email is already registered. Log in or reset your password.',
      });
    }
    const verificationSent = await mailedOk(mailVerificationLink(c.env, db, row));
    return c.json({ user: toPublicUser(c.env, row), verificationSent }, 201);
  })

  .post('/verify', validate('json', VerifyBodySchema), async (c) => {
    const db = c.get('db');
    const { token } = c.req.valid('json');
    const userId = await consumeToken(db, token, 'verify').catch(async (err: unknown) => {
      // A link opened again (or late) after the address was confirmed: say so, not "invalid".
      if (await isConfirmedAccountsVerifyLink(db, token)) {
        throw new ApiError(409, 'already_verified', 'This email address is already confirmed.');
      }
      throw err;
    });
    await db
      .update(users)
      .set({ verifiedAt: new Date() })
      .where(and(eq(users.id, userId), isNull(users.verifiedAt)));
    return c.json({ user: await loadPublicUser(c.env, db, userId) });
  })

  .post('/verify/resend', requireUser, async (c) => {
    const user = c.get('user')!;
    if (user.verified) throw new ApiError(409, 'already_verified', 'Your email address is already confirmed.');
    await enforceRateLimit(c, `verify-resend:${user.id}`, RESEND_PER_USER);
    await mailVerificationLink(c.env, c.get('db'), user);
    return c.json({ accepted: true }, 202);
  })

  .post('/login', validate('json', LoginBodySchema), async (c) => {
    const { email, password } = c.req.valid('json');
    const attempt = await admitAttempt(c, email);
    const row = await c
      .get('db')
      .select({ ...userColumns, passwordHash: users.passwordHash })
      .from(users)
      .where(eq(users.email, email))
      .get();
    const matches = await verifyPassword(password, row?.passwordHash ?? (await getDummyHash()));
    if (!row || !matches) {
      await failAttempt(c, attempt, row, 'password');
      throw invalidCredentials();
    }
    if (await twoFactorEnabled(c.get('db'), row.id)) {
      // The password alone starts nothing; its attempt is taken back so the code step is not slowed by it.
      await refundAttempt(c, attempt);
      return c.json({ twoFactor: { ticket: await issueTicket(c.get('db'), row.id) } });
    }
    await succeedAttempt(c, attempt);
    await startSession(c, row.id);
    return c.json({ user: toPublicUser(c.env, row) });
  })

  // The login's second step: a code from the app or a recovery code, with the ticket the password gave.
  .post('/login/two-factor', validate('json', TwoFactorLoginBodySchema), async (c) => {
    const { ticket, code } = c.req.valid('json');
    const db = c.get('db');
    // Made-up tickets are failures of their address like wrong passwords.
    const ticketKey = `login-ticket:${clientIp(c)}`;
    await refuseWhenExhausted(c, ticketKey, LOGIN_RULE);
    const found = await findTicket(db, ticket);
    if (!found) {
      await hitRateLimit(db, ticketKey, LOGIN_RULE);
      throw invalidTicket();
    }
    const user = (await db.select(userColumns).from(users).where(eq(users.id, found.userId)).get())!;
    const attempt = await admitAttempt(c, user.email);
    if (!(await acceptSecondFactor(db, user.id, code))) {
      await failTicket(db, found.id);
      await failAttempt(c, attempt, user, 'code');
      throw invalidCode();
    }
    if (!(await spendTicket(db, found.id))) throw invalidTicket();
    await succeedAttempt(c, attempt);
    await startSession(c, user.id);
    return c.json({ user: toPublicUser(c.env, user) });
  })

  .post('/logout', async (c) => {
    await endCurrentSession(c);
    clearSessionCookie(c);
    return c.body(null, 204);
  })

  .post('/password-reset', validate('json', PasswordResetBodySchema), async (c) => {
    const { email } = c.req.valid('json');
    await enforceRateLimit(c, `reset-ip:${clientIp(c)}`, RESET_PER_IP);
    await enforceRateLimit(c, `reset:${email}`, RESET_PER_EMAIL);
    const db = c.get('db');
    const row = await db.select({ id: users.id, email: users.email, name: users.name }).from(users).where(eq(users.email, email)).get();
    // Same answer whether or not the address has an account, and whether or not the mail went out.
    if (row) await mailedOk(mailResetLink(c.env, db, row));
    return c.json({ accepted: true }, 202);
  })

  .post('/password-reset/confirm', validate('json', PasswordResetConfirmBodySchema), async (c) => {
    const { token, password } = c.req.valid('json');
    const db = c.get('db');
    const userId = await consumeToken(db, token, 'reset');
    const now = new Date();
    // The link proved the mailbox is theirs, so it also confirms the address.
    await db
      .update(users)
      .set({ passwordHash: await hashPassword(password), verifiedAt: sql`coalesce(${users.verifiedAt}, ${now.getTime()})` })
      .where(eq(users.id, userId));
    await revokeTokens(db, userId, 'reset');
    await revokeSessions(c.env, db, userId, await endAllSessions(db, userId));
    // A new password is a fresh start: the account's failed-login delay no longer applies.
    const { email } = (await db.select({ email: users.email }).from(users).where(eq(users.id, userId)).get())!;
    await clearThrottle(db, email);
    // The mailbox is one factor: with two-factor on, the code is still asked before a session.
    if (await twoFactorEnabled(db, userId)) return c.json({ twoFactor: { ticket: await issueTicket(db, userId) } });
    await startSession(c, userId);
    return c.json({ user: await loadPublicUser(c.env, db, userId) });
  });
