import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { randomId } from '../../common/ids';
import { devMail, loginThrottles } from '../../db/schema';
import { apiFetch, db } from '../../test/helpers';
import { tokenFromMail } from '../mail/test/mailbox';
import { BASE_DELAY_MS, FREE_FAILURES } from './login-throttle';
import { login, newEmail, PASSWORD, randomIp, register, registerAndLogin } from './test/accounts';

const fromIp = (ip: string) => ({ 'cf-connecting-ip': ip });

async function expectRateLimited(res: Response, maxSeconds: number) {
  expect(res.status).toBe(429);
  expect(await res.json()).toMatchObject({ error: { code: 'rate_limited' } });
  const retryAfter = Number(res.headers.get('retry-after'));
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(maxSeconds);
}

/** Moves the account's last failure `ms` into the past, as if that much time had gone by. */
const ageLastFailure = async (email: string, ms: number) => {
  const row = await db().select().from(loginThrottles).where(eq(loginThrottles.email, email)).get();
  await db()
    .update(loginThrottles)
    .set({ lastFailureAt: new Date(row!.lastFailureAt.getTime() - ms) })
    .where(eq(loginThrottles.email, email));
};

const mailsTo = (to: string) => db().select().from(devMail).where(eq(devMail.to, to));

describe('login rate limit per address', () => {
  it('refuses the 11th attempt in 15 minutes for one address and account, even with the right password', async () => {
    const { email } = await registerAndLogin(newEmail('limit'));
    const ip = randomIp();
    for (let i = 0; i < 10; i++) expect((await login(email, `wrong password ${i}`, fromIp(ip))).status).toBe(401);
    await expectRateLimited(await login(email, PASSWORD, fromIp(ip)), 15 * 60);
    // Another client address is not locked out by one address's guessing.
    expect((await login(email, PASSWORD, fromIp(randomIp()))).status).toBe(200);
  });

  it('counts only failures: many successful logins in a row are never refused', async () => {
    const { email } = await registerAndLogin(newEmail('often'));
    const ip = randomIp();
    for (let i = 0; i < 12; i++) expect((await login(email, PASSWORD, fromIp(ip))).status).toBe(200);
    for (let i = 0; i < 9; i++) expect((await login(email, `wrong password ${i}`, fromIp(ip))).status).toBe(401);
    expect((await login(email, PASSWORD, fromIp(ip))).status).toBe(200);
  });
});

describe('login limit per account, across addresses', () => {
  it('limits failures spread over 60 addresses, the right password too, and mails the owner once', async () => {
    const { email } = await registerAndLogin(newEmail('spread'));
    const statuses: number[] = [];
    for (let i = 0; i < 60; i++) statuses.push((await login(email, `guess ${i}`, fromIp(`10.60.${i}.1`))).status);
    expect(statuses.slice(0, FREE_FAILURES)).toEqual(Array(FREE_FAILURES).fill(401));
    expect(statuses.slice(FREE_FAILURES)).toEqual(Array(60 - FREE_FAILURES).fill(429));
    await expectRateLimited(await login(email, PASSWORD, fromIp('10.61.0.1')), BASE_DELAY_MS / 1000);

    await expect.poll(async () => (await mailsTo(email)).filter((m) => m.subject.includes('failed logins')).length).toBe(1);
    const alert = (await mailsTo(email)).find((m) => m.subject.includes('failed logins'))!;
    expect(alert.text).toContain(`${FREE_FAILURES} times`);
    expect(alert.text).toContain('/forgot-password');
  });

  it('answers an unknown address exactly like a real one', async () => {
    const email = newEmail('nobody');
    const statuses: number[] = [];
    for (let i = 0; i < FREE_FAILURES + 5; i++) statuses.push((await login(email, `guess ${i}`, fromIp(randomIp()))).status);
    expect(statuses).toEqual([...Array(FREE_FAILURES).fill(401), ...Array(5).fill(429)]);
  });

  it('makes each further failure wait twice as long, and a success starts over', async () => {
    const { email } = await registerAndLogin(newEmail('slow'));
    for (let i = 0; i < FREE_FAILURES; i++) expect((await login(email, `guess ${i}`, fromIp(randomIp()))).status).toBe(401);
    await expectRateLimited(await login(email, 'guess', fromIp(randomIp())), BASE_DELAY_MS / 1000);

    await ageLastFailure(email, BASE_DELAY_MS);
    expect((await login(email, 'one more guess', fromIp(randomIp()))).status).toBe(401);
    const refused = await login(email, PASSWORD, fromIp(randomIp()));
    await expectRateLimited(refused, (2 * BASE_DELAY_MS) / 1000);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(BASE_DELAY_MS / 1000);

    await ageLastFailure(email, 2 * BASE_DELAY_MS);
    expect((await login(email, PASSWORD, fromIp(randomIp()))).status).toBe(200);
    for (let i = 0; i < FREE_FAILURES - 1; i++) expect((await login(email, `guess ${i}`, fromIp(randomIp()))).status).toBe(401);
    expect((await login(email, PASSWORD, fromIp(randomIp()))).status).toBe(200);
  });

  it('starts over after a password reset', async () => {
    const { email } = await registerAndLogin(newEmail('reset'));
    for (let i = 0; i < FREE_FAILURES; i++) expect((await login(email, `guess ${i}`, fromIp(randomIp()))).status).toBe(401);
    await expectRateLimited(await login(email, PASSWORD, fromIp(randomIp())), BASE_DELAY_MS / 1000);
    expect((await apiFetch('/api/auth/password-reset', { body: { email }, headers: fromIp(randomIp()) })).status).toBe(202);
    const token = await tokenFromMail(email, '/reset-password');
    const newPassword = 'a brand new password';
    expect((await apiFetch('/api/auth/password-reset/confirm', { body: { token, password: newPassword } })).status).toBe(200);
    expect((await login(email, newPassword, fromIp(randomIp()))).status).toBe(200);
  });

  it('lets a burst of concurrent guesses through no faster than the allowance', async () => {
    const email = newEmail('burst');
    const statuses = await Promise.all(
      Array.from({ length: FREE_FAILURES + 10 }, (_, i) => login(email, `guess ${i}`, fromIp(randomIp())).then((r) => r.status)),
    );
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(FREE_FAILURES);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(10);
  });
});

describe('registration rate limit', () => {
  it('refuses an address its 11th sign-up attempt within the hour, taken emails included', async () => {
    const ip = randomIp();
    const taken = newEmail('taken');
    expect((await register({ email: taken, password: PASSWORD, name: 'First' }, ip)).status).toBe(201);
    for (let i = 0; i < 4; i++) expect((await register({ email: taken, password: PASSWORD, name: 'Again' }, ip)).status).toBe(409);
    for (let i = 0; i < 5; i++)
      expect((await register({ email: newEmail('bulk'), password: PASSWORD, name: 'Bulk' }, ip)).status).toBe(201);
    await expectRateLimited(await register({ email: newEmail('bulk'), password: PASSWORD, name: 'Bulk' }, ip), 3600);
    await expectRateLimited(await register({ email: taken, password: PASSWORD, name: 'Probe' }, ip), 3600);
    expect((await register({ email: newEmail('other'), password: PASSWORD, name: 'Elsewhere' }, randomIp())).status).toBe(201);
  });
});

describe('password reset rate limit', () => {
  it('refuses a sixth reset mail to one address within the hour, known or not', async () => {
    const email = `nobody-${randomId().toLowerCase()}@example.test`;
    for (let i = 0; i < 5; i++) {
      expect((await apiFetch('/api/auth/password-reset', { body: { email }, headers: fromIp(randomIp()) })).status).toBe(202);
    }
    await expectRateLimited(await apiFetch('/api/auth/password-reset', { body: { email }, headers: fromIp(randomIp()) }), 3600);
  });

  it('refuses a client address asking for too many resets', async () => {
    const ip = randomIp();
    for (let i = 0; i < 20; i++) {
      expect((await apiFetch('/api/auth/password-reset', { body: { email: newEmail('ipcap') }, headers: fromIp(ip) })).status).toBe(202);
    }
    await expectRateLimited(await apiFetch('/api/auth/password-reset', { body: { email: newEmail('ipcap') }, headers: fromIp(ip) }), 3600);
  });
});
