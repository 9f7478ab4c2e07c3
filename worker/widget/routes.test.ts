import { SELF } from 'cloudflare:test';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, type VisitorClientFrame, type VisitorServerFrame } from '../../common/protocol';
import { DEFAULT_CHAT_DURATION_MS } from '../../common/routing/wait-estimate';
import { companies, domains, memberships } from '../../db/schema';
import { createUser, db, ORIGIN, type TestUser } from '../../test/helpers';
import {
  connectOperator,
  connectVisitor,
  openWidget,
  roomOf,
  setupCompany,
  type TestCompany,
  TestSocket,
  testVisitorSecret,
  visitorSays,
} from '../../test/realtime';

const config = (key: string, origin: string | null, query = '') =>
  SELF.fetch(`${ORIGIN}/api/widget/config?key=${encodeURIComponent(key)}${query}`, { headers: origin ? { Origin: origin } : {} });

describe('GET /api/widget/config', () => {
  it('answers a registered origin with the widget config, availability and CORS for that origin', async () => {
    const company = await setupCompany({ languages: ['en', 'uk'] });
    let res = await config(company.publicKey, company.origin);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(company.origin);
    expect(await res.json()).toMatchObject({
      available: false,
      offlineForm: true,
      languages: [
        { code: 'en', isDefault: true },
        { code: 'uk', isDefault: false },
      ],
      position: 'right',
    });
    const op = await connectOperator(company, company.owner);
    res = await config(company.publicKey, company.origin, '&lang=uk');
    expect(await res.json()).toMatchObject({ available: true });
    op.close();
  });

  it('says which state the visitor is in: offline, free, or busy with the queue and the wait; busy offers a chat only with the queue behaviour', async () => {
    const company = await setupCompany({ maxChats: 1 });
    const state = async () => (await config(company.publicKey, company.origin)).json();
    expect(await state()).toEqual(expect.objectContaining({ state: 'offline', available: false, offlineForm: true }));
    const op = await connectOperator(company, company.owner);
    expect(await state()).toMatchObject({ state: 'free', available: true });
    const visitor = await connectVisitor(company);
    await visitorSays(visitor, 'hi');
    await op.next('chat');
    // No chat has finished yet: the estimate assumes the default length, over one operator's one slot.
    expect(await state()).toMatchObject({
      state: 'busy',
      available: true,
      queueLength: 0,
      waitEstimateSeconds: DEFAULT_CHAT_DURATION_MS / 1000,
    });
    await db().update(companies).set({ busyBehaviour: 'offline_form' }).where(eq(companies.id, company.id));
    await roomOf(company).configChanged('settings');
    expect(await state()).toMatchObject({ state: 'busy', available: false, offlineForm: true });
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
      // Readable by the page that asked, so the widget's loader can say why it stops.
      expect(res.headers.get('access-control-allow-origin')).toBe(origin);
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
    await db()
      .insert(domains)
      .values({ id: domainId, companyId: company.id, host: new URL(extra).hostname, createdAt: new Date() });
    await roomOf(company).configChanged('domains');
    const onExtra = await connectVisitor({ ...company, origin: extra });
    const onMain = await connectVisitor(company);

    await db().delete(domains).where(eq(domains.id, domainId));
    await roomOf(company).configChanged('domains');
    expect(await onExtra.closed).toBe(4403);
    // The widget on the remaining domain is untouched: its frames are still handled.
    onMain.send({ type: 'typing', typing: true });
    onMain.send({ type: 'update', language: 'en' });
    await onMain.roundTrip();
    expect(onMain.closeCode).toBeNull();
    expect(onMain.all('error')).toEqual([]);
  });
});

describe("the console's Test chat page (F8)", () => {
  /** GET /api/widget/config from the console with `user`'s session; a same-origin GET carries no Origin, only Sec-Fetch-Site. */
  const consoleConfig = (company: TestCompany, user: TestUser | null, headers: Record<string, string> = { Origin: ORIGIN }) =>
    SELF.fetch(`${ORIGIN}/api/widget/config?key=${encodeURIComponent(company.publicKey)}`, {
      headers: { ...headers, ...(user ? { Cookie: user.cookie } : {}) },
    });
  const installedAt = async (company: TestCompany) =>
    (await db().select({ at: companies.widgetInstalledAt }).from(companies).where(eq(companies.id, company.id)).get())?.at;

  /** The widget's socket as the Test chat page opens it, through its hello. */
  async function testChat(company: TestCompany, user: TestUser) {
    const res = await openWidget(company, ORIGIN, user);
    expect(res.status).toBe(101);
    res.webSocket!.accept();
    const socket = new TestSocket<VisitorServerFrame, VisitorClientFrame>(res.webSocket!);
    socket.send({
      type: 'hello',
      protocol: PROTOCOL_VERSION,
      visitorId: `v-test-${user.id}`,
      visitorSecret: testVisitorSecret(`v-test-${user.id}`),
      language: 'en',
      category: null,
      page: { url: `${ORIGIN}/`, title: '', referrer: '' },
    });
    return Object.assign(socket, { welcome: await socket.next('welcome') });
  }

  it("serves a member the company's widget on the console's origin, without ticking widget installed", async () => {
    const company = await setupCompany({ operators: 2 });
    const member = company.operators[1]!;
    const op = await connectOperator(company, company.owner);
    for (const headers of [{ Origin: ORIGIN }, { 'Sec-Fetch-Site': 'same-origin' }] as Record<string, string>[]) {
      const res = await consoleConfig(company, member, headers);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ available: true, offlineForm: true });
    }
    const chat = await testChat(company, member);
    expect(chat.welcome.availability.available).toBe(true);
    await visitorSays(chat, 'is this thing on?');
    expect((await op.next('chat')).chat.messages.map((m) => m.text)).toEqual(['is this thing on?', 'Owner joined the chat.']);
    expect(await installedAt(company)).toBeNull();

    // Only a registered domain's widget counts as installed.
    await connectVisitor(company);
    expect(await installedAt(company)).toBeInstanceOf(Date);
  });

  it('refuses the console origin without a session, to a non-member or an unverified member, and a member on a foreign origin', async () => {
    const company = await setupCompany();
    const other = await setupCompany();
    const unverified = await createUser({ verified: false });
    await db().insert(memberships).values({ companyId: company.id, userId: unverified.id, role: 'operator', createdAt: new Date() });
    const stranger = await createUser();
    const refusals: [TestCompany, TestUser | null, string | null][] = [
      [company, null, ORIGIN],
      [company, stranger, ORIGIN],
      [company, other.owner, ORIGIN],
      [company, unverified, ORIGIN],
      [company, company.owner, 'https://evil.example'],
      [company, company.owner, null],
    ];
    for (const [target, user, origin] of refusals) {
      const res = await consoleConfig(target, user, origin ? { Origin: origin } : {});
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ error: { code: 'origin_not_allowed' } });
      const socket = await openWidget(target, origin, user ?? undefined);
      expect(socket.status).toBe(403);
      expect(socket.webSocket).toBeNull();
    }
    expect(await installedAt(company)).toBeNull();
  });

  it('stays open whatever the domains, and closes once its user leaves the company', async () => {
    const company = await setupCompany({ operators: 2 });
    const member = company.operators[1]!;
    const chat = await testChat(company, member);
    const onSite = await connectVisitor(company);

    await db().delete(domains).where(eq(domains.companyId, company.id));
    await roomOf(company).configChanged('domains');
    expect(await onSite.closed).toBe(4403);
    chat.send({ type: 'typing', typing: true });
    await chat.roundTrip();
    expect(chat.closeCode).toBeNull();

    await db().delete(memberships).where(eq(memberships.userId, member.id));
    await roomOf(company).configChanged('operators');
    expect(await chat.closed).toBe(4403);
  });
});
