import { env, SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { AVATAR_MAX_BYTES } from '../../common/schemas/auth';
import { apiFetch, createUser, ORIGIN, type TestUser } from '../../test/helpers';
import { JPEG_HEADER, PNG_1PX, pngOfSize, SVG, WEBP_HEADER } from '../avatars/test/images';

const upload = (user: TestUser, body: Uint8Array, type = 'image/png') =>
  apiFetch('/api/me/avatar', { method: 'PUT', user, body, headers: { 'content-type': type } });

const me = async (user: TestUser) => (await apiFetch('/api/me', { user })).json<Record<string, unknown>>();

/** A body the client sends in chunks without a Content-Length, so only counting the bytes catches it. */
function streamOf(total: number, chunk = 64 * 1024): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= total) return controller.close();
      const part = sent === 0 ? pngOfSize(chunk) : new Uint8Array(chunk);
      sent += chunk;
      controller.enqueue(part);
    },
  });
}

describe('GET /api/me', () => {
  it('answers 401 JSON without a session', async () => {
    const res = await apiFetch('/api/me');
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: { code: 'unauthorized', message: 'Please log in.' } });
  });

  it('describes the signed-in user', async () => {
    const user = await createUser({ verified: false, name: 'Dana' });
    expect(await me(user)).toEqual({ id: user.id, email: user.email, name: 'Dana', avatarUrl: null, verified: false, admin: false });
  });

  it('tells a verified service admin (ADMIN_EMAILS) apart', async () => {
    const admin = await createUser({ email: env.ADMIN_EMAILS.split(',')[0]!.trim() });
    expect(await me(admin)).toMatchObject({ email: admin.email, admin: true });
    // The login answer says so too, so the console shows Help articles without a reload.
    const login = await apiFetch('/api/auth/login', { body: { email: admin.email, password: admin.password } });
    expect(login.status).toBe(200);
    expect((await login.json<{ user: Record<string, unknown> }>()).user).toMatchObject({ email: admin.email, admin: true });
  });
});

describe('PATCH /api/me', () => {
  it('renames and answers like GET /api/me', async () => {
    const user = await createUser();
    const res = await apiFetch('/api/me', { method: 'PATCH', user, body: { name: '  Dana Scully ' } });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toEqual({ id: user.id, email: user.email, name: 'Dana Scully', avatarUrl: null, verified: true, admin: false });
    expect(await me(user)).toEqual(body);
  });

  it('refuses an empty or over-long name naming the field', async () => {
    const user = await createUser();
    for (const name of ['   ', 'x'.repeat(81)]) {
      const res = await apiFetch('/api/me', { method: 'PATCH', user, body: { name } });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: { code: 'invalid_input', fields: { name: expect.any(String) } } });
    }
  });

  it('needs a session', async () => {
    expect((await apiFetch('/api/me', { method: 'PATCH', body: { name: 'X' } })).status).toBe(401);
  });
});

describe('PUT /api/me/avatar', () => {
  it('stores a PNG in R2 and serves it back byte for byte with long-lived cache headers', async () => {
    const user = await createUser();
    const res = await upload(user, PNG_1PX);
    expect(res.status).toBe(200);
    const { avatarUrl } = await res.json<{ avatarUrl: string }>();
    expect(avatarUrl).toMatch(new RegExp(`^/api/avatars/${user.id}/[A-Za-z0-9_-]+\\.png$`));
    expect((await me(user)).avatarUrl).toBe(avatarUrl);

    const served = await apiFetch(avatarUrl);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(served.headers.get('etag')).toMatch(/^".+"$/);
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(PNG_1PX);
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const user = await createUser();
    const { avatarUrl } = await (await upload(user, PNG_1PX)).json<{ avatarUrl: string }>();
    const etag = (await apiFetch(avatarUrl)).headers.get('etag')!;
    const again = await apiFetch(avatarUrl, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
  });

  it('gives every upload a new URL and deletes the previous object', async () => {
    const user = await createUser();
    const first = (await (await upload(user, PNG_1PX)).json<{ avatarUrl: string }>()).avatarUrl;
    const second = (await (await upload(user, JPEG_HEADER, 'image/jpeg')).json<{ avatarUrl: string }>()).avatarUrl;
    expect(second).not.toBe(first);
    expect(second).toMatch(/\.jpg$/);
    expect(await env.AVATARS.head(first.replace('/api/avatars/', ''))).toBeNull();
    const gone = await apiFetch(first);
    expect(gone.status).toBe(404);
    expect(await gone.json()).toMatchObject({ error: { code: 'not_found' } });
    expect((await apiFetch(second)).headers.get('content-type')).toBe('image/jpeg');
  });

  it('takes the type from the bytes, not from the Content-Type the client claims', async () => {
    const user = await createUser();
    const res = await upload(user, WEBP_HEADER, 'image/png');
    expect(res.status).toBe(200);
    const { avatarUrl } = await res.json<{ avatarUrl: string }>();
    expect(avatarUrl).toMatch(/\.webp$/);
    expect((await apiFetch(avatarUrl)).headers.get('content-type')).toBe('image/webp');
  });

  it('refuses a 2 MB file with 413, by its Content-Length', async () => {
    const user = await createUser();
    const res = await upload(user, pngOfSize(2 * 1024 * 1024));
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: { code: 'too_large' } });
    expect((await me(user)).avatarUrl).toBeNull();
  });

  it('refuses an oversized body sent without a Content-Length, by counting its bytes', async () => {
    const user = await createUser();
    const res = await SELF.fetch(`${ORIGIN}/api/me/avatar`, {
      method: 'PUT',
      headers: { origin: ORIGIN, cookie: user.cookie, 'content-type': 'image/png' },
      body: streamOf(2 * 1024 * 1024),
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: { code: 'too_large' } });
  });

  it('accepts a file of exactly the limit', async () => {
    const user = await createUser();
    expect((await upload(user, pngOfSize(AVATAR_MAX_BYTES))).status).toBe(200);
  });

  it('refuses an SVG and a text file named .png with 415', async () => {
    const user = await createUser();
    for (const [body, type] of [
      [SVG, 'image/svg+xml'],
      [new TextEncoder().encode('I am avatar.png, honestly'), 'image/png'],
      [new Uint8Array(), 'image/png'],
    ] as const) {
      const res = await upload(user, body, type);
      expect(res.status).toBe(415);
      expect(await res.json()).toMatchObject({ error: { code: 'unsupported_image' } });
    }
    expect((await me(user)).avatarUrl).toBeNull();
  });

  it('needs a session', async () => {
    expect((await upload(null as unknown as TestUser, PNG_1PX)).status).toBe(401);
  });
});
