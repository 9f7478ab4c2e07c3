import { desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { devMail, loginThrottles } from '../../db/schema';
import { apiFetch, createUser, db, type TestUser } from '../../test/helpers';
import { expectError, expectJson } from '../companies/test/api';
import { tokenFromMail } from '../mail/test/mailbox';
import { FREE_FAILURES } from './login-throttle';
import { randomIp, sessionCookieOf } from './test/accounts';
import { codeNow, codeStep, enableTwoFactor, nextStep, passwordStep, wrongCode } from './test/two-factor';
import { TICKET_MAX_FAILURES } from './two-factor-ticket';

const fromIp = (ip: string) => ({ 'cf-connecting-ip': ip });
const failuresOf = async (email: string) =>
  (await db().select({ failures: loginThrottles.failures }).from(loginThrottles).where(eq(loginThrottles.email, email)).get())?.failures ??
  0;
/** The user signed in with the session cookie an answer set. */
const withCookieOf = (user: TestUser, res: Response): TestUser => ({ ...user, cookie: sessionCookieOf(res) });

describe('login with two-factor on (POST /api/auth/login, /api/auth/login/two-factor)', () => {
  it('starts no session for the password alone; the ticket and a current code do', async () => {
    const user = await createUser();
    const { secret } = await enableTwoFactor(user);
    for (const guess of ['guess one', 'guess two']) {
      await expectError(await apiFetch('/api/auth/login', { body: { email: user.email, password: guess } }), 401, 'invalid_credentials');
    }
    const ticket = await passwordStep(user);
    expect(ticket.length).toBeGreaterThanOrEqual(40);
    // A correct password is no failure, nor yet a success: the count stays as it was until the code.
    expect(await failuresOf(user.email)).toBe(2);

    const res = await codeStep(ticket, await codeNow(secret));
    const signedIn = withCookieOf(user, res);
    expect((await expectJson(res, 200)).user).toMatchObject({ id: user.id, email: user.email });
    expect((await expectJson(await apiFetch('/api/me', { user: signedIn }), 200)).id).toBe(user.id);
    expect(await failuresOf(user.email)).toBe(0);
    // The ticket is spent.
    await expectError(await codeStep(ticket, await codeNow(secret)), 401, 'invalid_ticket');
  });

  it('refuses a code already used, even with a fresh ticket, and takes the next one', async () => {
    const user = await createUser();
    const { secret } = await enableTwoFactor(user);
    const code = await codeNow(secret);
    expect((await codeStep(await passwordStep(user), code)).status).toBe(200);
    await expectError(await codeStep(await passwordStep(user), code), 401, 'invalid_code');
    await nextStep(user.id);
    expect((await codeStep(await passwordStep(user), await codeNow(secret))).status).toBe(200);
  });

  it('takes each recovery code once, in any case and spacing', async () => {
    const user = await createUser();
    const { recoveryCodes } = await enableTwoFactor(user);
    const code = recoveryCodes[0]!;
    expect((await codeStep(await passwordStep(user), ` ${code.toUpperCase().replace('-', ' ')} `)).status).toBe(200);
    await expectError(await codeStep(await passwordStep(user), code), 401, 'invalid_code');
    expect((await codeStep(await passwordStep(user), recoveryCodes[1]!)).status).toBe(200);
    expect((await expectJson(await apiFetch('/api/me/two-factor', { user }), 200)).recoveryCodesLeft).toBe(8);
  });

  it('counts wrong codes toward the account limit: a ticket dies after a few, the account waits, and the owner is mailed', async () => {
    const user = await createUser();
    const { secret } = await enableTwoFactor(user);
    const wrong = await wrongCode(secret);
    let ticket = await passwordStep(user, fromIp(randomIp()));
    for (let i = 1; i <= FREE_FAILURES; i++) {
      await expectError(await codeStep(ticket, wrong, fromIp(randomIp())), 401, 'invalid_code');
      expect(await failuresOf(user.email)).toBe(i);
      if (i % TICKET_MAX_FAILURES === 0) {
        // Used up: even the right code needs the password again.
        await expectError(await codeStep(ticket, await codeNow(secret), fromIp(randomIp())), 401, 'invalid_ticket');
        if (i < FREE_FAILURES) ticket = await passwordStep(user, fromIp(randomIp()));
      }
    }
    // Past the allowance the account waits, for the password step and the code step alike.
    const refused = await apiFetch('/api/auth/login', {
      body: { email: user.email, password: user.password },
      headers: fromIp(randomIp()),
    });
    await expectError(refused, 429, 'rate_limited');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);

    await expect.poll(async () => (await db().select().from(devMail).where(eq(devMail.to, user.email))).length).toBeGreaterThan(0);
    const alert = (await db().select().from(devMail).where(eq(devMail.to, user.email)).orderBy(desc(devMail.createdAt)).get())!;
    expect(alert.subject).toContain('failed logins');
    expect(alert.text).toContain('wrong two-factor code');
    expect(alert.text).not.toContain(secret);
  });

  it('limits wrong codes per address like wrong passwords', async () => {
    const user = await createUser();
    const { secret } = await enableTwoFactor(user);
    const ip = fromIp(randomIp());
    const wrong = await wrongCode(secret);
    for (let i = 0; i < 2; i++) {
      const ticket = await passwordStep(user, ip);
      for (let j = 0; j < 5; j++) await expectError(await codeStep(ticket, wrong, ip), 401, 'invalid_code');
    }
    // Ten failures from this address for this account: its right code is refused too.
    await expectError(await codeStep(await passwordStep(user, fromIp(randomIp())), await codeNow(secret), ip), 429, 'rate_limited');
  });

  it('limits made-up tickets per address', async () => {
    const ip = fromIp(randomIp());
    for (let i = 0; i < 10; i++) await expectError(await codeStep(`made-up-${i}`, '123456', ip), 401, 'invalid_ticket');
    await expectError(await codeStep('made-up-again', '123456', ip), 429, 'rate_limited');
    await expectError(await codeStep('made-up', '123456', fromIp(randomIp())), 401, 'invalid_ticket');
  });

  it('asks for the code after a password reset too: the mailbox alone is one factor', async () => {
    const user = await createUser();
    const { secret } = await enableTwoFactor(user);
    expect((await apiFetch('/api/auth/password-reset', { body: { email: user.email }, headers: fromIp(randomIp()) })).status).toBe(202);
    const token = await tokenFromMail(user.email, '/reset-password');
    const res = await apiFetch('/api/auth/password-reset/confirm', { body: { token, password: 'a brand new password' } });
    expect(res.headers.get('set-cookie')).toBeNull();
    const { twoFactor } = await expectJson(res, 200);
    // Every older session ended with the reset, the one createUser made included.
    await expectError(await apiFetch('/api/me', { user }), 401, 'unauthorized');
    expect((await codeStep(twoFactor.ticket, await codeNow(secret))).status).toBe(200);
  });
});
