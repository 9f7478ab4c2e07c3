import { runInDurableObject, SELF } from 'cloudflare:test';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectRequest } from '../../common/connect-info';
import { GATEWAY_INDEX_HEADER } from '../../common/gateways/gateways';
import { randomId } from '../../common/ids';
import { ABUSE_STRIKES, MAX_VISITOR_SOCKETS_PER_ADDRESS, type VisitorClientFrame } from '../../common/protocol';
import { companies } from '../../db/schema';
import { db, ORIGIN } from '../../test/helpers';
import { connectOperator, connectVisitor, gatewayOf, openWidget, roomOf, setDestinations, setupCompany } from '../../test/realtime';
import { CompanyRoom } from '../company-room';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('visitor gateway protocol', () => {
  it('answers hello from its own view (config, availability, no chat), asking the room once, across a restart too', async () => {
    const asked = vi.spyOn(CompanyRoom.prototype, 'gatewayView');
    const company = await setupCompany({ languages: ['en', 'de'] });
    const askedFor = () => asked.mock.calls.filter(([companyId]) => companyId === company.id).length;
    await connectOperator(company, company.owner);

    const first = await connectVisitor(company, { as: 'idle', language: 'en' });
    expect(first.welcome).toMatchObject({
      chat: null,
      availability: { state: 'free', available: true },
      config: { languages: [{ code: 'en' }, { code: 'de' }] },
    });
    const second = await connectVisitor(company, { as: 'idle', language: 'de' });
    expect(second.welcome.availability.state).toBe('free');
    expect(askedFor()).toBe(1);
    // Both sockets are the gateway's, none the room's.
    expect(await runInDurableObject(gatewayOf(company, 0), (_, state) => state.getWebSockets().length)).toBe(2);

    // A restart drops the sockets and the memory; the view stays in the gateway's storage.
    await runInDurableObject(gatewayOf(company, 0), (_, state) => state.abort('test restart')).catch(() => undefined);
    await Promise.all([first.closed, second.closed]);
    const back = await connectVisitor(company, { as: 'idle' });
    expect(back.welcome.availability.state).toBe('free');
    expect(askedFor()).toBe(1);

    // A configuration change after the restart reaches its sockets (F13).
    await db().update(companies).set({ greeting: 'After the restart' }).where(eq(companies.id, company.id));
    await roomOf(company).configChanged('settings');
    expect((await back.next('config')).config.greeting).toBe('After the restart');
  });

  it('re-tells availability when update changes the need, from its own table', async () => {
    const company = await setupCompany({ languages: ['en', 'de'] });
    await setDestinations(company, company.owner, ['en']);
    await roomOf(company).configChanged('destinations');
    await connectOperator(company, company.owner);
    const visitor = await connectVisitor(company, { as: 'idle', language: 'en' });
    expect(visitor.welcome.availability.state).toBe('free');

    visitor.send({ type: 'update', language: 'de' });
    expect(await visitor.next('availability')).toEqual({ type: 'availability', state: 'offline', available: false, offlineForm: true });
    visitor.send({ type: 'update', language: 'en' });
    expect(await visitor.next('availability')).toMatchObject({ state: 'free', available: true });
    // Only a new need is told: the same one again sends nothing.
    visitor.send({ type: 'update', language: 'en' });
    await visitor.roundTrip();
    expect(visitor.all('availability')).toHaveLength(2);
  });

  it('refuses every chat frame with chat_socket_required', async () => {
    const company = await setupCompany();
    const visitor = await connectVisitor(company, { as: 'idle' });
    const chatFrames: VisitorClientFrame[] = [
      { type: 'message', clientId: 'c1', text: 'Hello?' },
      { type: 'typing', typing: true },
      { type: 'close' },
      { type: 'contact', email: 'me@example.test' },
      { type: 'rate', chatId: 'chat-1', rating: 'good', comment: '' },
      { type: 'receipt', chatId: 'chat-1', delivered: 1, seen: 1 },
    ];
    for (const frame of chatFrames) {
      visitor.send(frame);
      expect(await visitor.next('error')).toMatchObject({ code: 'chat_socket_required', ref: frame.type });
    }
  });

  it('holds every frame type to its budget', async () => {
    const company = await setupCompany();
    const visitor = await connectVisitor(company, { as: 'idle' });
    // `close` has a burst of 3: the 4th is over budget (the first three are refused for being chat frames).
    for (let i = 0; i < 4; i++) visitor.send({ type: 'close' });
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push((await visitor.next('error')).code);
    expect(codes).toEqual(['chat_socket_required', 'chat_socket_required', 'chat_socket_required', 'rate_limited']);
    // `update` has a burst of 10: the 11th is refused.
    for (let i = 0; i < 11; i++) visitor.send({ type: 'update', page: { url: `https://shop.example/${i}`, title: '', referrer: '' } });
    expect(await visitor.next('error')).toMatchObject({ code: 'rate_limited', ref: 'update' });
  });

  it('caps open sockets per address per gateway, and an abusive address cools down through the worker', async () => {
    const company = await setupCompany();
    const address = `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    const visitorId = `v-${randomId(8)}`;
    const open = await Promise.all(
      Array.from({ length: MAX_VISITOR_SOCKETS_PER_ADDRESS }, () =>
        openWidget(company, company.origin, undefined, address, { visitor: visitorId }),
      ),
    );
    expect(open.map((r) => r.status)).toEqual(open.map(() => 101));
    const over = await openWidget(company, company.origin, undefined, address, { visitor: visitorId });
    expect(over.status).toBe(429);
    expect(await over.json()).toMatchObject({ error: { code: 'rate_limited' } });
    for (const r of open) {
      r.webSocket!.accept();
      r.webSocket!.close(1000, 'bye');
    }

    const abuser = await connectVisitor(company, { as: 'idle', address: '10.66.66.66' });
    for (let i = 0; i < ABUSE_STRIKES; i++) abuser.sendRaw('not json');
    expect(await abuser.closed).toBe(1008);
    const refused = await openWidget(company, company.origin, undefined, '10.66.66.66', { visitor: abuser.visitorId });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
  });

  it('refuses an upgrade without its gateway index (426), and one for a company that does not exist (404)', async () => {
    const info = {
      role: 'visitor',
      companyId: 'no-such-company',
      origin: 'https://x.test',
      testChatUserId: null,
      userAgent: '',
      address: '10.1.1.1',
    } as const;
    const gateway = gatewayOf({ id: 'no-such-company' }, 0);
    expect((await gateway.fetch(connectRequest('https://parley.test/connect', info))).status).toBe(426);
    const upgrade = connectRequest('https://parley.test/connect', info);
    upgrade.headers.set(GATEWAY_INDEX_HEADER, '0');
    const res = await gateway.fetch(upgrade);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('refuses a malformed visitor id or chat flag with 400, before any object', async () => {
    const company = await setupCompany();
    const queries: Record<string, string>[] = [{ visitor: 'not an id!' }, { visitor: 'v-1', chat: '2' }];
    for (const query of queries) {
      const res = await openWidget(company, company.origin, undefined, undefined, query);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: { code: 'invalid_input' } });
    }
  });

  it('answers GET /api/widget/config for a visitor as the room does, and ticks the widget installed', async () => {
    const company = await setupCompany({ languages: ['en', 'de'] });
    await connectOperator(company, company.owner);
    const config = (query: string) =>
      SELF.fetch(`${ORIGIN}/api/widget/config?key=${company.publicKey}${query}`, { headers: { Origin: company.origin } });
    const fromGateway = await config(`&visitor=v-${randomId(8)}&lang=de`);
    expect(fromGateway.status).toBe(200);
    const [row] = await db().select({ at: companies.widgetInstalledAt }).from(companies).where(eq(companies.id, company.id));
    expect(row!.at).not.toBeNull();
    const fromRoom = await config('&lang=de');
    expect(await fromGateway.json()).toEqual(await fromRoom.json());
  });

  it('ticks the widget installed when the first visitor lands on a gateway', async () => {
    const company = await setupCompany();
    await connectVisitor(company, { as: 'idle' });
    const [row] = await db().select({ at: companies.widgetInstalledAt }).from(companies).where(eq(companies.id, company.id));
    expect(row!.at).not.toBeNull();
  });
});
