import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { operatorCategories, operatorLanguages } from '../../db/schema';
import { apiFetch, createUser, db, type TestUser } from '../../test/helpers';
import { companyPath, createCompanyAs, expectError, expectJson } from './test/api';

async function destinationRows(companyId: string) {
  const [langs, cats] = await Promise.all([
    db().select().from(operatorLanguages).where(eq(operatorLanguages.companyId, companyId)),
    db().select().from(operatorCategories).where(eq(operatorCategories.companyId, companyId)),
  ]);
  return langs.length + cats.length;
}

async function setUp() {
  const owner = await createUser();
  const { id } = await createCompanyAs(owner);
  const call = (rest: string, init: { method?: string; body?: unknown; user?: TestUser } = {}) =>
    apiFetch(companyPath(id, rest), { user: owner, ...init });
  await expectJson(await call('/languages', { body: { code: 'en' } }), 201);
  await expectJson(await call('/languages', { body: { code: 'uk' } }), 201);
  return { owner, id, call };
}

describe('category rules (F5)', () => {
  it('turns support on with the first category and clears every destination, then not again', async () => {
    const { owner, id, call } = await setUp();
    await expectJson(await call(`/operators/${owner.id}/destinations`, { method: 'PUT', body: { languages: ['en', 'uk'] } }), 200);
    expect(await destinationRows(id)).toBe(2);
    expect(await expectJson(await call('/categories'), 200)).toEqual({ categoriesEnabled: false, categories: [] });

    const sales = await expectJson(await call('/categories', { body: { name: 'Sales' } }), 201);
    expect(sales).toEqual({ id: expect.any(String), name: 'Sales', categoriesEnabled: true, destinationsCleared: true });
    expect(await destinationRows(id)).toBe(0);

    await expectJson(
      await call(`/operators/${owner.id}/destinations`, { method: 'PUT', body: { languages: ['en'], categories: [sales.id] } }),
      200,
    );
    const support = await expectJson(await call('/categories', { body: { name: 'Support' } }), 201);
    expect(support).toMatchObject({ categoriesEnabled: true, destinationsCleared: false });
    expect(await destinationRows(id)).toBe(2);
    expect(await expectJson(await call('/categories'), 200)).toEqual({
      categoriesEnabled: true,
      categories: [
        { id: sales.id, name: 'Sales' },
        { id: support.id, name: 'Support' },
      ],
    });
    expect(await expectJson(await call(''), 200)).toMatchObject({ categoriesEnabled: true });
  });

  it('turns support off with the last category and clears every destination again', async () => {
    const { owner, id, call } = await setUp();
    const sales = await expectJson(await call('/categories', { body: { name: 'Sales' } }), 201);
    const support = await expectJson(await call('/categories', { body: { name: 'Support' } }), 201);
    await expectJson(
      await call(`/operators/${owner.id}/destinations`, { method: 'PUT', body: { languages: ['en'], categories: [sales.id, support.id] } }),
      200,
    );

    // Removing one of two keeps support on; only that category leaves the operator's list.
    expect(await expectJson(await call(`/categories/${sales.id}`, { method: 'DELETE' }), 200)).toEqual({
      categoriesEnabled: true,
      destinationsCleared: false,
    });
    expect(await expectJson(await call(`/operators/${owner.id}/destinations`), 200)).toEqual({
      languages: ['en'],
      categories: [support.id],
      categoriesEnabled: true,
    });

    expect(await expectJson(await call(`/categories/${support.id}`, { method: 'DELETE' }), 200)).toEqual({
      categoriesEnabled: false,
      destinationsCleared: true,
    });
    expect(await destinationRows(id)).toBe(0);
    expect(await expectJson(await call('/categories'), 200)).toEqual({ categoriesEnabled: false, categories: [] });
    await expectError(await call(`/categories/${support.id}`, { method: 'DELETE' }), 404, 'not_found');
  });

  it('renames, and keeps names unique within the company', async () => {
    const { call } = await setUp();
    const sales = await expectJson(await call('/categories', { body: { name: 'Sales' } }), 201);
    await expectJson(await call('/categories', { body: { name: 'Support' } }), 201);
    await expectError(await call('/categories', { body: { name: 'Sales' } }), 409, 'category_exists');
    await expectError(await call(`/categories/${sales.id}`, { method: 'PATCH', body: { name: 'Support' } }), 409, 'category_exists');
    expect(await expectJson(await call(`/categories/${sales.id}`, { method: 'PATCH', body: { name: ' Billing ' } }), 200)).toMatchObject({
      id: sales.id,
      name: 'Billing',
    });
    await expectError(await call(`/categories/${sales.id}`, { method: 'PATCH', body: { name: '' } }), 400, 'invalid_input');
  });
});
