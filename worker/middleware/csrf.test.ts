import { describe, expect, it } from 'vitest';
import { apiFetch, createUser } from '../../test/helpers';
import { newEmail, PASSWORD, register } from '../auth/test/accounts';

const LOGIN = '/api/auth/login';
const creds = { email: 'nobody@example.test', password: PASSWORD };

async function expectStatus(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(await res.json()).toMatchObject({ error: { code } });
}

describe('CSRF defence', () => {
  it('refuses a state change from a foreign Origin with 403', async () => {
    const res = await apiFetch(LOGIN, { body: creds, headers: { origin: 'https://evil.test', 'sec-fetch-site': 'cross-site' } });
    await expectStatus(res, 403, 'cross_site_request');
  });

  it('refuses a foreign Origin even when Sec-Fetch-Site is absent (older browsers)', async () => {
    const user = await createUser({ name: 'Kept' });
    const res = await apiFetch('/api/me', {
      method: 'PATCH',
      user,
      body: { name: 'Hijacked' },
      headers: { origin: 'https://evil.test', 'sec-fetch-site': '' },
    });
    await expectStatus(res, 403, 'cross_site_request');
    const me = await (await apiFetch('/api/me', { user })).json<{ name: string }>();
    expect(me.name).toBe('Kept');
  });

  it('refuses cross-site and same-site (sibling subdomain) fetches by Sec-Fetch-Site', async () => {
    for (const site of ['cross-site', 'same-site']) {
      await expectStatus(await apiFetch(LOGIN, { body: creds, headers: { 'sec-fetch-site': site } }), 403, 'cross_site_request');
    }
  });

  it('refuses an opaque "null" Origin (sandboxed frames, privacy redirects)', async () => {
    await expectStatus(await apiFetch(LOGIN, { body: creds, headers: { origin: 'null' } }), 403, 'cross_site_request');
  });

  it('refuses bodies a foreign form can send without a preflight with 415', async () => {
    for (const type of [
      'text/plain',
      'Text/Plain; charset=utf-8',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      const res = await apiFetch('/api/auth/register', {
        body: JSON.stringify({ email: newEmail('csrf'), password: PASSWORD, name: 'Form' }),
        headers: { 'content-type': type },
      });
      await expectStatus(res, 415, 'unsupported_media_type');
    }
  });

  it('lets a same-origin JSON request through, including from the configured APP_ORIGIN', async () => {
    const email = newEmail('csrf');
    expect((await register({ email, password: PASSWORD, name: 'Ok' })).status).toBe(201);
    const res = await apiFetch(LOGIN, {
      body: { email, password: PASSWORD },
      headers: { origin: 'http://localhost:8787', 'sec-fetch-site': '' },
    });
    expect(res.status).toBe(200);
  });

  it('lets safe methods through from anywhere (they change nothing)', async () => {
    const res = await apiFetch('/api/me', { headers: { origin: 'https://evil.test', 'sec-fetch-site': 'cross-site' } });
    expect(res.status).toBe(401);
  });
});
