import { env } from 'cloudflare:test';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { companies, memberships } from '../../db/schema';
import { apiFetch, createUser, db } from '../../test/helpers';
import { companyPath, createCompanyAs, expectError, expectJson } from './test/api';
import { createCompanyFixture, uniqueHost, watchFixture } from './test/fixtures';

describe('POST /api/companies', () => {
  it('attaches the creator as owner and operator, with an unguessable public key', async () => {
    const owner = await createUser();
    const a = await createCompanyAs(owner, '  Acme Ltd  ');
    const b = await createCompanyAs(owner, 'Beta');
    expect(a.name).toBe('Acme Ltd');
    expect(a.publicKey).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(a.publicKey).not.toBe(b.publicKey);
    const rows = await db().select().from(memberships).where(eq(memberships.companyId, a.id));
    expect(rows.map((r) => [r.userId, r.role])).toEqual([[owner.id, 'owner']]);

    const list = await expectJson(await apiFetch('/api/companies', { user: owner }), 200);
    expect(list).toEqual([
      { id: a.id, name: 'Acme Ltd', publicKey: a.publicKey, role: 'owner' },
      { id: b.id, name: 'Beta', publicKey: b.publicKey, role: 'owner' },
    ]);
  });

  it('rejects a missing name and anonymous callers', async () => {
    const owner = await createUser();
    const body = await expectError(await apiFetch('/api/companies', { body: { name: '  ' }, user: owner }), 400, 'invalid_input');
    expect(body.error.fields?.name).toBeTruthy();
    await expectError(await apiFetch('/api/companies', { body: { name: 'X' } }), 401, 'unauthorized');
  });

  it('lists companies an operator serves with the operator role', async () => {
    const f = await createCompanyFixture();
    const list = await expectJson<{ id: string; role: string }[]>(await apiFetch('/api/companies', { user: f.operator }), 200);
    expect(list.find((c) => c.id === f.companyId)?.role).toBe('operator');
  });
});

describe('company settings', () => {
  it('answers defaults, role and the setup checklist', async () => {
    const owner = await createUser();
    const { id } = await createCompanyAs(owner);
    const company = await expectJson(await apiFetch(companyPath(id), { user: owner }), 200);
    expect(company).toMatchObject({
      id,
      role: 'owner',
      notificationEmail: owner.email,
      notificationEmailConfirmed: true,
      offlineFormEnabled: true,
      ratingEnabled: true,
      typingPreviewEnabled: false,
      maxChatsPerOperator: 3,
      newChatsPerMinute: 600,
      busyBehaviour: 'queue',
      maxQueueLength: 200,
      greeting: '',
      color: '#2563eb',
      position: 'right',
      timeZone: 'UTC',
      categoriesEnabled: false,
      widgetInstalledAt: null,
      operatorLimit: 1,
      checklist: { domainAdded: false, languageAdded: false, operatorAdded: true, destinationsSet: false, widgetInstalled: false },
    });
  });

  it('keeps the time zone the creator’s browser sent, and changes it only to one Intl knows (F22)', async () => {
    const owner = await createUser();
    const created = await expectJson<{ id: string }>(
      await apiFetch('/api/companies', { body: { name: 'Kyiv Ltd', timeZone: 'Europe/Kyiv' }, user: owner }),
      201,
    );
    expect(await expectJson(await apiFetch(companyPath(created.id), { user: owner }), 200)).toMatchObject({ timeZone: 'Europe/Kyiv' });
    const patch = (timeZone: unknown) => apiFetch(companyPath(created.id), { method: 'PATCH', body: { timeZone }, user: owner });
    expect(await expectJson(await patch(' America/New_York '), 200)).toMatchObject({ timeZone: 'America/New_York' });
    for (const bad of ['Europe/Atlantis', '', 42]) {
      const body = await expectError(await patch(bad), 400, 'invalid_input');
      expect(body.error.fields?.timeZone).toBeTruthy();
    }
    const refused = await expectError(
      await apiFetch('/api/companies', { body: { name: 'Nowhere', timeZone: 'Mars/Base' }, user: owner }),
      400,
      'invalid_input',
    );
    expect(refused.error.fields?.timeZone).toBeTruthy();
    expect(await expectJson(await apiFetch(companyPath(created.id), { user: owner }), 200)).toMatchObject({ timeZone: 'America/New_York' });
  });

  it('ticks each checklist step as the company is set up', async () => {
    const owner = await createUser();
    const { id } = await createCompanyAs(owner);
    const checklist = async () => (await expectJson(await apiFetch(companyPath(id), { user: owner }), 200)).checklist;
    await expectJson(await apiFetch(companyPath(id, '/domains'), { body: { host: uniqueHost() }, user: owner }), 201);
    expect(await checklist()).toMatchObject({ domainAdded: true, languageAdded: false, destinationsSet: false });
    await expectJson(await apiFetch(companyPath(id, '/languages'), { body: { code: 'en' }, user: owner }), 201);
    expect(await checklist()).toMatchObject({ languageAdded: true, destinationsSet: false });
    await expectJson(
      await apiFetch(companyPath(id, `/operators/${owner.id}/destinations`), { method: 'PUT', body: { languages: ['en'] }, user: owner }),
      200,
    );
    expect(await checklist()).toMatchObject({ destinationsSet: true, widgetInstalled: false });
    // With categories on, an operator needs a category as well to count.
    await expectJson(await apiFetch(companyPath(id, '/categories'), { body: { name: 'Sales' }, user: owner }), 201);
    expect(await checklist()).toMatchObject({ destinationsSet: false });
    await db().update(companies).set({ widgetInstalledAt: new Date() }).where(eq(companies.id, id));
    expect(await checklist()).toMatchObject({ widgetInstalled: true });
  });

  it('changes only the fields sent, and validates each', async () => {
    const owner = await createUser();
    const { id } = await createCompanyAs(owner);
    const patch = (body: unknown) => apiFetch(companyPath(id), { method: 'PATCH', body, user: owner });
    const updated = await expectJson(
      await patch({
        name: 'Renamed',
        notificationEmail: ' Help@Example.COM ',
        offlineFormEnabled: false,
        ratingEnabled: false,
        typingPreviewEnabled: true,
        maxChatsPerOperator: 7,
        newChatsPerMinute: 50,
        busyBehaviour: 'offline_form',
        maxQueueLength: 25,
        greeting: ' Hi! ',
        color: '#AABBCC',
        position: 'left',
      }),
      200,
    );
    expect(updated).toMatchObject({
      name: 'Renamed',
      notificationEmail: 'help@example.com',
      notificationEmailConfirmed: false,
      offlineFormEnabled: false,
      ratingEnabled: false,
      typingPreviewEnabled: true,
      maxChatsPerOperator: 7,
      newChatsPerMinute: 50,
      busyBehaviour: 'offline_form',
      maxQueueLength: 25,
      greeting: 'Hi!',
      color: '#aabbcc',
      position: 'left',
    });
    expect(await expectJson(await patch({ greeting: 'Welcome' }), 200)).toMatchObject({
      name: 'Renamed',
      greeting: 'Welcome',
      maxChatsPerOperator: 7,
    });
    expect(await expectJson(await patch({ notificationEmail: '' }), 200)).toMatchObject({
      notificationEmail: null,
      notificationEmailConfirmed: false,
    });

    for (const [field, value] of [
      ['maxChatsPerOperator', 0],
      ['maxChatsPerOperator', 51],
      ['maxChatsPerOperator', 2.5],
      ['newChatsPerMinute', 0],
      ['newChatsPerMinute', 1.5],
      ['busyBehaviour', 'wait'],
      ['ratingEnabled', 'no'],
      ['typingPreviewEnabled', 1],
      ['maxQueueLength', 0],
      ['maxQueueLength', 10_001],
      ['maxQueueLength', 3.5],
      ['greeting', 'x'.repeat(281)],
      ['color', 'blue'],
      ['color', '#abc'],
      ['position', 'top'],
      ['name', ''],
      ['notificationEmail', 'not-an-email'],
      ['offlineFormEnabled', 'yes'],
    ] as const) {
      const body = await expectError(await patch({ [field]: value }), 400, 'invalid_input');
      expect(Object.keys(body.error.fields ?? {}), `${field}=${value}`).toContain(field);
    }
    expect(await expectJson(await apiFetch(companyPath(id), { user: owner }), 200)).toMatchObject({
      maxChatsPerOperator: 7,
      position: 'left',
    });
  });

  it('shows the company to an operator but keeps settings owner-only', async () => {
    const f = await createCompanyFixture();
    expect(await expectJson(await apiFetch(companyPath(f.companyId), { user: f.operator }), 200)).toMatchObject({
      role: 'operator',
      operatorLimit: 10,
    });
    await expectError(
      await apiFetch(companyPath(f.companyId), { method: 'PATCH', body: { name: 'Mine' }, user: f.operator }),
      403,
      'forbidden',
    );
  });

  it('deletes the company with everything in it, and closes its open pages', async () => {
    const f = await createCompanyFixture();
    const watch = await watchFixture(f);
    expect((await apiFetch(companyPath(f.companyId), { method: 'DELETE', user: f.owner })).status).toBe(204);
    expect(await watch.changes()).toMatchObject({ closed: true });
    await expectError(await apiFetch(companyPath(f.companyId), { user: f.owner }), 404, 'not_found');
    expect(await db().select().from(memberships).where(eq(memberships.companyId, f.companyId))).toEqual([]);
    const mine = await expectJson<{ id: string }[]>(await apiFetch('/api/me/invitations', { user: f.invitee }), 200);
    expect(mine.some((i) => i.id === f.invitationId)).toBe(false);
  });
});

describe('widget code', () => {
  it('gives the script tag with the public key', async () => {
    const f = await createCompanyFixture();
    const body = await expectJson(await apiFetch(companyPath(f.companyId, '/widget-code'), { user: f.operator }), 200);
    expect(body.snippet).toBe(`<script async src="${env.APP_ORIGIN}/widget.js" data-key="${f.publicKey}"></script>`);
  });
});
