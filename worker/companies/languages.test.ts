import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { operatorLanguages } from '../../db/schema';
import { apiFetch, createUser, db } from '../../test/helpers';
import { companyPath, createCompanyAs, expectError, expectJson } from './test/api';
import { createCompanyFixture } from './test/fixtures';

describe('languages', () => {
  it('makes the first language the default and keeps codes unique', async () => {
    const owner = await createUser();
    const { id } = await createCompanyAs(owner);
    const add = (code: string) => apiFetch(companyPath(id, '/languages'), { body: { code }, user: owner });
    expect(await expectJson(await add(' EN '), 201)).toEqual({ code: 'en', isDefault: true });
    expect(await expectJson(await add('uk'), 201)).toEqual({ code: 'uk', isDefault: false });
    expect(await expectJson(await add('fil'), 201)).toEqual({ code: 'fil', isDefault: false });
    await expectError(await add('en'), 409, 'language_exists');
    // A region tag is reduced to its primary language.
    await expectError(await add('en-US'), 409, 'language_exists');
    expect(await expectJson(await add('de-AT'), 201)).toEqual({ code: 'de', isDefault: false });
    for (const bad of ['e', 'english', '12', '', '-AT']) {
      const body = await expectError(await add(bad), 400, 'invalid_input');
      expect(body.error.fields?.code, bad).toBeTruthy();
    }
    expect(await expectJson(await apiFetch(companyPath(id, '/languages'), { user: owner }), 200)).toEqual([
      { code: 'en', isDefault: true },
      { code: 'uk', isDefault: false },
      { code: 'fil', isDefault: false },
      { code: 'de', isDefault: false },
    ]);
  });

  it('moves the default on request and when the default is removed', async () => {
    const f = await createCompanyFixture();
    const path = (rest = '') => companyPath(f.companyId, `/languages${rest}`);
    await expectJson(await apiFetch(path(), { body: { code: 'de' }, user: f.owner }), 201);
    expect(await expectJson(await apiFetch(path('/de/default'), { method: 'PUT', user: f.owner }), 200)).toEqual([
      { code: 'de', isDefault: true },
      { code: 'en', isDefault: false },
      { code: 'uk', isDefault: false },
    ]);
    await expectError(await apiFetch(path('/fr/default'), { method: 'PUT', user: f.owner }), 404, 'not_found');

    expect((await apiFetch(path('/de'), { method: 'DELETE', user: f.owner })).status).toBe(204);
    // The oldest remaining language inherits the default.
    expect(await expectJson(await apiFetch(path(), { user: f.owner }), 200)).toEqual([
      { code: 'en', isDefault: true },
      { code: 'uk', isDefault: false },
    ]);
    await expectError(await apiFetch(path('/de'), { method: 'DELETE', user: f.owner }), 404, 'not_found');
  });

  it("removes a deleted language from operators' destinations", async () => {
    const f = await createCompanyFixture();
    const mine = () =>
      db()
        .select()
        .from(operatorLanguages)
        .where(and(eq(operatorLanguages.companyId, f.companyId), eq(operatorLanguages.userId, f.operator.id)));
    expect((await mine()).map((r) => r.code)).toEqual(['en']);
    expect((await apiFetch(companyPath(f.companyId, '/languages/en'), { method: 'DELETE', user: f.owner })).status).toBe(204);
    expect(await mine()).toEqual([]);
    expect(await expectJson(await apiFetch(companyPath(f.companyId, '/languages'), { user: f.owner }), 200)).toEqual([
      { code: 'uk', isDefault: true },
    ]);
  });
});
