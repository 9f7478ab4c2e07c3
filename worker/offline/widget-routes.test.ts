import { SELF } from 'cloudflare:test';
import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { OFFLINE_MESSAGE_MAX_LENGTH, OFFLINE_THEME_MAX_LENGTH } from '../../common/schemas/offline';
import { devMail, offlineMessages, rateLimits } from '../../db/schema';
import { createUser, db } from '../../test/helpers';
import { createCompanyWithDomain, PARLEY_ORIGIN, postOffline, uniqueIp } from './test/fixtures';
import { ADDRESS_ALL_COMPANIES_RULE, ADDRESS_RULE, VISITOR_RULE } from './widget-routes';

const stored = (id: string) => db().select().from(offlineMessages).where(eq(offlineMessages.id, id)).get();
const mailTo = (to: string) => db().select().from(devMail).where(eq(devMail.to, to));

/** Waits for the queue consumer (running in this workerd) to finish with a message. */
function settled(id: string) {
  return vi.waitFor(
    async () => {
      const row = await stored(id);
      if (row?.deliveryStatus === 'pending' || !row) throw new Error(`message ${id} still ${row?.deliveryStatus ?? 'missing'}`);
      return row;
    },
    { timeout: 30_000, interval: 50 },
  );
}

describe('POST /api/widget/offline-messages', () => {
  it('stores a valid message, then mails it exactly once to the notification email', async () => {
    const company = await createCompanyWithDomain();
    const res = await postOffline(company, {
      email: 'Visitor@Example.com',
      theme: 'Where is my order?',
      message: 'Order 42\nhas not arrived.',
      visitorId: 'v-1',
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('access-control-allow-origin')).toBe(company.origin);
    const { id } = await res.json<{ id: string }>();

    const row = await settled(id);
    expect(row).toMatchObject({
      companyId: company.id,
      email: 'visitor@example.com',
      theme: 'Where is my order?',
      message: 'Order 42\nhas not arrived.',
      visitorId: 'v-1',
      deliveryStatus: 'sent',
      tries: 1,
      read: false,
    });

    const target = (await db().query.companies.findFirst({ where: (c, { eq }) => eq(c.id, company.id) }))!.notificationEmail!;
    const mails = await mailTo(target);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ replyTo: 'visitor@example.com', subject: '[Offline message] Where is my order?' });
    expect(mails[0]!.text).toContain('Order 42\nhas not arrived.');
    expect(mails[0]!.html).toContain('Order 42\nhas not arrived.');
  });

  it("falls back to the owner's email when the company has no notification email", async () => {
    const company = await createCompanyWithDomain({ notificationEmail: null });
    const { id } = await (await postOffline(company, {})).json<{ id: string }>();
    expect((await settled(id)).deliveryStatus).toBe('sent');
    expect(await mailTo(company.owner.email)).toHaveLength(1);
  });

  it('answers 400 naming each invalid field, and stores nothing', async () => {
    const company = await createCompanyWithDomain();
    const res = await postOffline(company, { email: 'not-an-email', theme: 'x'.repeat(OFFLINE_THEME_MAX_LENGTH + 1), message: '   ' });
    expect(res.status).toBe(400);
    // CORS headers are on error answers too, so the widget can show the field errors.
    expect(res.headers.get('access-control-allow-origin')).toBe(company.origin);
    const body = await res.json<{ error: { code: string; fields: Record<string, string> } }>();
    expect(body.error.code).toBe('invalid_input');
    expect(Object.keys(body.error.fields).sort()).toEqual(['email', 'message', 'theme']);
    expect(await db().select().from(offlineMessages).where(eq(offlineMessages.companyId, company.id))).toEqual([]);
  });

  it('refuses a message over the length limit and missing fields', async () => {
    const company = await createCompanyWithDomain();
    const long = await postOffline(company, { message: 'x'.repeat(OFFLINE_MESSAGE_MAX_LENGTH + 1) });
    expect((await long.json<{ error: { fields: object } }>()).error.fields).toHaveProperty('message');
    const missing = await postOffline(company, { email: undefined, theme: undefined });
    expect(Object.keys((await missing.json<{ error: { fields: object } }>()).error.fields).sort()).toEqual(['email', 'theme']);
  });

  it('answers 403 origin_not_allowed to an unregistered or missing Origin, readable by the page that asked', async () => {
    const company = await createCompanyWithDomain();
    for (const origin of ['https://evil.example.org', null]) {
      const res = await postOffline(company, {}, { origin });
      expect(res.status).toBe(403);
      expect((await res.json<{ error: { code: string } }>()).error.code).toBe('origin_not_allowed');
      expect(res.headers.get('access-control-allow-origin')).toBe(origin);
    }
    expect(await db().select().from(offlineMessages).where(eq(offlineMessages.companyId, company.id))).toEqual([]);
  });

  it("answers 403 when the key belongs to another company than the site's", async () => {
    const [site, other] = [await createCompanyWithDomain(), await createCompanyWithDomain()];
    const res = await postOffline({ origin: site.origin, publicKey: other.publicKey }, {});
    expect(res.status).toBe(403);
    expect((await res.json<{ error: { code: string } }>()).error.code).toBe('origin_not_allowed');
  });

  it('answers the CORS preflight of a registered origin, and refuses others', async () => {
    const company = await createCompanyWithDomain();
    const preflight = (origin: string) =>
      SELF.fetch(`${PARLEY_ORIGIN}/api/widget/offline-messages`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const ok = await preflight(company.origin);
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe(company.origin);
    expect(ok.headers.get('access-control-allow-methods')).toContain('POST');
    expect(ok.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('content-type');
    const refused = await preflight('https://evil.example.org');
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBe('https://evil.example.org');
    expect(refused.headers.get('access-control-allow-methods')).toBeNull();
    // The console's Test chat page (F8); its POST then needs a member's session.
    expect((await preflight(PARLEY_ORIGIN)).status).toBe(204);
  });

  it("accepts a member's message from the console's Test chat page, and refuses it without a member's session", async () => {
    const company = await createCompanyWithDomain();
    const stranger = await createUser();
    const asConsole = (cookie?: string) => postOffline(company, { website: 'x' }, { origin: PARLEY_ORIGIN, cookie });
    const ok = await asConsole(company.owner.cookie);
    expect(ok.status).toBe(201);
    expect(await stored((await ok.json<{ id: string }>()).id)).toMatchObject({ companyId: company.id });
    for (const cookie of [undefined, stranger.cookie]) {
      const res = await asConsole(cookie);
      expect(res.status).toBe(403);
      expect((await res.json<{ error: { code: string } }>()).error.code).toBe('origin_not_allowed');
    }
  });

  it('accepts a filled honeypot like a real message, stores it suppressed and never mails it', async () => {
    const company = await createCompanyWithDomain();
    const res = await postOffline(company, { website: 'http://spam.example', theme: 'Cheap pills' });
    expect(res.status).toBe(201);
    const { id } = await res.json<{ id: string }>();
    // A real message sent after it goes through the queue and is mailed: the spam, sent first, was not.
    const real = await (await postOffline(company, { theme: 'A real question' })).json<{ id: string }>();
    expect((await settled(real.id)).deliveryStatus).toBe('sent');
    expect(await stored(id)).toMatchObject({ deliveryStatus: 'suppressed', tries: 0 });
    const target = (await db().query.companies.findFirst({ where: (c, { eq }) => eq(c.id, company.id) }))!.notificationEmail!;
    expect((await mailTo(target)).map((m) => m.subject)).toEqual(['[Offline message] A real question']);
  });

  // Bursts fill the honeypot so they mail nothing; limits are checked before the honeypot is.
  it('rate-limits one visitor: the burst beyond the limit gets 429 with Retry-After', async () => {
    const company = await createCompanyWithDomain();
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i <= VISITOR_RULE.limit; i++) {
      last = await postOffline(company, { visitorId: 'burst-visitor', website: 'x' }, { ip: uniqueIp() });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([...Array(VISITOR_RULE.limit).fill(201), 429]);
    expect((await last!.json<{ error: { code: string } }>()).error.code).toBe('rate_limited');
    const retryAfter = Number(last!.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(VISITOR_RULE.windowMs / 1000);
    expect(last!.headers.get('access-control-allow-origin')).toBe(company.origin);
    // A different visitor of the same company is not affected.
    expect((await postOffline(company, { visitorId: 'someone-else', website: 'x' })).status).toBe(201);
  });

  it('rate-limits one address per company without blaming the visitor, and never blocks another company’s visitor', async () => {
    const company = await createCompanyWithDomain();
    const other = await createCompanyWithDomain();
    const ip = uniqueIp();
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i <= ADDRESS_RULE.limit; i++) {
      last = await postOffline(company, { visitorId: `visitor-${i}`, website: 'x' }, { ip });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([...Array(ADDRESS_RULE.limit).fill(201), 429]);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    // This visitor sent nothing before: the answer says the network is busy, not that they sent too much.
    const body = await last!.json<{ error: { code: string; message: string } }>();
    expect(body.error.code).toBe('address_rate_limited');
    expect(body.error.message).not.toMatch(/you have sent/i);
    // Another company's first-time visitor at the same address is served.
    expect((await postOffline(other, { visitorId: 'first-time', website: 'x' }, { ip })).status).toBe(201);
  });

  it('caps one address across all companies, generously', async () => {
    const company = await createCompanyWithDomain();
    const ip = uniqueIp();
    await db()
      .insert(rateLimits)
      .values({ key: `offline:address:${ip}`, windowStart: new Date(), count: ADDRESS_ALL_COMPANIES_RULE.limit });
    const res = await postOffline(company, { visitorId: 'anyone', website: 'x' }, { ip });
    expect(res.status).toBe(429);
    expect((await res.json<{ error: { code: string } }>()).error.code).toBe('address_rate_limited');
    expect(ADDRESS_ALL_COMPANIES_RULE.limit).toBeGreaterThanOrEqual(10 * ADDRESS_RULE.limit);
  });
});
