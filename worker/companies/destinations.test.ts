import { describe, expect, it } from 'vitest';
import { apiFetch, createUser } from '../../test/helpers';
import { companyPath, createCompanyAs, expectError, expectJson } from './test/api';
import { createCompanyFixture } from './test/fixtures';

describe('destination management (F7)', () => {
  it("reads and replaces an operator's languages and categories", async () => {
    const f = await createCompanyFixture();
    const path = companyPath(f.companyId, `/operators/${f.operator.id}/destinations`);
    expect(await expectJson(await apiFetch(path, { user: f.operator }), 200)).toEqual({
      languages: ['en'],
      categories: [f.categoryId],
      categoriesEnabled: true,
    });
    const put = await expectJson(
      await apiFetch(path, { method: 'PUT', body: { languages: ['uk', 'EN', 'uk'], categories: [f.categoryId] }, user: f.owner }),
      200,
    );
    expect(put).toEqual({ languages: ['en', 'uk'], categories: [f.categoryId], categoriesEnabled: true });
    expect(await expectJson(await apiFetch(path, { user: f.owner }), 200)).toEqual(put);
    const listed = await expectJson(await apiFetch(companyPath(f.companyId, '/operators'), { user: f.owner }), 200);
    expect(listed.operators.find((o: { id: string }) => o.id === f.operator.id).destinations).toEqual({
      languages: ['en', 'uk'],
      categories: [f.categoryId],
    });

    expect(
      await expectJson(await apiFetch(path, { method: 'PUT', body: { languages: [], categories: [] }, user: f.owner }), 200),
    ).toMatchObject({ languages: [], categories: [] });
  });

  it("accepts only the company's own languages and categories, naming the field", async () => {
    const [f, other] = await Promise.all([createCompanyFixture(), createCompanyFixture()]);
    const put = (body: unknown) =>
      apiFetch(companyPath(f.companyId, `/operators/${f.operator.id}/destinations`), { method: 'PUT', body, user: f.owner });
    const lang = await expectError(await put({ languages: ['en', 'de'] }), 400, 'invalid_input');
    expect(lang.error.fields?.languages).toContain('de');
    const cat = await expectError(await put({ languages: ['en'], categories: [other.categoryId] }), 400, 'invalid_input');
    expect(Object.keys(cat.error.fields ?? {})).toEqual(['categories']);
    await expectError(await put({ languages: 'en' }), 400, 'invalid_input');
    await expectError(await put({ languages: ['english'] }), 400, 'invalid_input');
  });

  it('refuses categories while category support is off', async () => {
    const owner = await createUser();
    const { id } = await createCompanyAs(owner);
    await expectJson(await apiFetch(companyPath(id, '/languages'), { body: { code: 'en' }, user: owner }), 201);
    const path = companyPath(id, `/operators/${owner.id}/destinations`);
    const body = await expectError(
      await apiFetch(path, { method: 'PUT', body: { languages: ['en'], categories: ['whatever'] }, user: owner }),
      400,
      'invalid_input',
    );
    expect(body.error.fields?.categories).toContain('off');
    expect(await expectJson(await apiFetch(path, { method: 'PUT', body: { languages: ['en'] }, user: owner }), 200)).toEqual({
      languages: ['en'],
      categories: [],
      categoriesEnabled: false,
    });
  });

  it('answers 404 for someone who is not an operator of the company', async () => {
    const f = await createCompanyFixture();
    for (const userId of [f.invitee.id, f.spare.id, 'no-such-user']) {
      await expectError(await apiFetch(companyPath(f.companyId, `/operators/${userId}/destinations`), { user: f.owner }), 404, 'not_found');
      await expectError(
        await apiFetch(companyPath(f.companyId, `/operators/${userId}/destinations`), {
          method: 'PUT',
          body: { languages: ['en'] },
          user: f.owner,
        }),
        404,
        'not_found',
      );
    }
  });
});
