import { describe, expect, it } from 'vitest';
import { apiFetch, createUser, db, type TestUser } from '../../test/helpers';
import { companyForOrigin } from '../domains/lookup';
import { companyPath, createCompanyAs, expectError, expectJson } from './test/api';
import { uniqueHost } from './test/fixtures';

async function ownerWithCompany() {
  const owner = await createUser();
  const company = await createCompanyAs(owner);
  const add = (host: string) => apiFetch(companyPath(company.id, '/domains'), { body: { host }, user: owner });
  return { owner, company, add };
}

const list = async (companyId: string, user: TestUser) =>
  expectJson<{ id: string; host: string }[]>(await apiFetch(companyPath(companyId, '/domains'), { user }), 200);

describe('domains', () => {
  it('stores the normalised host and lists it', async () => {
    const { owner, company, add } = await ownerWithCompany();
    const base = uniqueHost('shop');
    const created = await expectJson(await add(`HTTPS://WWW.${base.toUpperCase()}:8443/cart?x=1`), 201);
    expect(created).toEqual({ id: expect.any(String), host: base });
    const wildcard = await expectJson(await add(`*.${base}`), 201);
    expect(wildcard.host).toBe(`*.${base}`);
    expect((await list(company.id, owner)).map((d) => d.host).sort()).toEqual([base, `*.${base}`].sort());
  });

  it('explains what is wrong with an unusable host', async () => {
    const { add } = await ownerWithCompany();
    for (const bad of ['not a domain', '10.0.0.1', 'intranet', 'a.*.b.com']) {
      const body = await expectError(await add(bad), 400, 'invalid_input');
      expect(body.error.fields?.host, bad).toBeTruthy();
    }
  });

  it('refuses a host already added to the same company', async () => {
    const { add } = await ownerWithCompany();
    const host = uniqueHost();
    await expectJson(await add(host), 201);
    await expectError(await add(`www.${host}`), 409, 'domain_exists');
  });

  it('gives a hostname to one company only', async () => {
    const first = await ownerWithCompany();
    const second = await ownerWithCompany();
    const host = uniqueHost();
    await expectJson(await first.add(host), 201);
    for (const clash of [host, `https://www.${host}/`, `*.${host}`]) {
      const body = await expectError(await second.add(clash), 409, 'domain_taken');
      expect(body.error.fields?.host).toContain('another company');
    }
    // A different subdomain is a different hostname.
    await expectJson(await second.add(`blog.${host}`), 201);

    const wild = uniqueHost('wild');
    await expectJson(await first.add(`*.${wild}`), 201);
    await expectError(await second.add(`shop.${wild}`), 409, 'domain_taken');
    await expectError(await second.add(`*.eu.${wild}`), 409, 'domain_taken');
  });

  it('frees a removed host for the next company and stops resolving it', async () => {
    const first = await ownerWithCompany();
    const second = await ownerWithCompany();
    const host = uniqueHost();
    const { id } = await expectJson(await first.add(host), 201);
    expect((await companyForOrigin(db(), `https://${host}`))?.companyId).toBe(first.company.id);

    expect((await apiFetch(companyPath(first.company.id, `/domains/${id}`), { method: 'DELETE', user: first.owner })).status).toBe(204);
    expect(await companyForOrigin(db(), `https://${host}`)).toBeNull();
    await expectError(
      await apiFetch(companyPath(first.company.id, `/domains/${id}`), { method: 'DELETE', user: first.owner }),
      404,
      'not_found',
    );
    await expectJson(await second.add(host), 201);
    expect((await companyForOrigin(db(), `https://${host}`))?.companyId).toBe(second.company.id);
  });
});
