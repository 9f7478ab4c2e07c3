import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { randomId, sha256Hex } from '../../common/ids';
import { authTokens, users } from '../../db/schema';
import { apiFetch, db } from '../../test/helpers';
import { tokenFromMail } from '../mail/test/mailbox';
import { login, newEmail, PASSWORD, register, registerAndLogin, sessionCookieOf } from './test/accounts';
import { TOKEN_TTL_MS } from './tokens';

const verify = (token: string) => apiFetch('/api/auth/verify', { body: { token } });
const requestReset = (email: string) => apiFetch('/api/auth/password-reset', { body: { email } });
const confirmReset = (token: string, password: string, headers: Record<string, string> = {}) =>
  apiFetch('/api/auth/password-reset/confirm', { body: { token, password }, headers });

async function expectInvalidToken(res: Response) {
  expect(res.status).toBe(400);
  expect(await res.json()).toEqual({
    error: { code: 'invalid_token', message: 'This link is invalid or has expired. Ask for a new one.' },
  });
}

async function expire(token: string) {
  await db()
    .update(authTokens)
    .set({ expiresAt: new Date(Date.now() - 1000) })
    .where(eq(authTokens.id, await sha256Hex(token)));
}

describe('verification tokens', () => {
  it('are stored only as a SHA-256 hash, expire after 24 h, and carry 256 random bits', async () => {
    const email = newEmail('tok');
    const before = Date.now();
    await register({ email, password: PASSWORD, name: 'Tok' });
    const token = await tokenFromMail(email, '/verify');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = await db()
      .select()
      .from(authTokens)
      .where(eq(authTokens.id, await sha256Hex(token)))
      .get();
    expect(row).toMatchObject({ purpose: 'verify', usedAt: null });
    const ttl = row!.expiresAt.getTime() - before;
    expect(ttl).toBeGreaterThanOrEqual(TOKEN_TTL_MS.verify);
    expect(ttl).toBeLessThan(TOKEN_TTL_MS.verify + 60_000);
    expect(await db().select().from(authTokens).where(eq(authTokens.id, token)).get()).toBeUndefined();
  });

  it('work once: a link opened again says the address is already confirmed', async () => {
    const email = newEmail('tok');
    await register({ email, password: PASSWORD, name: 'Tok' });
    const token = await tokenFromMail(email, '/verify');
    expect((await verify(token)).status).toBe(200);
    const again = await verify(token);
    expect(again.status).toBe(409);
    expect(await again.json()).toEqual({ error: { code: 'already_verified', message: 'This email address is already confirmed.' } });
  });

  it('an older link, expired or not, of an address confirmed by a newer one says it is confirmed', async () => {
    const { email, cookie } = await registerAndLogin(newEmail('tok'));
    const older = await tokenFromMail(email, '/verify');
    expect((await apiFetch('/api/auth/verify/resend', { method: 'POST', headers: { cookie } })).status).toBe(202);
    const newer = await tokenFromMail(email, '/verify');
    expect(newer).not.toBe(older);
    expect((await verify(newer)).status).toBe(200);
    await expire(older);
    expect((await verify(older)).status).toBe(409);
  });

  it('refuse an expired link and leave the account unverified', async () => {
    const email = newEmail('tok');
    await register({ email, password: PASSWORD, name: 'Tok' });
    const token = await tokenFromMail(email, '/verify');
    await expire(token);
    await expectInvalidToken(await verify(token));
    const row = await db().select({ verifiedAt: users.verifiedAt }).from(users).where(eq(users.email, email)).get();
    expect(row!.verifiedAt).toBeNull();
  });

  it('refuse a garbled link', async () => {
    await expectInvalidToken(await verify(randomId(32)));
    await expectInvalidToken(await verify('not a token at all'));
  });

  it('are not accepted as reset tokens', async () => {
    const email = newEmail('tok');
    await register({ email, password: PASSWORD, name: 'Tok' });
    await expectInvalidToken(await confirmReset(await tokenFromMail(email, '/verify'), 'brand new password'));
  });
});

describe('password reset', () => {
  it('answers 202 alike for known and unknown addresses, and mails only the known one', async () => {
    const { email } = await registerAndLogin(newEmail('reset'));
    const known = await requestReset(email);
    const unknown = await requestReset(newEmail('nobody'));
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(await unknown.json()).toEqual(await known.json());
    expect(await tokenFromMail(email, '/reset-password')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('sets the new password, ends every other session and signs this browser in', async () => {
    const { email, cookie: otherDevice } = await registerAndLogin(newEmail('reset'));
    const thisBrowserBefore = sessionCookieOf(await login(email, PASSWORD));
    await requestReset(email);
    const res = await confirmReset(await tokenFromMail(email, '/reset-password'), 'my brand new password', { cookie: thisBrowserBefore });
    expect(res.status).toBe(200);
    expect((await res.json<{ user: { email: string; verified: boolean } }>()).user).toMatchObject({ email, verified: true });
    const fresh = sessionCookieOf(res);

    expect((await apiFetch('/api/me', { headers: { cookie: otherDevice } })).status).toBe(401);
    expect((await apiFetch('/api/me', { headers: { cookie: thisBrowserBefore } })).status).toBe(401);
    expect((await apiFetch('/api/me', { headers: { cookie: fresh } })).status).toBe(200);

    expect((await login(email, PASSWORD)).status).toBe(401);
    expect((await login(email, 'my brand new password')).status).toBe(200);
  });

  it('refuses a reused, expired or garbled reset link', async () => {
    const { email } = await registerAndLogin(newEmail('reset'));
    await requestReset(email);
    const token = await tokenFromMail(email, '/reset-password');
    expect((await confirmReset(token, 'first new password')).status).toBe(200);
    await expectInvalidToken(await confirmReset(token, 'second new password'));

    await requestReset(email);
    const stale = await tokenFromMail(email, '/reset-password');
    await expire(stale);
    await expectInvalidToken(await confirmReset(stale, 'third new password'));

    await expectInvalidToken(await confirmReset(`${stale.slice(0, -2)}xx`, 'fourth new password'));
    expect((await login(email, 'first new password')).status).toBe(200);
  });

  it('voids older reset links once one is used', async () => {
    const { email } = await registerAndLogin(newEmail('reset'));
    await requestReset(email);
    const older = await tokenFromMail(email, '/reset-password');
    await requestReset(email);
    const newer = await tokenFromMail(email, '/reset-password');
    expect(newer).not.toBe(older);
    expect((await confirmReset(newer, 'the newest password')).status).toBe(200);
    await expectInvalidToken(await confirmReset(older, 'an older password'));
  });

  it('keeps the reset token expiry at one hour', async () => {
    const { email } = await registerAndLogin(newEmail('reset'));
    const before = Date.now();
    await requestReset(email);
    const token = await tokenFromMail(email, '/reset-password');
    const row = await db()
      .select()
      .from(authTokens)
      .where(eq(authTokens.id, await sha256Hex(token)))
      .get();
    expect(row!.purpose).toBe('reset');
    expect(row!.expiresAt.getTime() - before).toBeGreaterThanOrEqual(3600_000);
    expect(row!.expiresAt.getTime() - before).toBeLessThan(3600_000 + 60_000);
  });

  it('validates the new password', async () => {
    const res = await confirmReset(randomId(32), 'short');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'invalid_input', fields: { password: expect.any(String) } } });
  });
});
