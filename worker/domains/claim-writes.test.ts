import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { randomId } from '../../common/ids';
import { domains } from '../../db/schema';
import { createUser, db } from '../../test/helpers';
import { createCompanyAs } from '../companies/test/api';
import { uniqueHost } from '../companies/test/fixtures';
import { insertClaim, verifyClaim } from './claim-writes';

const newCompany = async () => (await createCompanyAs(await createUser())).id;
const claimOf = (id: string) => db().select().from(domains).where(eq(domains.id, id)).get();
const claimsOf = (companyId: string) => db().select().from(domains).where(eq(domains.companyId, companyId)).all();

/**
 * The writes decide on the rows as they are when they run, not on what the route read before:
 * each test builds the state a concurrent request would have left between that read and the write.
 */
describe('claim writes', () => {
  it('store no claim overlapping another company’s verified one, and any other claim as before', async () => {
    const [owner, late] = [await newCompany(), await newCompany()];
    const base = uniqueHost('race');
    const wildcard = await insertClaim(db(), owner, `*.${base}`);
    expect(await verifyClaim(db(), owner, wildcard!.id, `*.${base}`, new Date())).toEqual({ displaced: [] });

    expect(await insertClaim(db(), late, `shop.${base}`)).toBeNull();
    expect(await insertClaim(db(), late, `www.${base}`)).toBeNull();
    expect(await claimsOf(late)).toEqual([]);
    // The bare base shares www.base with the wildcard; a host apart from it is stored as before.
    expect(await insertClaim(db(), late, base)).toBeNull();
    expect((await insertClaim(db(), late, `other-${base}`))?.host).toBe(`other-${base}`);
  });

  it('disable every overlapping unverified claim live when the verification writes, and report them', async () => {
    const [owner, a, b] = [await newCompany(), await newCompany(), await newCompany()];
    const base = uniqueHost('race');
    const mine = await insertClaim(db(), owner, base);
    const wildcard = await insertClaim(db(), a, `*.${base}`);
    const www = await insertClaim(db(), b, `www.${base}`);
    const apart = await insertClaim(db(), b, `shop.${base}`);

    const result = await verifyClaim(db(), owner, mine!.id, base, new Date());
    expect(result?.displaced.map((d) => d.id).sort()).toEqual([wildcard!.id, www!.id].sort());
    expect(result?.displaced.find((d) => d.id === www!.id)).toEqual({ id: www!.id, companyId: b, host: `www.${base}` });
    expect((await claimOf(wildcard!.id))?.disabledAt).not.toBeNull();
    expect((await claimOf(www!.id))?.disabledAt).not.toBeNull();
    expect((await claimOf(apart!.id))?.disabledAt).toBeNull();
    expect((await claimOf(mine!.id))?.verifiedAt).not.toBeNull();
  });

  it('change nothing when another company verified an overlapping entry after the route’s check', async () => {
    const [first, second, bystander] = [await newCompany(), await newCompany(), await newCompany()];
    const base = uniqueHost('race');
    const firsts = await insertClaim(db(), first, `*.${base}`);
    await verifyClaim(db(), first, firsts!.id, `*.${base}`, new Date());
    // What the race leaves: claims added before the verification wrote and missed by it, still live.
    const seconds = { id: randomId(), companyId: second, host: `shop.${base}`, createdAt: new Date() };
    const onlooker = { id: randomId(), companyId: bystander, host: `www.shop.${base}`, createdAt: new Date() };
    await db().insert(domains).values([seconds, onlooker]);

    expect(await verifyClaim(db(), second, seconds.id, seconds.host, new Date())).toBeNull();
    expect((await claimOf(seconds.id))?.verifiedAt).toBeNull();
    expect((await claimOf(onlooker.id))?.disabledAt).toBeNull();
    expect((await claimOf(firsts!.id))?.verifiedAt).not.toBeNull();
  });
});
