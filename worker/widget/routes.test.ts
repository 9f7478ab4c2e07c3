import { SELF } from 'cloudflare:test';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { companies, domains } from '../../db/schema';
import { db, ORIGIN } from '../../test/helpers';
import { connectOperator, connectVisitor, openWidget, roomOf, setupCompany } from '../../test/realtime';

const config = (key: string, origin: string | null, query = '') =>
  SELF.fetch(`${ORIGIN}/api/widget/config?key=${encodeURIComponent(key)}${query}`, { headers: origin ? { Origin: origin } : {} });

describe('GET /api/widget/config', () => {
  it('answers a registered origin with the widget config, availability and CORS for that origin', async () => {
    const company = await setupCompany({ languages: ['en', 'uk'] });
    let res = await config(company.publicKey, company.origin);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(company.origin);
    expect(await res.json()).toMatchObject({ available: false, offlineForm: true, languages: [{ code: 'en', isDefault: true }, { code: 'uk', isDefault: false }], position: 'right' });
    const op = await connectOperator(company, company.owner);
    res = await config(company.publicKey, company.origin, '&lang=uk');
    expect(await res.json()).toMatchObject({ available: true });
    op.close();
  });

  it('refuses other origins, a missing origin and a key of another company', async () => {
    const company = await setupCompany();
    const other = await setupCompany();
    for (const [key, origin] of [
      [company.publicKey, 'https://evil.example'],
      [company.publicKey, null],
      [company.publicKey, other.origin],
      [other.publicKey, company.origin],
    ] as const) {
      const res = await config(key, origin);
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ error: { code: 'origin_not_allowed' } });
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('ticks the widget-installed checklist step on the first load from a registered domain', async () => {
    const company = await setupCompany();
    const row = () => db().select({ at: companies.widgetInstalledAt }).from(companies).where(eq(companies.id, company.id)).get();
    expect((await row())?.at).toBeNull();
    await config(company.publicKey, company.origin);
    const first = (await row())?.at;
    expect(first).toBeInstanceOf(Date);
    await config(company.publicKey, company.origin);
    expect((await row())?.at?.getTime()).toBe(first!.getTime());
  });
});

describe('WebSocket /api/widget/connect', () => {
  it('refuses an unregistered origin, no origin, and a plain HTTP request', async () => {
    const company = await setupCompany();
    for (const origin of ['https://not-registered.example', null]) {
      const res = await openWidget(company, origin);
      expect(res.status).toBe(403);
      expect(res.webSocket).toBeNull();
    }
    const plain = await SELF.fetch(`${ORIGIN}/api/widget/connect?key=${company.publicKey}`, { headers: { Origin: company.origin } });
    expect(plain.status).toBe(426);
  });

  it('accepts a domain from the request after it is added, and disconnects widgets of a removed domain at once', async () => {
    const company = await setupCompany();
    const extra = `https://extra-${company.id.toLowerCase().replace(/[^a-z0-9]/g, 'x')}.example.test`;
    expect((await openWidget(company, extra)).status).toBe(403);
    const domainId = `d-${company.id}`;
    await db().insert(domains).values({ id: domainId, companyId: company.id, host: new URL(extra).hostname, createdAt: new Date() });
    await roomOf(company).configChanged('domains');
    const onExtra = await connectVisitor({ ...company, origin: extra });
    const onMain = await connectVisitor(company);

    await db().delete(domains).where(eq(domains.id, domainId));
    await roomOf(company).configChanged('domains');
    expect(await onExtra.closed).toBe(4403);
    // The widget on the remaining domain is untouched.
    onMain.send({ type: 'typing', typing: true });
    onMain.send({ type: 'update', language: 'en' });
    await onMain.settle();
    expect(onMain.closeCode).toBeNull();
  });
});
