import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { loginThrottles, recoveryCodes, twoFactor, twoFactorTickets, users } from '../../db/schema';
import { apiFetch, createUser, db } from '../../test/helpers';
import { codeNow, enableTwoFactor, nextStep, passwordStep, wrongCode } from '../auth/test/two-factor';
import { expectError, expectJson } from '../companies/test/api';

const status = async (user: Awaited<ReturnType<typeof createUser>>) => expectJson(await apiFetch('/api/me/two-factor', { user }), 200);

describe('two-factor set-up (/api/me/two-factor)', () => {
  it('asks for the password, then answers the secret and its otpauth URI, and stays off until a code confirms it', async () => {
    const user = await createUser();
    expect(await status(user)).toEqual({ enabled: false, enabledAt: null, recoveryCodesLeft: 0 });
    await expectError(
      await apiFetch('/api/me/two-factor/setup', { body: { password: 'not the password' }, user }),
      400,
      'invalid_password',
    );
    // The wrong password counted toward the account's login limit like a failed login.
    expect((await db().select().from(loginThrottles).where(eq(loginThrottles.email, user.email)).get())?.failures).toBe(1);

    const setup = await expectJson(await apiFetch('/api/me/two-factor/setup', { body: { password: user.password }, user }), 200);
    expect(setup.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(setup.otpauthUri.startsWith(`otpauth://totp/Parley:${encodeURIComponent(user.email)}?`)).toBe(true);
    const uri = new URL(setup.otpauthUri);
    expect(uri.searchParams.get('secret')).toBe(setup.secret);
    expect(uri.searchParams.get('issuer')).toBe('Parley');

    // Pending: the status does not show it, and logging in still takes only the password.
    const after = await status(user);
    expect(after).toEqual({ enabled: false, enabledAt: null, recoveryCodesLeft: 0 });
    expect(JSON.stringify(after)).not.toContain(setup.secret);
    const login = await apiFetch('/api/auth/login', { body: { email: user.email, password: user.password } });
    expect(Object.keys(await expectJson(login, 200))).toEqual(['user']);
    await expectError(await apiFetch('/api/me/two-factor/setup', { body: { password: user.password }, user: null }), 401, 'unauthorized');
  });

  it('confirms with a right code after a wrong one, and answers ten recovery codes once, keeping only their hashes', async () => {
    const user = await createUser();
    await expectError(await apiFetch('/api/me/two-factor/confirm', { body: { code: '123456' }, user }), 409, 'no_enrolment');
    const { secret } = await expectJson(await apiFetch('/api/me/two-factor/setup', { body: { password: user.password }, user }), 200);

    await expectError(await apiFetch('/api/me/two-factor/confirm', { body: { code: await wrongCode(secret) }, user }), 400, 'invalid_code');
    await expectError(await apiFetch('/api/me/two-factor/confirm', { body: { code: '12345' }, user }), 400, 'invalid_input');
    expect((await status(user)).enabled).toBe(false);

    const { recoveryCodes: codes } = await expectJson(
      await apiFetch('/api/me/two-factor/confirm', { body: { code: await codeNow(secret) }, user }),
      200,
    );
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const now = await status(user);
    expect(now).toMatchObject({ enabled: true, recoveryCodesLeft: 10 });
    expect(Date.parse(now.enabledAt)).toBeGreaterThan(0);

    const stored = await db().select().from(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
    expect(stored).toHaveLength(10);
    const dump = JSON.stringify(stored);
    for (const code of codes as string[]) {
      expect(dump).not.toContain(code);
      expect(dump).not.toContain(code.replace('-', ''));
    }
    // On: setting up again (a new secret) and a second confirm are refused.
    await expectError(await apiFetch('/api/me/two-factor/setup', { body: { password: user.password }, user }), 409, 'two_factor_enabled');
    await expectError(
      await apiFetch('/api/me/two-factor/confirm', { body: { code: await codeNow(secret) }, user }),
      409,
      'two_factor_enabled',
    );
  });

  it('regenerates recovery codes with a current code only: the old ones stop working', async () => {
    const user = await createUser();
    await expectError(await apiFetch('/api/me/two-factor/recovery-codes', { body: { code: '123456' }, user }), 409, 'two_factor_disabled');
    const { secret, recoveryCodes: old } = await enableTwoFactor(user);
    await expectError(
      await apiFetch('/api/me/two-factor/recovery-codes', { body: { code: await wrongCode(secret) }, user }),
      400,
      'invalid_code',
    );
    await expectError(await apiFetch('/api/me/two-factor/recovery-codes', { body: { code: old[0] }, user }), 400, 'invalid_input');
    const { recoveryCodes: fresh } = await expectJson(
      await apiFetch('/api/me/two-factor/recovery-codes', { body: { code: await codeNow(secret) }, user }),
      200,
    );
    expect(fresh).toHaveLength(10);
    expect(fresh.filter((c: string) => old.includes(c))).toEqual([]);

    const oldTry = await apiFetch('/api/auth/login/two-factor', { body: { ticket: await passwordStep(user), code: old[0] } });
    await expectError(oldTry, 401, 'invalid_code');
    const freshTry = await apiFetch('/api/auth/login/two-factor', { body: { ticket: await passwordStep(user), code: fresh[0] } });
    expect(freshTry.status).toBe(200);
    expect((await status(user)).recoveryCodesLeft).toBe(9);
  });

  it('turns off with the password and a code (or a recovery code), never with one of them alone', async () => {
    const user = await createUser();
    const { secret, recoveryCodes: codes } = await enableTwoFactor(user);
    const disable = (password: string, code: string) => apiFetch('/api/me/two-factor/disable', { body: { password, code }, user });

    await expectError(await disable('not the password', await codeNow(secret)), 400, 'invalid_credentials');
    await nextStep(user.id);
    await expectError(await disable(user.password, await wrongCode(secret)), 400, 'invalid_credentials');
    await expectError(await disable(user.password, 'zzzzz-zzzzz'), 400, 'invalid_credentials');
    expect((await status(user)).enabled).toBe(true);

    const off = await expectJson(await disable(user.password, codes[3]!), 200);
    expect(off).toEqual({ enabled: false, enabledAt: null, recoveryCodesLeft: 0 });
    expect(await db().select().from(recoveryCodes).where(eq(recoveryCodes.userId, user.id))).toEqual([]);
    expect(await db().select().from(twoFactor).where(eq(twoFactor.userId, user.id))).toEqual([]);
    const login = await apiFetch('/api/auth/login', { body: { email: user.email, password: user.password } });
    expect(Object.keys(await expectJson(login, 200))).toEqual(['user']);
    await expectError(await disable(user.password, await codeNow(secret)), 409, 'two_factor_disabled');
  });

  it('goes with the account: deleting the user erases its secret, recovery codes and login steps', async () => {
    const user = await createUser();
    await enableTwoFactor(user);
    await passwordStep(user);
    await db().delete(users).where(eq(users.id, user.id));
    expect(await db().select().from(twoFactor).where(eq(twoFactor.userId, user.id))).toEqual([]);
    expect(await db().select().from(recoveryCodes).where(eq(recoveryCodes.userId, user.id))).toEqual([]);
    expect(await db().select().from(twoFactorTickets).where(eq(twoFactorTickets.userId, user.id))).toEqual([]);
  });
});
