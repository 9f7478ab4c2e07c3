import { runInDurableObject, SELF } from 'cloudflare:test';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  GATEWAY_REPORT_STEP,
  GATEWAY_TARGET_BOOTS_PER_SECOND,
  GATEWAY_TARGET_SOCKETS,
  gatewayIndex,
  nextGatewayCount,
} from '../../common/gateways/gateways';
import { randomId } from '../../common/ids';
import { MAX_VISITOR_SOCKETS_PER_ADDRESS } from '../../common/protocol';
import { companies, domains } from '../../db/schema';
import { apiFetch, db, ORIGIN } from '../../test/helpers';
import { connectOperator, connectVisitor, gatewayOf, openWidget, roomOf, setupCompany, type TestCompany } from '../../test/realtime';
import { DIRECT_PUSH_LIMIT, relayGroups } from '../room/relay-plan';
import { VisitorGateway } from '../visitor-gateway';

afterEach(() => {
  vi.restoreAllMocks();
});

/** A visitor id the worker places on gateway `index` of `count`. */
function visitorOn(index: number, count: number): string {
  for (;;) {
    const id = `v-${randomId(10)}`;
    if (gatewayIndex(id, count) === index) return id;
  }
}

/** Gives the company `count` gateways in D1 and tells its room (as the room itself does when it grows). */
async function setGateways(company: TestCompany, count: number): Promise<void> {
  await db().update(companies).set({ visitorGateways: count }).where(eq(companies.id, company.id));
  await roomOf(company).configChanged('settings');
}

describe('visitor gateways fan-out', () => {
  it('tells every idle visitor on every gateway of an operator going online and offline, one push per gateway each', async () => {
    const pushes = vi.spyOn(VisitorGateway.prototype, 'applyView');
    const company = await setupCompany();
    await setGateways(company, 2);
    const pushesTo = (index: number) => pushes.mock.calls.filter(([companyId, i]) => companyId === company.id && i === index).length;
    const visitors = await Promise.all(
      [0, 0, 0, 1, 1, 1].map((index) => connectVisitor(company, { as: 'idle', visitorId: visitorOn(index, 2) })),
    );
    for (const v of visitors) expect(v.welcome.availability.state).toBe('offline');
    expect(await runInDurableObject(gatewayOf(company, 1), (_, state) => state.getWebSockets().length)).toBe(3);
    const before = [pushesTo(0), pushesTo(1)];

    const op = await connectOperator(company, company.owner);
    for (const v of visitors) expect(await v.next('availability')).toMatchObject({ state: 'free', available: true });
    expect([pushesTo(0), pushesTo(1)]).toEqual(before.map((n) => n + 1));

    op.close();
    await op.closed;
    for (const v of visitors) expect(await v.next('availability')).toMatchObject({ state: 'offline', available: false });
    expect([pushesTo(0), pushesTo(1)]).toEqual(before.map((n) => n + 2));
  });

  it('pushes a configuration change to every gateway, and closes widgets on a removed domain', async () => {
    const company = await setupCompany();
    await setGateways(company, 2);
    const visitors = await Promise.all([0, 1].map((index) => connectVisitor(company, { as: 'idle', visitorId: visitorOn(index, 2) })));
    await db().update(companies).set({ greeting: 'Welcome back', color: '#123456' }).where(eq(companies.id, company.id));
    await roomOf(company).configChanged('settings');
    for (const v of visitors) expect((await v.next('config')).config).toMatchObject({ greeting: 'Welcome back', color: '#123456' });

    await db().delete(domains).where(eq(domains.companyId, company.id));
    await roomOf(company).configChanged('domains');
    for (const v of visitors) expect(await v.closed).toBe(4403);
  });

  it('past the direct limit, pushes through relays: the room calls about √N gateways, each gateway still takes the view once', async () => {
    const pushes = vi.spyOn(VisitorGateway.prototype, 'applyView');
    const company = await setupCompany();
    const count = DIRECT_PUSH_LIMIT + 4;
    await setGateways(company, count);
    // Each gateway takes its view on first use, as a widget's first boot there makes it.
    const need = { language: null, category: null };
    for (let i = 0; i < count; i++) expect(await gatewayOf(company, i).widgetState(company.id, i, need, company.origin)).not.toBeNull();
    const greetingAt = (i: number) =>
      runInDurableObject(
        gatewayOf(company, i),
        (_, state) => state.storage.kv.get<{ config: { greeting: string } }>('view')?.config.greeting,
      );
    pushes.mockClear();

    await db().update(companies).set({ greeting: 'Relayed' }).where(eq(companies.id, company.id));
    await roomOf(company).configChanged('settings');
    // The room's configChanged waits for every relay, and each relay for the gateways it passes the view to.
    for (let i = 0; i < count; i++) expect(await greetingAt(i)).toBe('Relayed');
    const calls = pushes.mock.calls.filter(([companyId]) => companyId === company.id);
    expect(calls.map(([, index]) => index).sort((a, b) => a - b)).toEqual(Array.from({ length: count }, (_, i) => i));
    const relays = calls.filter(([, , , relayTo]) => (relayTo?.length ?? 0) > 0);
    expect(relays.length).toBe(relayGroups(Array.from({ length: count }, (_, i) => i)).length);
    expect(relays.length).toBeLessThan(count / 2);
    // The room holds every gateway as up to date: none is behind for a retry.
    const acked = await runInDurableObject(
      roomOf(company),
      (_, state) => state.storage.kv.get<{ version: number; acked: Record<string, number> }>('gateways')!,
    );
    expect(Object.values(acked.acked).every((v) => v === acked.version)).toBe(true);
    expect(Object.keys(acked.acked)).toHaveLength(count);
  });

  it('sends the view again to a gateway that missed a push, when the room wakes', async () => {
    const company = await setupCompany();
    const visitor = await connectVisitor(company, { as: 'idle' });
    await db().update(companies).set({ greeting: 'Missed' }).where(eq(companies.id, company.id));
    await roomOf(company).configChanged('settings');
    await visitor.next('config');
    // As if the push never arrived: the room holds the gateway behind, and the gateway an older view.
    await runInDurableObject(roomOf(company), (_, state) => {
      const held = state.storage.kv.get<{ acked: Record<string, number> }>('gateways')!;
      state.storage.kv.put('gateways', { ...held, acked: { 0: 0 } });
    });
    await runInDurableObject(gatewayOf(company, 0), (_, state) => {
      const view = state.storage.kv.get<{ version: number; config: object }>('view')!;
      state.storage.kv.put('view', { ...view, version: 0, config: { ...view.config, greeting: '' } });
    });
    for (const stub of [roomOf(company), gatewayOf(company, 0)])
      await runInDurableObject(stub, (_, state) => state.abort('test restart')).catch(() => undefined);
    await visitor.closed;

    // Anything that wakes the room (here a config request from an older widget, which changes nothing): it sends the view to the gateway behind.
    const wake = await SELF.fetch(`${ORIGIN}/api/widget/config?key=${company.publicKey}`, { headers: { Origin: company.origin } });
    expect(wake.status).toBe(200);
    await vi.waitFor(
      async () => {
        const back = await connectVisitor(company, { as: 'idle' });
        back.close();
        expect(back.welcome.config.greeting).toBe('Missed');
      },
      { timeout: 30_000, interval: 100 },
    );
  });

  it('hears of a gateway load each time its socket count crosses a report step, up and down', async () => {
    const company = await setupCompany();
    const visitorId = `v-${randomId(8)}`;
    const reported = () =>
      runInDurableObject(roomOf(company), (_, state) => state.storage.kv.get<{ counts: Record<string, number> }>('gateways')?.counts[0]);
    const sockets: WebSocket[] = [];
    // Each address may hold MAX_VISITOR_SOCKETS_PER_ADDRESS sockets per gateway: spread them over addresses.
    for (let batch = 0; sockets.length < GATEWAY_REPORT_STEP; batch++) {
      const opened = await Promise.all(
        Array.from({ length: MAX_VISITOR_SOCKETS_PER_ADDRESS }, () =>
          openWidget(company, company.origin, undefined, `10.77.${batch}.1`, { visitor: visitorId }),
        ),
      );
      for (const res of opened.slice(0, GATEWAY_REPORT_STEP - sockets.length)) {
        res.webSocket!.accept();
        sockets.push(res.webSocket!);
      }
    }
    await vi.waitFor(async () => expect(await reported()).toBe(GATEWAY_REPORT_STEP), { timeout: 30_000, interval: 100 });
    sockets.pop()!.close(1000, 'bye');
    await vi.waitFor(async () => expect(await reported()).toBe(GATEWAY_REPORT_STEP - 1), { timeout: 30_000, interval: 100 });
    for (const ws of sockets) ws.close(1000, 'bye');
  });

  it('grows the gateway count with the sockets gateways report, and the worker routes over the new count', async () => {
    const company = await setupCompany();
    const gatewaysInD1 = async () =>
      (await db().select({ n: companies.visitorGateways }).from(companies).where(eq(companies.id, company.id)))[0]!.n;
    // The room loads the company as a gateway's first use makes it; no worker request has looked up the key yet.
    await roomOf(company).gatewayView(company.id, 0);
    const grown = nextGatewayCount(1, { sockets: GATEWAY_TARGET_SOCKETS + 1, bootsPerSecond: 0 });
    expect(grown).toBeGreaterThan(1);
    await roomOf(company).gatewayLoad(0, { sockets: GATEWAY_TARGET_SOCKETS, bootsPerSecond: 0 });
    expect(await gatewaysInD1()).toBe(1);
    await roomOf(company).gatewayLoad(0, { sockets: GATEWAY_TARGET_SOCKETS + 1, bootsPerSecond: 0 });
    expect(await gatewaysInD1()).toBe(grown);

    // The worker reads the new count with the key (an isolate that knew the key takes it within KEY_TTL_MS, key-company.ts):
    // this visitor's hash places it on the last gateway.
    const last = await connectVisitor(company, { as: 'idle', visitorId: visitorOn(grown - 1, grown) });
    expect(last.welcome.chat).toBeNull();
    expect(await runInDurableObject(gatewayOf(company, grown - 1), (_, state) => state.getWebSockets().length)).toBe(1);
  });

  it('grows the gateway count with the boots gateways report, summed over them, where few sockets stay open', async () => {
    const company = await setupCompany();
    const gatewaysInD1 = async () =>
      (await db().select({ n: companies.visitorGateways }).from(companies).where(eq(companies.id, company.id)))[0]!.n;
    await roomOf(company).gatewayView(company.id, 0);
    const half = GATEWAY_TARGET_BOOTS_PER_SECOND / 2;
    await roomOf(company).gatewayLoad(0, { sockets: 10, bootsPerSecond: half });
    expect(await gatewaysInD1()).toBe(1);
    // A second gateway index (a count raised earlier) reports its own boots: together they pass one gateway's target.
    await roomOf(company).gatewayLoad(1, { sockets: 10, bootsPerSecond: half + 1 });
    expect(await gatewaysInD1()).toBe(nextGatewayCount(1, { sockets: 20, bootsPerSecond: 2 * half + 1 }));
    expect(await gatewaysInD1()).toBeGreaterThan(1);
  });

  it('erases every gateway with the company (SPEC S): sockets closed with 4403, storage emptied', async () => {
    const company = await setupCompany();
    await setGateways(company, 2);
    const visitors = await Promise.all([0, 1].map((index) => connectVisitor(company, { as: 'idle', visitorId: visitorOn(index, 2) })));
    const res = await apiFetch(`/api/companies/${company.id}`, { method: 'DELETE', user: company.owner });
    expect(res.status).toBe(204);
    for (const v of visitors) expect(await v.closed).toBe(4403);
    for (const index of [0, 1]) {
      await runInDurableObject(gatewayOf(company, index), (_, state) => {
        expect([...state.storage.kv.list()]).toEqual([]);
        expect(state.storage.sql.exec(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '_cf_%'`).toArray()).toEqual(
          [],
        );
      });
    }
  });
});
