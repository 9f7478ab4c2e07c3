import { describe, expect, it } from 'vitest';
import { apiFetch, createUser, type TestUser } from '../../test/helpers';
import { connectOperator, setupCompany } from '../../test/realtime';
import { expectError, expectJson } from '../companies/test/api';

interface SessionJson {
  id: string;
  createdAt: string;
  userAgent: string;
  current: boolean;
}

/** Logs the user in through the API from a browser named `userAgent`: the new session's cookie. */
async function logIn(user: TestUser, userAgent: string): Promise<TestUser> {
  const res = await apiFetch('/api/auth/login', {
    body: { email: user.email, password: user.password },
    headers: { 'user-agent': userAgent },
  });
  expect(res.status).toBe(200);
  return { ...user, cookie: res.headers.get('set-cookie')!.split(';')[0]! };
}

const listOf = async (user: TestUser) =>
  (await expectJson<{ sessions: SessionJson[] }>(await apiFetch('/api/me/sessions', { user }), 200)).sessions;

describe('GET, DELETE /api/me/sessions', () => {
  it("lists the account's active sessions, newest first, marking the current one", async () => {
    const user = await createUser();
    const laptop = await logIn(user, 'Laptop/1.0');
    const phone = await logIn(user, 'Phone/2.0');
    const sessions = await listOf(phone);
    expect(sessions.slice(0, 2).map((s) => [s.userAgent, s.current])).toEqual([
      ['Phone/2.0', true],
      ['Laptop/1.0', false],
    ]);
    // The session createUser made is listed too.
    expect(sessions).toHaveLength(3);
    expect((await listOf(laptop)).filter((s) => s.current).map((s) => s.userAgent)).toEqual(['Laptop/1.0']);
    await expectError(await apiFetch('/api/me/sessions', { user: null }), 401, 'unauthorized');
  });

  it('logs out another session: its chat page closes with 4403 and its cookie stops working', async () => {
    const company = await setupCompany();
    const laptop = await logIn(company.owner, 'Laptop/1.0');
    const phone = await logIn(company.owner, 'Phone/2.0');
    const onLaptop = await connectOperator(company, laptop);
    const target = (await listOf(phone)).find((s) => s.userAgent === 'Laptop/1.0')!;

    expect((await apiFetch(`/api/me/sessions/${target.id}`, { method: 'DELETE', user: phone })).status).toBe(204);
    expect(await onLaptop.closed).toBe(4403);
    await expectError(await apiFetch('/api/me', { user: laptop }), 401, 'unauthorized');
    expect((await listOf(phone)).map((s) => s.id)).not.toContain(target.id);
  });

  it('logging out the current session clears its cookie', async () => {
    const user = await createUser();
    const me = await logIn(user, 'Laptop/1.0');
    const current = (await listOf(me)).find((s) => s.current)!;
    const res = await apiFetch(`/api/me/sessions/${current.id}`, { method: 'DELETE', user: me });
    expect(res.status).toBe(204);
    expect(res.headers.get('set-cookie')).toMatch(/parley_session=;/);
    await expectError(await apiFetch('/api/me', { user: me }), 401, 'unauthorized');
  });

  it("answers someone else's session like one that doesn't exist", async () => {
    const [owner, other] = await Promise.all([createUser(), createUser()]);
    const theirs = (await listOf(other))[0]!;
    await expectError(await apiFetch(`/api/me/sessions/${theirs.id}`, { method: 'DELETE', user: owner }), 404, 'not_found');
    await expectError(await apiFetch('/api/me/sessions/nope', { method: 'DELETE', user: owner }), 404, 'not_found');
    expect(await listOf(other)).toHaveLength(1);
  });
});
