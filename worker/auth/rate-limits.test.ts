import { describe, expect, it } from 'vitest';
import { randomId } from '../../common/ids';
import { apiFetch } from '../../test/helpers';
import { login, newEmail, PASSWORD, registerAndLogin } from './test/accounts';

const fromIp = (ip: string) => ({ 'cf-connecting-ip': ip });
const randomIp = () => `10.${[0, 0, 0].map(() => Math.floor(Math.random() * 250) + 1).join('.')}`;

async function expectRateLimited(res: Response, maxSeconds: number) {
  expect(res.status).toBe(429);
  expect(await res.json()).toMatchObject({ error: { code: 'rate_limited' } });
  const retryAfter = Number(res.headers.get('retry-after'));
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(maxSeconds);
}

describe('login rate limit', () => {
  it('refuses the 11th attempt in 15 minutes for one address and account, even with the right password', async () => {
    const { email } = await registerAndLogin(newEmail('limit'));
    const ip = randomIp();
    for (let i = 0; i < 10; i++) expect((await login(email, `wrong password ${i}`, fromIp(ip))).status).toBe(401);
    await expectRateLimited(await login(email, PASSWORD, fromIp(ip)), 15 * 60);
    // Another client address is not locked out by someone else's guessing.
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
