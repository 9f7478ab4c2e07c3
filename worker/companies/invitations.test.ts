import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { companies } from '../../db/schema';
import { apiFetch, createUser, db, type TestUser } from '../../test/helpers';
import { latestMailTo } from '../mail/test/mailbox';
import { companyPath, createCompanyAs, expectError, expectJson } from './test/api';
import { createCompanyFixture } from './test/fixtures';

const DAY_MS = 24 * 60 * 60 * 1000;

const invite = (companyId: string, owner: TestUser, email: string) =>
  apiFetch(companyPath(companyId, '/operators'), { body: { email }, user: owner });
const myInvitations = async (user: TestUser) =>
  expectJson<{ id: string; company: { id: string; name: string } }[]>(await apiFetch('/api/me/invitations', { user }), 200);
const roleIn = async (companyId: string, user: TestUser) => {
  const list = await expectJson<{ id: string; role: string }[]>(await apiFetch('/api/companies', { user }), 200);
  return list.find((c) => c.id === companyId)?.role ?? null;
};

describe('inviting operators (F6)', () => {
  it('tells apart an unregistered and an unverified invitee', async () => {
    const f = await createCompanyFixture();
    const missing = await expectError(await invite(f.companyId, f.owner, 'nobody-here@example.test'), 422, 'user_not_found');
    expect(missing.error.message).toBe('No Parley account uses this email. Ask them to sign up first.');
    expect(missing.error.fields?.email).toBeTruthy();

    const unverified = await createUser({ verified: false });
    const body = await expectError(await invite(f.companyId, f.owner, unverified.email), 422, 'user_not_verified');
    expect(body.error.message).toMatch(/verif/);
    expect(await myInvitations(unverified)).toEqual([]);
  });

  it('makes an operator only when the invitee accepts', async () => {
    const f = await createCompanyFixture();
    const person = await createUser({ name: 'Olena' });
    const created = await expectJson(await invite(f.companyId, f.owner, person.email.toUpperCase()), 201);
    expect(created.invitation).toMatchObject({ id: expect.any(String), userId: person.id, email: person.email, name: 'Olena' });
    expect(await roleIn(f.companyId, person)).toBeNull();
    await expectError(await apiFetch(companyPath(f.companyId), { user: person }), 404, 'not_found');

    const listed = await expectJson(await apiFetch(companyPath(f.companyId, '/operators'), { user: f.owner }), 200);
    expect(listed.invitations.map((i: { email: string }) => i.email)).toContain(person.email);
    expect(await myInvitations(person)).toEqual([
      {
        id: created.invitation.id,
        company: { id: f.companyId, name: 'Fixture Co' },
        invitedBy: { name: 'Owner' },
        invitedAt: expect.any(String),
      },
    ]);

    const accepted = await expectJson(
      await apiFetch(`/api/me/invitations/${created.invitation.id}/accept`, { method: 'POST', user: person }),
      200,
    );
    expect(accepted).toEqual({ company: { id: f.companyId, name: 'Fixture Co', role: 'operator' } });
    expect(await roleIn(f.companyId, person)).toBe('operator');
    expect(await myInvitations(person)).toEqual([]);
    const after = await expectJson(await apiFetch(companyPath(f.companyId, '/operators'), { user: f.owner }), 200);
    expect(after.operators.find((o: { id: string }) => o.id === person.id)).toMatchObject({
      name: 'Olena',
      email: person.email,
      role: 'operator',
      avatarUrl: null,
      destinations: { languages: [], categories: [] },
    });
    expect(after.invitations.some((i: { email: string }) => i.email === person.email)).toBe(false);
    await expectError(await invite(f.companyId, f.owner, person.email), 409, 'already_member');
  });

  it("doesn't add an operator on decline or revoke", async () => {
    const f = await createCompanyFixture();
    const [decliner, revoked] = await Promise.all([createUser(), createUser()]);
    const a = await expectJson(await invite(f.companyId, f.owner, decliner.email), 201);
    const b = await expectJson(await invite(f.companyId, f.owner, revoked.email), 201);
    await expectError(await invite(f.companyId, f.owner, decliner.email), 409, 'already_invited');

    expect((await apiFetch(`/api/me/invitations/${a.invitation.id}/decline`, { method: 'POST', user: decliner })).status).toBe(200);
    expect(await myInvitations(decliner)).toEqual([]);
    expect(await roleIn(f.companyId, decliner)).toBeNull();
    await expectError(
      await apiFetch(`/api/me/invitations/${a.invitation.id}/accept`, { method: 'POST', user: decliner }),
      404,
      'not_found',
    );

    expect((await apiFetch(companyPath(f.companyId, `/invitations/${b.invitation.id}`), { method: 'DELETE', user: f.owner })).status).toBe(
      204,
    );
    expect(await myInvitations(revoked)).toEqual([]);
    await expectError(await apiFetch(`/api/me/invitations/${b.invitation.id}/accept`, { method: 'POST', user: revoked }), 404, 'not_found');
    expect(await roleIn(f.companyId, revoked)).toBeNull();

    // Declined or revoked, the person can be invited again.
    await expectJson(await invite(f.companyId, f.owner, decliner.email), 201);
  });

  it("can't be accepted or declined by another account", async () => {
    const f = await createCompanyFixture();
    const intruder = await createUser();
    for (const action of ['accept', 'decline']) {
      await expectError(
        await apiFetch(`/api/me/invitations/${f.invitationId}/${action}`, { method: 'POST', user: intruder }),
        404,
        'not_found',
      );
      await expectError(
        await apiFetch(`/api/me/invitations/${f.invitationId}/${action}`, { method: 'POST', user: f.owner }),
        404,
        'not_found',
      );
    }
    expect(await roleIn(f.companyId, intruder)).toBeNull();
    expect((await myInvitations(f.invitee)).map((i) => i.id)).toEqual([f.invitationId]);
  });

  it('lets the owner remove an operator, but not themselves', async () => {
    const f = await createCompanyFixture();
    await expectError(
      await apiFetch(companyPath(f.companyId, `/operators/${f.owner.id}`), { method: 'DELETE', user: f.owner }),
      409,
      'owner_cannot_be_removed',
    );
    expect((await apiFetch(companyPath(f.companyId, `/operators/${f.operator.id}`), { method: 'DELETE', user: f.owner })).status).toBe(204);
    expect(await roleIn(f.companyId, f.operator)).toBeNull();
    await expectError(await apiFetch(companyPath(f.companyId), { user: f.operator }), 404, 'not_found');
    await expectError(
      await apiFetch(companyPath(f.companyId, `/operators/${f.operator.id}/destinations`), { user: f.owner }),
      404,
      'not_found',
    );
  });
});

describe('the invitee hears of the invitation (F6)', () => {
  const resend = (companyId: string, owner: TestUser, invitationId: string) =>
    apiFetch(companyPath(companyId, `/invitations/${invitationId}/resend`), { method: 'POST', user: owner });
  const pendingOf = async (companyId: string, owner: TestUser) =>
    (await expectJson(await apiFetch(companyPath(companyId, '/operators'), { user: owner }), 200)).invitations as {
      id: string;
      invitedAt: string;
      resentAt: string | null;
    }[];

  it('mails the invitee a link to their invitations', async () => {
    const f = await createCompanyFixture();
    const person = await createUser({ name: 'Olena' });
    const created = await expectJson(await invite(f.companyId, f.owner, person.email), 201);
    expect(created.mailed).toBe(true);
    expect(created.invitation.resentAt).toBeNull();
    const mail = await latestMailTo(person.email);
    expect(mail.subject).toBe('Owner invited you to answer chats for Fixture Co');
    expect(mail.text).toContain('Hello Olena,');
    expect(mail.links).toContain('http://localhost:8787/settings/companies');
  });

  it('lets the owner send it again, once an hour, and says when it was resent', async () => {
    const f = await createCompanyFixture();
    const [before] = await pendingOf(f.companyId, f.owner);
    expect(before).toMatchObject({ id: f.invitationId, resentAt: null });

    const answer = await expectJson(await resend(f.companyId, f.owner, f.invitationId), 200);
    expect(answer.invitation).toMatchObject({ id: f.invitationId, email: f.invitee.email, invitedAt: before!.invitedAt });
    expect(Date.parse(answer.invitation.resentAt)).toBeGreaterThan(Date.parse(before!.invitedAt));
    const mail = await latestMailTo(f.invitee.email);
    expect(mail.subject).toBe('Owner invited you to answer chats for Fixture Co');
    expect((await pendingOf(f.companyId, f.owner))[0]!.resentAt).toBe(answer.invitation.resentAt);

    const again = await resend(f.companyId, f.owner, f.invitationId);
    await expectError(again, 429, 'rate_limited');
    expect(Number(again.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('answers 404 for an invitation that is gone or belongs to another company', async () => {
    const [f, other] = await Promise.all([createCompanyFixture(), createCompanyFixture()]);
    await expectError(await resend(f.companyId, f.owner, other.invitationId), 404, 'not_found');
    expect((await apiFetch(companyPath(f.companyId, `/invitations/${f.invitationId}`), { method: 'DELETE', user: f.owner })).status).toBe(
      204,
    );
    await expectError(await resend(f.companyId, f.owner, f.invitationId), 404, 'not_found');
  });

  it('is the owner’s: an operator can’t resend', async () => {
    const f = await createCompanyFixture();
    await expectError(await resend(f.companyId, f.operator, f.invitationId), 403, 'forbidden');
  });
});

describe('invitations can’t probe for accounts at scale', () => {
  it('limits invitations naming no verified account, per inviter: then even a real one waits', async () => {
    const f = await createCompanyFixture();
    const fromIp = { 'cf-connecting-ip': `10.77.${Math.floor(Math.random() * 250)}.1` };
    const probe = (email: string) => apiFetch(companyPath(f.companyId, '/operators'), { body: { email }, user: f.owner, headers: fromIp });
    const unverified = await createUser({ verified: false });
    for (let i = 0; i < 19; i++) await expectError(await probe(`probe-${i}@example.test`), 422, 'user_not_found');
    await expectError(await probe(unverified.email), 422, 'user_not_verified');
    const refused = await probe('probe-last@example.test');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const real = await createUser();
    expect((await probe(real.email)).status).toBe(429);
    // Another owner is not held up by this one's misses.
    const other = await createCompanyFixture();
    await expectJson(await apiFetch(companyPath(other.companyId, '/operators'), { body: { email: real.email }, user: other.owner }), 201);
  });
});

describe('plan operator limit', () => {
  it("doesn't let a Free company invite a second operator", async () => {
    const owner = await createUser();
    const { id } = await createCompanyAs(owner);
    const other = await createUser();
    const body = await expectError(await invite(id, owner, other.email), 409, 'plan_limit');
    expect(body.error.message).toContain('one operator');
    expect(await myInvitations(other)).toEqual([]);
  });

  it('lets a paid company fill its seats, counting pending invitations, until the period ends', async () => {
    const owner = await createUser();
    const { id } = await createCompanyAs(owner);
    await db()
      .update(companies)
      .set({ plan: 'standard', planOperators: 3, paidUntil: new Date(Date.now() + 30 * DAY_MS) })
      .where(eq(companies.id, id));
    const [a, b, c] = await Promise.all([createUser(), createUser(), createUser()]);
    await expectJson(await invite(id, owner, a.email), 201);
    await expectJson(await invite(id, owner, b.email), 201);
    const full = await expectError(await invite(id, owner, c.email), 409, 'plan_limit');
    expect(full.error.message).toContain('3 operators');
    expect((await expectJson(await apiFetch(companyPath(id, '/operators'), { user: owner }), 200)).limit).toEqual({
      operators: 3,
      used: 3,
    });

    await db()
      .update(companies)
      .set({ paidUntil: new Date(Date.now() - 1000) })
      .where(eq(companies.id, id));
    const invites = await myInvitations(a);
    // Past the period a pending invitation holds no seat: accepting it answers the plan error (F15).
    await expectError(await apiFetch(`/api/me/invitations/${invites[0]!.id}/accept`, { method: 'POST', user: a }), 409, 'plan_limit');
    expect(await roleIn(id, a)).toBeNull();
    expect(await myInvitations(a)).toHaveLength(1);
    await expectError(await invite(id, owner, c.email), 409, 'plan_limit');
  });
});
