import { describe, expect, it } from 'vitest';
import { connectRequest } from '../../common/connect-info';
import { sha256Hex } from '../../common/ids';
import { memberships } from '../../db/schema';
import { anotherSession, apiFetch, db, type TestUser } from '../../test/helpers';
import { connectOperator, connectVisitor, type OperatorSocket, openOperator, roomOf, setupCompany, visitorSays } from '../../test/realtime';
import { expectError } from '../companies/test/api';
import { tokenFromMail } from '../mail/test/mailbox';
import { SESSION_COOKIE } from './session';

/** The session id the room knows a user's cookie by (the token's hash). */
const sessionIdOf = (user: TestUser) => sha256Hex(user.cookie.slice(`${SESSION_COOKIE}=`.length));

/** Answers once the room has handled everything sent before (a round trip through it). */
async function stillOpen(socket: OperatorSocket): Promise<void> {
  await socket.roundTrip();
  expect(socket.closeCode).toBeNull();
}

describe('revocation reaches live operator sockets (SPEC S)', () => {
  it('logout closes the tabs of that session with 4403 and no others; the session cannot reconnect', async () => {
    const company = await setupCompany();
    const laptop = company.owner;
    const phone = await anotherSession(laptop);
    const onLaptop = await connectOperator(company, laptop);
    const onPhone = await connectOperator(company, phone);

    expect((await apiFetch('/api/auth/logout', { method: 'POST', user: laptop })).status).toBe(204);
    expect(await onLaptop.closed).toBe(4403);
    await stillOpen(onPhone);
    await expectError(await openOperator(company.id, laptop), 401, 'unauthorized');

    // The signed-out tab no longer receives chats: a new visitor goes to the phone.
    const visitor = await connectVisitor(company);
    await visitorSays(visitor, 'anyone there?');
    const { chat } = await onPhone.next('chat');
    expect(chat.messages.filter((m) => m.author === 'visitor').map((m) => m.text)).toEqual(['anyone there?']);
  });

  it('logout reaches every company the user serves', async () => {
    const [a, b] = await Promise.all([setupCompany(), setupCompany()]);
    const user = b.owner;
    await db().insert(memberships).values({ companyId: a.id, userId: user.id, role: 'operator', createdAt: new Date() });
    await roomOf(a).configChanged('operators');
    const inA = await connectOperator(a, user);
    const inB = await connectOperator(b, user);
    expect((await apiFetch('/api/auth/logout', { method: 'POST', user })).status).toBe(204);
    expect(await inA.closed).toBe(4403);
    expect(await inB.closed).toBe(4403);
  });

  it('a password reset closes the tabs of every earlier session', async () => {
    const company = await setupCompany();
    const user = company.owner;
    const phone = await anotherSession(user);
    const sockets = [await connectOperator(company, user), await connectOperator(company, phone)];

    expect((await apiFetch('/api/auth/password-reset', { body: { email: user.email }, user: null })).status).toBe(202);
    const token = await tokenFromMail(user.email, '/reset-password');
    const reset = await apiFetch('/api/auth/password-reset/confirm', { body: { token, password: 'a brand new password' }, user: null });
    expect(reset.status).toBe(200);
    for (const s of sockets) expect(await s.closed).toBe(4403);

    // The session the reset started may go online.
    const cookie = reset.headers.get('set-cookie')!.split(';')[0]!;
    await stillOpen(await connectOperator(company, { ...user, cookie }));
  });

  it('removal from the company closes that operator’s tabs and keeps everyone else’s', async () => {
    const company = await setupCompany({ operators: 2 });
    const removed = company.operators[1]!;
    const gone = await connectOperator(company, removed);
    const owner = await connectOperator(company, company.owner);
    const res = await apiFetch(`/api/companies/${company.id}/operators/${removed.id}`, { method: 'DELETE', user: company.owner });
    expect(res.status).toBe(204);
    expect(await gone.closed).toBe(4403);
    await stillOpen(owner);
  });

  it('leaving the company closes the leaver’s tabs there', async () => {
    const company = await setupCompany({ operators: 2 });
    const leaver = company.operators[1]!;
    const tab = await connectOperator(company, leaver);
    expect((await apiFetch(`/api/me/companies/${company.id}`, { method: 'DELETE', user: leaver })).status).toBe(204);
    expect(await tab.closed).toBe(4403);
  });

  it('deleting the company closes every tab and widget', async () => {
    const company = await setupCompany({ operators: 2 });
    const tabs = await Promise.all(company.operators.map((u) => connectOperator(company, u)));
    const visitor = await connectVisitor(company);
    expect((await apiFetch(`/api/companies/${company.id}`, { method: 'DELETE', user: company.owner })).status).toBe(204);
    for (const t of tabs) expect(await t.closed).toBe(4403);
    expect(await visitor.closed).toBe(4403);
  });

  it('refuses an upgrade whose session was signed out while it was on its way', async () => {
    const company = await setupCompany();
    const sessionId = await sessionIdOf(company.owner);
    await connectOperator(company, company.owner);
    await roomOf(company).revokeSessions([{ id: sessionId, expiresAt: Date.now() + 60_000 }]);
    const res = await roomOf(company).fetch(
      connectRequest('http://room/connect', { role: 'operator', companyId: company.id, operatorId: company.owner.id, sessionId }),
    );
    await expectError(res, 401, 'unauthorized');
  });
});
