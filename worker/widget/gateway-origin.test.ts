import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { randomId } from '../../common/ids';
import { domains } from '../../db/schema';
import { apiFetch, db, ORIGIN } from '../../test/helpers';
import { connectVisitor, openWidget, roomOf, setupCompany, type TestCompany } from '../../test/realtime';
import { companyPath, expectError, expectJson } from '../companies/test/api';

/** GET /api/widget/config as an idle widget on a page sends it: naming its visitor, so its gateway answers. */
const idleConfig = (company: Pick<TestCompany, 'publicKey'>, origin: string | null) =>
  SELF.fetch(`${ORIGIN}/api/widget/config?key=${company.publicKey}&visitor=v-${randomId(8)}`, {
    headers: origin ? { Origin: origin } : {},
  });

/** An idle widget's upgrade on its visitor's gateway. */
const idleConnect = (company: Pick<TestCompany, 'publicKey'>, origin: string | null) =>
  openWidget(company, origin, undefined, undefined, { visitor: `v-${randomId(8)}` });

const uniqueHost = (label: string) =>
  `${label}-${randomId(6)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, 'x')}.example.test`;

async function expectRefused(company: Pick<TestCompany, 'publicKey'>, origin: string | null): Promise<void> {
  await expectError(await idleConfig(company, origin), 403, 'origin_not_allowed');
  const upgrade = await idleConnect(company, origin);
  expect(upgrade.webSocket).toBeNull();
  await expectError(upgrade, 403, 'origin_not_allowed');
}

async function expectServed(company: Pick<TestCompany, 'publicKey'>, origin: string): Promise<void> {
  expect((await idleConfig(company, origin)).status).toBe(200);
  const upgrade = await idleConnect(company, origin);
  expect(upgrade.status).toBe(101);
  upgrade.webSocket!.accept();
  upgrade.webSocket!.close(1000, 'done');
}

describe("an idle widget's origin, decided by its gateway (F3)", () => {
  it('refuses an unregistered origin, no origin, another company key and an unknown key, as the worker did', async () => {
    const company = await setupCompany();
    const other = await setupCompany();
    await expectServed(company, company.origin);
    await expectRefused(company, 'https://not-registered.example');
    await expectRefused(company, null);
    await expectRefused(other, company.origin);
    await expectRefused({ publicKey: 'no-such-key' }, company.origin);
  });

  it('refuses a disabled claim, and serves a wildcard on its subdomains at any depth but not on the bare domain', async () => {
    const company = await setupCompany();
    const disabled = uniqueHost('off');
    const wild = uniqueHost('wild');
    const now = new Date();
    await db()
      .insert(domains)
      .values([
        { id: randomId(), companyId: company.id, host: disabled, createdAt: now, disabledAt: now },
        { id: randomId(), companyId: company.id, host: `*.${wild}`, createdAt: now },
      ]);
    await roomOf(company).configChanged('domains');
    await expectRefused(company, `https://${disabled}`);
    await expectServed(company, `https://shop.${wild}`);
    await expectServed(company, `https://a.b.${wild}`);
    await expectRefused(company, `https://${wild}`);
  });
});

describe('a domain change reaches the gateways before the API call returns (F13)', () => {
  it('serves a domain added through the API on the next request; a removed one is refused at once and its widgets close with 4403', async () => {
    const company = await setupCompany();
    const onMain = await connectVisitor(company, { as: 'idle' });
    const extra = `https://${uniqueHost('extra')}`;
    await expectRefused(company, extra);

    const added = await expectJson<{ id: string }>(
      await apiFetch(companyPath(company.id, '/domains'), { user: company.owner, body: { host: extra } }),
      201,
    );
    await expectServed(company, extra);
    const onExtra = await connectVisitor({ ...company, origin: extra }, { as: 'idle' });

    expect((await apiFetch(companyPath(company.id, `/domains/${added.id}`), { user: company.owner, method: 'DELETE' })).status).toBe(204);
    await expectRefused(company, extra);
    expect(await onExtra.closed).toBe(4403);
    onMain.send({ type: 'update', language: 'en' });
    await onMain.roundTrip();
    expect(onMain.closeCode).toBeNull();
  });

  it("another company proving it owns the domain takes it at once: this company's widgets there are refused and closed, the prover's served", async () => {
    const loser = await setupCompany();
    const prover = await setupCompany();
    const shared = `https://${uniqueHost('shared')}`;
    await expectJson(await apiFetch(companyPath(loser.id, '/domains'), { user: loser.owner, body: { host: shared } }), 201);
    const onShared = await connectVisitor({ ...loser, origin: shared }, { as: 'idle' });

    const claim = await expectJson<{ id: string }>(
      await apiFetch(companyPath(prover.id, '/domains'), { user: prover.owner, body: { host: shared } }),
      201,
    );
    await expectJson(
      await apiFetch(companyPath(prover.id, `/domains/${claim.id}/verify`), { user: prover.owner, body: { dev: true } }),
      200,
    );
    await expectRefused(loser, shared);
    expect(await onShared.closed).toBe(4403);
    await expectServed(prover, shared);
  });
});
