import { eq } from 'drizzle-orm';
import { type Context, Hono } from 'hono';
import { TwoFactorCodeBodySchema, TwoFactorDisableBodySchema, TwoFactorSetupBodySchema } from '../../common/schemas/two-factor';
import { users } from '../../db/schema';
import { type Attempt, admitAttempt, failAttempt, refundAttempt, succeedAttempt } from '../auth/login-attempt';
import { verifyPassword } from '../auth/password';
import { base32Decode, matchTotp, otpauthUri } from '../auth/totp';
import { acceptCurrentTotp, acceptSecondFactor } from '../auth/two-factor-check';
import {
  activate,
  alreadyEnabled,
  disableTwoFactor,
  readTwoFactor,
  regenerateRecoveryCodes,
  startEnrolment,
  twoFactorStatus,
} from '../auth/two-factor-store';
import { ApiError } from '../lib/errors';
import { validate } from '../lib/validate';
import { requireUser } from '../middleware/session';
import type { AppEnv } from '../types';

/** The name authenticator apps show above the code. */
const ISSUER = 'Parley';

const wrongCode = () =>
  new ApiError(400, 'invalid_code', 'That code didn’t work. Enter the current code from your app (check that the phone’s clock is right).');
const notEnabled = () => new ApiError(409, 'two_factor_disabled', 'Two-factor authentication is off.');

/** Checks the signed-in account's password as one login attempt (so this is no way around the login limits). */
async function checkPassword<E extends AppEnv>(c: Context<E>, password: string): Promise<{ attempt: Attempt; ok: boolean }> {
  const user = c.get('user')!;
  const attempt = await admitAttempt(c, user.email);
  const row = await c.get('db').select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, user.id)).get();
  return { attempt, ok: row !== undefined && (await verifyPassword(password, row.passwordHash)) };
}

/**
 * Two-factor login for the signed-in account (SPEC S): set up (password, then a code confirms the
 * app has the secret), recovery codes shown once, regenerate (current code), turn off (password
 * and a code). Every password or code checked here counts toward the account's login limits.
 */
export const myTwoFactorRoutes = new Hono<AppEnv>()
  .use(requireUser)
  .get('/two-factor', async (c) => c.json(await twoFactorStatus(c.get('db'), c.get('user')!.id)))

  // The secret is answered here, once per set-up, and never again.
  .post('/two-factor/setup', validate('json', TwoFactorSetupBodySchema), async (c) => {
    const user = c.get('user')!;
    const db = c.get('db');
    if ((await readTwoFactor(db, user.id))?.enabledAt) throw alreadyEnabled();
    const { attempt, ok } = await checkPassword(c, c.req.valid('json').password);
    if (!ok) {
      await failAttempt(c, attempt, user, 'password');
      throw new ApiError(400, 'invalid_password', 'Wrong password.', { password: 'Wrong password.' });
    }
    await refundAttempt(c, attempt);
    const secret = await startEnrolment(db, user.id);
    return c.json({ secret, otpauthUri: otpauthUri(secret, ISSUER, user.email) });
  })

  .post('/two-factor/confirm', validate('json', TwoFactorCodeBodySchema), async (c) => {
    const userId = c.get('user')!.id;
    const db = c.get('db');
    const row = await readTwoFactor(db, userId);
    if (row?.enabledAt) throw alreadyEnabled();
    if (!row) throw new ApiError(409, 'no_enrolment', 'Start setting up two-factor authentication first.');
    // This session was just shown the secret, so a wrong code here reveals nothing: no login limit.
    const step = await matchTotp(base32Decode(row.secret)!, c.req.valid('json').code, Date.now());
    if (step === null) throw wrongCode();
    const recoveryCodes = await activate(db, userId, step);
    if (!recoveryCodes) throw alreadyEnabled();
    return c.json({ recoveryCodes });
  })

  .post('/two-factor/recovery-codes', validate('json', TwoFactorCodeBodySchema), async (c) => {
    const user = c.get('user')!;
    const db = c.get('db');
    if (!(await readTwoFactor(db, user.id))?.enabledAt) throw notEnabled();
    const attempt = await admitAttempt(c, user.email);
    if (!(await acceptCurrentTotp(db, user.id, c.req.valid('json').code))) {
      await failAttempt(c, attempt, user, 'code');
      throw wrongCode();
    }
    await refundAttempt(c, attempt);
    return c.json({ recoveryCodes: await regenerateRecoveryCodes(db, user.id) });
  })

  .post('/two-factor/disable', validate('json', TwoFactorDisableBodySchema), async (c) => {
    const user = c.get('user')!;
    const db = c.get('db');
    if (!(await readTwoFactor(db, user.id))?.enabledAt) throw notEnabled();
    const { password, code } = c.req.valid('json');
    const { attempt, ok } = await checkPassword(c, password);
    // Which of the two was wrong is not said, so neither can be guessed on its own.
    if (!ok || !(await acceptSecondFactor(db, user.id, code))) {
      await failAttempt(c, attempt, user, ok ? 'code' : 'password');
      throw new ApiError(400, 'invalid_credentials', 'Wrong password or code.');
    }
    await succeedAttempt(c, attempt);
    await disableTwoFactor(db, user.id);
    return c.json(await twoFactorStatus(db, user.id));
  });
