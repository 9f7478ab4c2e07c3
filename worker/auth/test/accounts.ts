import { randomId } from '../../../common/ids';
import { apiFetch } from '../../../test/helpers';

export const PASSWORD = 'a long enough password';

/** A unique address per call: test storage is shared across files. */
export const newEmail = (prefix = 'acct') => `${prefix}-${randomId().toLowerCase()}@example.test`;

/** The `name=value` part of the session cookie a response sets; throws when there is none. */
export function sessionCookieOf(res: Response): string {
  const header = res.headers.get('set-cookie') ?? '';
  const match = header.match(/parley_session=[^;]+/);
  if (!match) throw new Error(`no session cookie in ${JSON.stringify(header)}`);
  return match[0];
}

/** A random client address: registrations are limited per address, and these tests aren't about that. */
export const randomIp = () => `10.${[0, 0, 0].map(() => Math.floor(Math.random() * 250) + 1).join('.')}`;

export const register = (body: unknown, ip = randomIp()) => apiFetch('/api/auth/register', { body, headers: { 'cf-connecting-ip': ip } });

export const login = (email: string, password: string, headers: Record<string, string> = {}) =>
  apiFetch('/api/auth/login', { body: { email, password }, headers });

/** Registers through the API (so the verification mail is captured) and logs in; returns the cookie. */
export async function registerAndLogin(email = newEmail()): Promise<{ email: string; cookie: string }> {
  const res = await register({ email, password: PASSWORD, name: 'Test Person' });
  if (res.status !== 201) throw new Error(`register answered ${res.status}`);
  return { email, cookie: sessionCookieOf(await login(email, PASSWORD)) };
}
