import { describe, expect, it } from 'vitest';
import { apiFetch, createUser } from '../../test/helpers';
import { companyPath, expectError, expectJson } from '../companies/test/api';
import { createCompanyFixture, watchFixture } from '../companies/test/fixtures';

describe('/api/me company memberships', () => {
  it('needs a session', async () => {
    await expectError(await apiFetch('/api/me/invitations'), 401, 'unauthorized');
  });

  it('lets an operator leave, which removes their destinations', async () => {
    const f = await createCompanyFixture();
    const watch = await watchFixture(f);
    expect((await apiFetch(`/api/me/companies/${f.companyId}`, { method: 'DELETE', user: f.operator })).status).toBe(204);
    expect(await watch.changes()).toEqual({ config: true, closed: false });
    watch.close();
    await expectError(await apiFetch(companyPath(f.companyId), { user: f.operator }), 404, 'not_found');
    const operators = await expectJson(await apiFetch(companyPath(f.companyId, '/operators'), { user: f.owner }), 200);
    expect(operators.operators.map((o: { id: string }) => o.id)).toEqual([f.owner.id]);
    await expectError(await apiFetch(`/api/me/companies/${f.companyId}`, { method: 'DELETE', user: f.operator }), 404, 'not_found');
  });

  it("doesn't let the owner leave their own company", async () => {
    const f = await createCompanyFixture();
    const body = await expectError(
      await apiFetch(`/api/me/companies/${f.companyId}`, { method: 'DELETE', user: f.owner }),
      409,
      'owner_cannot_leave',
    );
    expect(body.error.message).toContain('Delete the company');
    expect(await expectJson(await apiFetch(companyPath(f.companyId), { user: f.owner }), 200)).toMatchObject({ role: 'owner' });
  });

  it("answers 404 for a company the caller doesn't belong to", async () => {
    const f = await createCompanyFixture();
    const stranger = await createUser();
    await expectError(await apiFetch(`/api/me/companies/${f.companyId}`, { method: 'DELETE', user: stranger }), 404, 'not_found');
  });

  it('notifies the company when an invitation is accepted or declined', async () => {
    const f = await createCompanyFixture();
    const watch = await watchFixture(f);
    await expectJson(await apiFetch(`/api/me/invitations/${f.invitationId}/decline`, { method: 'POST', user: f.invitee }), 200);
    expect(await watch.changes()).toEqual({ config: true, closed: false });

    const { invitation } = await expectJson(
      await apiFetch(companyPath(f.companyId, '/operators'), { body: { email: f.invitee.email }, user: f.owner }),
      201,
    );
    await watch.changes();
    await expectJson(await apiFetch(`/api/me/invitations/${invitation.id}/accept`, { method: 'POST', user: f.invitee }), 200);
    expect((await watch.changes()).config).toBe(true);
    watch.close();
  });
});
