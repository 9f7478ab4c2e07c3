import { env } from 'cloudflare:test';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { domains } from '../../db/schema';
import { apiFetch, createUser, db, ORIGIN, type TestUser } from '../../test/helpers';
import { app } from '../app';
import { companyForOrigin } from '../domains/lookup';
import { latestMailTo } from '../mail/test/mailbox';
import { companyPath, createCompanyAs, expectError, expectJson } from './test/api';
import { uniqueHost } from './test/fixtures';

interface DomainJson {
  id: string;
  host: string;
  status: 'verified' | 'unverified' | 'disabled';
  verifiedAt: string | null;
  verification: { dns: { name: string; type: string; value: string }; meta: { url: string; tag: string } | null } | null;
}

async function ownerWithCompany() {
  const owner = await createUser();
  const company = await createCompanyAs(owner);
  const add = (host: string) => apiFetch(companyPath(company.id, '/domains'), { body: { host }, user: owner });
  const verify = (domainId: string, body: object = { dev: true }) =>
    apiFetch(companyPath(company.id, `/domains/${domainId}/verify`), { body, user: owner });
  const domainsNow = async () => expectJson<DomainJson[]>(await apiFetch(companyPath(company.id, '/domains'), { user: owner }), 200);
  return { owner, company, add, verify, domainsNow };
}

const list = async (companyId: string, user: TestUser) =>
  expectJson<DomainJson[]>(await apiFetch(companyPath(companyId, '/domains'), { user }), 200);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('domains', () => {
  it('stores the normalised host, unverified, with what to publish to prove it', async () => {
    const { owner, company, add } = await ownerWithCompany();
    const base = uniqueHost('shop');
    const created = await expectJson<DomainJson>(await add(`HTTPS://WWW.${base.toUpperCase()}:8443/cart?x=1`), 201);
    expect(created).toMatchObject({ id: expect.any(String), host: base, status: 'unverified', verifiedAt: null });
    expect(created.verification?.dns).toEqual({
      name: `_parley-verification.${base}`,
      type: 'TXT',
      value: expect.stringMatching(/^parley-verification=[0-9a-f]{32}$/),
    });
    expect(created.verification?.meta?.url).toBe(`https://${base}/`);
    const wildcard = await expectJson<DomainJson>(await add(`*.${base}`), 201);
    expect(wildcard.host).toBe(`*.${base}`);
    expect(wildcard.verification?.meta).toBeNull();
    expect((await list(company.id, owner)).map((d) => d.host).sort()).toEqual([base, `*.${base}`].sort());
  });

  it('explains what is wrong with an unusable host', async () => {
    const { add } = await ownerWithCompany();
    for (const bad of ['not a domain', '10.0.0.1', 'intranet', 'a.*.b.com']) {
      const body = await expectError(await add(bad), 400, 'invalid_input');
      expect(body.error.fields?.host, bad).toBeTruthy();
    }
  });

  it('refuses public suffixes and wildcards over them', async () => {
    const { add, company, owner } = await ownerWithCompany();
    for (const suffix of ['*.co.uk', 'co.uk', 'github.io', '*.github.io', 'https://www.github.io/', '*.pages.dev']) {
      const body = await expectError(await add(suffix), 400, 'public_suffix');
      expect(body.error.message, suffix).toMatch(/public suffix/);
      expect(body.error.fields?.host).toBe(body.error.message);
    }
    expect(await list(company.id, owner)).toEqual([]);
    await expectJson(await add('ann.github.io'), 201);
    await expectJson(await add('*.my-shop.co.uk'), 201);
  });

  it('refuses a host already added to the same company', async () => {
    const { add } = await ownerWithCompany();
    const host = uniqueHost();
    await expectJson(await add(host), 201);
    await expectError(await add(`www.${host}`), 409, 'domain_exists');
  });

  it('lets an unverified claim block nobody: another company may add the same host', async () => {
    const squatter = await ownerWithCompany();
    const owner = await ownerWithCompany();
    const host = uniqueHost();
    await expectJson(await squatter.add(`*.${host}`), 201);
    await expectJson(await squatter.add(host), 201);
    for (const same of [host, `*.${host}`, `shop.${host}`]) await expectJson(await owner.add(same), 201);
    // Each company's widget still finds its own claim.
    expect((await companyForOrigin(db(), `https://${host}`, squatter.company.publicKey))?.companyId).toBe(squatter.company.id);
    expect((await companyForOrigin(db(), `https://${host}`, owner.company.publicKey))?.companyId).toBe(owner.company.id);
  });

  it('verifying makes the host the company’s alone: others’ claims are disabled, their owners mailed, new claims refused', async () => {
    const squatter = await ownerWithCompany();
    const owner = await ownerWithCompany();
    const host = uniqueHost();
    const squatted = await expectJson<DomainJson>(await squatter.add(`*.${host}`), 201);
    const claimed = await expectJson<DomainJson>(await owner.add(host), 201);

    const verified = await expectJson<DomainJson>(await owner.verify(claimed.id), 200);
    expect(verified).toMatchObject({ id: claimed.id, host, status: 'verified', verification: null });
    expect(Date.parse(verified.verifiedAt!)).not.toBeNaN();

    // The squatter's overlapping wildcard is disabled: it no longer serves even its own widget there.
    expect((await squatter.domainsNow()).find((d) => d.id === squatted.id)?.status).toBe('disabled');
    expect((await companyForOrigin(db(), `https://www.${host}`, squatter.company.publicKey))?.companyId).toBe(owner.company.id);
    expect(await companyForOrigin(db(), `https://blog.${host}`, squatter.company.publicKey)).toBeNull();
    const mail = await latestMailTo(squatter.owner.email);
    expect(mail.subject).toBe(`Your domain *.${host} was disabled for Acme`);
    expect(mail.text).toContain(`/companies/${squatter.company.id}/domains`);

    // Nobody else may add or verify an overlapping entry now.
    const third = await ownerWithCompany();
    for (const clash of [host, `https://www.${host}/`, `*.${host}`]) {
      const body = await expectError(await third.add(clash), 409, 'domain_taken');
      expect(body.error.fields?.host).toContain('Another company');
    }
    await expectJson(await third.add(`blog.${host}`), 201);
    await expectError(await squatter.verify(squatted.id), 409, 'domain_taken');
    // Verifying twice changes nothing.
    expect((await expectJson<DomainJson>(await owner.verify(claimed.id), 200)).verifiedAt).toBe(verified.verifiedAt);
  });

  it('an unverified claim never makes a verified company’s add fail', async () => {
    const owner = await ownerWithCompany();
    const squatter = await ownerWithCompany();
    const host = uniqueHost();
    const apex = await expectJson<DomainJson>(await owner.add(host), 201);
    await expectJson(await owner.verify(apex.id), 200);
    // A subdomain the owner hasn't claimed yet is free to claim, unverified…
    const squat = await expectJson<DomainJson>(await squatter.add(`shop.${host}`), 201);
    // …and the verified owner can still add every subdomain over it, and prove it.
    const wildcard = await expectJson<DomainJson>(await owner.add(`*.${host}`), 201);
    await expectJson(await owner.verify(wildcard.id), 200);
    expect((await squatter.domainsNow()).find((d) => d.id === squat.id)?.status).toBe('disabled');
    expect((await companyForOrigin(db(), `https://shop.${host}`, squatter.company.publicKey))?.companyId).toBe(owner.company.id);
  });

  it('frees a removed host for the next company and stops resolving it', async () => {
    const first = await ownerWithCompany();
    const second = await ownerWithCompany();
    const host = uniqueHost();
    const { id } = await expectJson(await first.add(host), 201);
    await expectJson(await first.verify(id), 200);
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

describe('verification outside development', () => {
  /** The app as a plain deploy runs it, called like the console calls it. */
  const productionCall = (path: string, user: TestUser, body: object) =>
    app.request(
      path,
      {
        method: 'POST',
        headers: { origin: ORIGIN, 'sec-fetch-site': 'same-origin', cookie: user.cookie, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      },
      { ...env, ...env.DEPLOYED_VARS, APP_ORIGIN: ORIGIN },
    );

  /** DNS over HTTPS answering `txt` for every TXT query; any other outbound request finds nothing. */
  const resolverAnswering = (txt: string[]) =>
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      if (url.hostname !== 'cloudflare-dns.com') return new Response('not here', { status: 404 });
      const name = url.searchParams.get('name');
      return Response.json({ Status: 0, Answer: txt.map((t) => ({ name, type: 16, data: JSON.stringify(t) })) });
    });

  it('needs the published proof, and refuses the development shortcut', async () => {
    const { owner, company, add } = await ownerWithCompany();
    const domain = await expectJson<DomainJson>(await add(uniqueHost()), 201);
    const path = companyPath(company.id, `/domains/${domain.id}/verify`);

    const asked = resolverAnswering(['parley-verification=not-this-one']);
    await expectError(await productionCall(path, owner, { dev: true }), 400, 'invalid_input');
    const failed = await expectError(await productionCall(path, owner, {}), 422, 'verification_failed');
    expect(failed.error.message).toContain(domain.host);
    expect(asked.mock.calls.map(([input]) => String(input instanceof Request ? input.url : input))).toContain(
      `https://cloudflare-dns.com/dns-query?name=_parley-verification.${domain.host}&type=TXT`,
    );
    expect((await db().select().from(domains).where(eq(domains.id, domain.id)).get())?.verifiedAt).toBeNull();

    resolverAnswering([domain.verification!.dns.value]);
    const verified = await expectJson<DomainJson>(await productionCall(path, owner, {}), 200);
    expect(verified.status).toBe('verified');
  });

  it('lets only the owner verify', async () => {
    const { company, add } = await ownerWithCompany();
    const domain = await expectJson<DomainJson>(await add(uniqueHost()), 201);
    const stranger = await createUser();
    await expectError(
      await apiFetch(companyPath(company.id, `/domains/${domain.id}/verify`), { body: { dev: true }, user: stranger }),
      404,
      'not_found',
    );
  });
});
