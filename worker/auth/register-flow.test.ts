import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '../../db/schema';
import { apiFetch, db } from '../../test/helpers';
import { latestMailTo, tokenFromMail } from '../mail/test/mailbox';
import { login, newEmail, PASSWORD, register, sessionCookieOf } from './test/accounts';

describe('register → verify → login', () => {
  it('walks a new account from sign-up to a verified session', async () => {
    const email = newEmail();
    const res = await register({ email: `  ${email.toUpperCase()} `, password: PASSWORD, name: '  Ann Lee ' });
    expect(res.status).toBe(201);
    const { user } = await res.json<{ user: Record<string, unknown> }>();
    expect(user).toEqual({ id: expect.any(String), email, name: 'Ann Lee', avatarUrl: null, verified: false, admin: false });

    const mail = await latestMailTo(email);
    expect(mail.subject).toMatch(/confirm your email/i);
    expect(mail.links[0]).toMatch(/^http:\/\/localhost:8787\/verify\?token=[A-Za-z0-9_-]{43}$/);
    expect(mail.html).toContain(mail.links[0]);

    const verify = await apiFetch('/api/auth/verify', { body: { token: await tokenFromMail(email, '/verify') } });
    expect(verify.status).toBe(200);
    expect((await verify.json<{ user: { verified: boolean } }>()).user.verified).toBe(true);

    const loggedIn = await login(email, PASSWORD);
    expect(loggedIn.status).toBe(200);
    const setCookie = loggedIn.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/Secure/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);

    const me = await apiFetch('/api/me', { headers: { cookie: sessionCookieOf(loggedIn) } });
    expect(await me.json()).toEqual({ id: user.id, email, name: 'Ann Lee', avatarUrl: null, verified: true, admin: false });
  });

  it('lets an unverified account log in, and /api/me says so', async () => {
    const email = newEmail();
    await register({ email, password: PASSWORD, name: 'Unverified' });
    const res = await login(email, PASSWORD);
    expect(res.status).toBe(200);
    const me = await apiFetch('/api/me', { headers: { cookie: sessionCookieOf(res) } });
    expect((await me.json<{ verified: boolean }>()).verified).toBe(false);
  });

  it('stores only a PBKDF2 hash, never the password', async () => {
    const email = newEmail();
    await register({ email, password: PASSWORD, name: 'Hash' });
    const row = await db().select({ hash: users.passwordHash }).from(users).where(eq(users.email, email)).get();
    expect(row!.hash).toMatch(/^pbkdf2-sha256\$100000\$/);
    expect(row!.hash).not.toContain(PASSWORD);
  });

  it('refuses a duplicate registration with 409, whatever the case of the address', async () => {
    const email = newEmail();
    expect((await register({ email, password: PASSWORD, name: 'First' })).status).toBe(201);
    const again = await register({ email: email.toUpperCase(), password: PASSWORD, name: 'Second' });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ error: { code: 'email_taken', fields: { email: expect.any(String) } } });
  });

  it('names every bad field of an invalid registration', async () => {
    const res = await register({ email: 'not-an-email', password: 'short', name: '   ' });
    expect(res.status).toBe(400);
    const body = await res.json<{ error: { code: string; fields: Record<string, string> } }>();
    expect(body.error.code).toBe('invalid_input');
    expect(Object.keys(body.error.fields).sort()).toEqual(['email', 'name', 'password']);
  });

  it('refuses over-long passwords and names', async () => {
    const res = await register({ email: newEmail(), password: 'x'.repeat(201), name: 'n'.repeat(81) });
    expect(res.status).toBe(400);
    expect(Object.keys((await res.json<{ error: { fields: object } }>()).error.fields).sort()).toEqual(['name', 'password']);
  });

  it('answers a body that is not JSON with the JSON error shape', async () => {
    const res = await apiFetch('/api/auth/register', { body: '{nope', headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'invalid_input' } });
  });
});

describe('login failures', () => {
  it('answers a wrong password and an unknown email with the same 401', async () => {
    const email = newEmail();
    await register({ email, password: PASSWORD, name: 'Bob' });
    const wrong = await login(email, 'not the password at all');
    const unknown = await login(newEmail(), PASSWORD);
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const wrongBody = await wrong.json();
    expect(wrongBody).toEqual({ error: { code: 'invalid_credentials', message: expect.any(String) } });
    expect(await unknown.json()).toEqual(wrongBody);
    expect(wrong.headers.get('set-cookie')).toBeNull();
  });

  it('gives a new session id at every login and ends the one the browser came with', async () => {
    const email = newEmail();
    await register({ email, password: PASSWORD, name: 'Rotate' });
    const first = sessionCookieOf(await login(email, PASSWORD));
    const second = sessionCookieOf(await login(email, PASSWORD, { cookie: first }));
    expect(second).not.toBe(first);
    expect((await apiFetch('/api/me', { headers: { cookie: first } })).status).toBe(401);
    expect((await apiFetch('/api/me', { headers: { cookie: second } })).status).toBe(200);
  });

  it('logs out: the cookie is cleared and the session no longer works', async () => {
    const email = newEmail();
    await register({ email, password: PASSWORD, name: 'Out' });
    const cookie = sessionCookieOf(await login(email, PASSWORD));
    const out = await apiFetch('/api/auth/logout', { method: 'POST', headers: { cookie } });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/parley_session=;/);
    expect((await apiFetch('/api/me', { headers: { cookie } })).status).toBe(401);
  });
});

describe('verification resend', () => {
  it('mails a fresh link to a signed-in unverified user, and refuses once verified', async () => {
    const email = newEmail();
    await register({ email, password: PASSWORD, name: 'Resend' });
    const firstToken = await tokenFromMail(email, '/verify');
    const cookie = sessionCookieOf(await login(email, PASSWORD));
    const res = await apiFetch('/api/auth/verify/resend', { method: 'POST', headers: { cookie } });
    expect(res.status).toBe(202);
    const secondToken = await tokenFromMail(email, '/verify');
    expect(secondToken).not.toBe(firstToken);
    expect((await apiFetch('/api/auth/verify', { body: { token: secondToken } })).status).toBe(200);
    const again = await apiFetch('/api/auth/verify/resend', { method: 'POST', headers: { cookie } });
    expect(again.status).toBe(409);
  });

  it('needs a session', async () => {
    const res = await apiFetch('/api/auth/verify/resend', { method: 'POST' });
    expect(res.status).toBe(401);
  });
});
