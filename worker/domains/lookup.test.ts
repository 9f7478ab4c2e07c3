import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { randomId } from '../../common/ids';
import { domains } from '../../db/schema';
import { apiFetch, createUser, db } from '../../test/helpers';
import { companyPath, createCompanyAs, expectJson } from '../companies/test/api';
import { uniqueHost } from '../companies/test/fixtures';
import { companyForOrigin } from './lookup';

describe('companyForOrigin', () => {
  it('resolves a new domain from the next request on, with www pairing and wildcards', async () => {
    const owner = await createUser();
    const company = await createCompanyAs(owner);
    const host = uniqueHost();
    expect(await companyForOrigin(db(), `https://${host}`)).toBeNull();

    await expectJson(await apiFetch(companyPath(company.id, '/domains'), { body: { host }, user: owner }), 201);
    // The company's visitor gateway count comes along, so routing a widget costs no other read.
    const expected = { companyId: company.id, publicKey: company.publicKey, host, gateways: 1 };
    expect(await companyForOrigin(db(), `https://${host}`)).toEqual(expected);
    expect(await companyForOrigin(db(), `http://WWW.${host}:3000`)).toEqual(expected);
    expect(await companyForOrigin(db(), `https://blog.${host}`)).toBeNull();

    await expectJson(await apiFetch(companyPath(company.id, '/domains'), { body: { host: `*.${host}` }, user: owner }), 201);
    expect(await companyForOrigin(db(), `https://blog.${host}`)).toEqual({ ...expected, host: `*.${host}` });
    expect(await companyForOrigin(db(), `https://${host}`)).toEqual(expected);
  });

  it('prefers the most specific entry', async () => {
    const owner = await createUser();
    const company = await createCompanyAs(owner);
    const base = uniqueHost();
    const now = new Date();
    await db()
      .insert(domains)
      .values([
        { id: randomId(), companyId: company.id, host: `*.${base}`, createdAt: now },
        { id: randomId(), companyId: company.id, host: `*.eu.${base}`, createdAt: now },
        { id: randomId(), companyId: company.id, host: `shop.eu.${base}`, createdAt: now },
      ]);
    expect((await companyForOrigin(db(), `https://fr.eu.${base}`))?.host).toBe(`*.eu.${base}`);
    expect((await companyForOrigin(db(), `https://www.shop.eu.${base}`))?.host).toBe(`shop.eu.${base}`);
    expect((await companyForOrigin(db(), `https://us.${base}`))?.host).toBe(`*.${base}`);
  });

  it('serves each company its own unverified claim, lets a verified claim win and skips disabled ones', async () => {
    const [a, b, c] = await Promise.all([createUser(), createUser(), createUser()]);
    const [ca, cb, cc] = [await createCompanyAs(a), await createCompanyAs(b), await createCompanyAs(c)];
    const host = uniqueHost();
    const now = new Date();
    await db()
      .insert(domains)
      .values([
        { id: randomId(), companyId: ca.id, host, createdAt: now },
        { id: randomId(), companyId: cb.id, host, createdAt: now },
        { id: randomId(), companyId: cc.id, host: `*.${host}`, createdAt: now, disabledAt: now },
      ]);
    expect((await companyForOrigin(db(), `https://${host}`, ca.publicKey))?.companyId).toBe(ca.id);
    expect((await companyForOrigin(db(), `https://${host}`, cb.publicKey))?.companyId).toBe(cb.id);
    expect(await companyForOrigin(db(), `https://shop.${host}`, cc.publicKey)).toBeNull();

    await db().update(domains).set({ verifiedAt: now }).where(eq(domains.companyId, cb.id));
    expect((await companyForOrigin(db(), `https://${host}`, ca.publicKey))?.companyId).toBe(cb.id);
  });

  it('ignores origins that are not web pages', async () => {
    expect(await companyForOrigin(db(), 'null')).toBeNull();
    expect(await companyForOrigin(db(), undefined)).toBeNull();
    expect(await companyForOrigin(db(), 'https://10.0.0.1')).toBeNull();
  });
});
