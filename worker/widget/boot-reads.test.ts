import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { randomId } from '../../common/ids';
import { PROTOCOL_VERSION, type VisitorClientFrame, type VisitorServerFrame, type WidgetBootConfig } from '../../common/protocol';
import { getDb } from '../../db/client';
import { companies } from '../../db/schema';
import { db, ORIGIN } from '../../test/helpers';
import { setupCompany, type TestCompany, TestSocket } from '../../test/realtime';
import { app } from '../app';
import { expectJson } from '../companies/test/api';
import { companyForKey, KEY_TTL_MS } from './key-company';
import { publishHelp } from './test/help-articles';

/** The real D1 binding, counting the statements prepared on it (a wrapper, not a stand-in: every query runs). */
function countingD1(real: D1Database): { binding: D1Database; queries: () => number; reset: () => void } {
  let queries = 0;
  const binding = new Proxy(real, {
    get(target, prop) {
      if (prop === 'prepare') {
        return (sql: string) => {
          queries++;
          return target.prepare(sql);
        };
      }
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { binding, queries: () => queries, reset: () => (queries = 0) };
}

/** The app with the counted binding in place of the real one; everything else is the test's environment. */
async function call(DB: D1Database, path: string, headers: Record<string, string>): Promise<Response> {
  const ctx = createExecutionContext();
  const res = await app.fetch(new Request(`${ORIGIN}${path}`, { headers }), { ...env, DB }, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

/** A whole widget boot of a new visitor on a customer's page: config GET, upgrade, hello → welcome. */
async function boot(DB: D1Database, company: TestCompany): Promise<void> {
  const visitorId = `v-${randomId(8)}`;
  const query = `key=${company.publicKey}&visitor=${visitorId}`;
  const config = await call(DB, `/api/widget/config?${query}`, { Origin: company.origin });
  expect(config.status).toBe(200);
  const upgrade = await call(DB, `/api/widget/connect?${query}`, {
    Origin: company.origin,
    Upgrade: 'websocket',
    'CF-Connecting-IP': `10.9.${randomId(2).charCodeAt(0)}.${randomId(2).charCodeAt(0)}`,
  });
  expect(upgrade.status).toBe(101);
  upgrade.webSocket!.accept();
  const socket = new TestSocket<VisitorServerFrame, VisitorClientFrame>(upgrade.webSocket!);
  socket.send({
    type: 'hello',
    protocol: PROTOCOL_VERSION,
    visitorId,
    visitorSecret: `secret-${visitorId}-0123456789abcdef`.slice(-64),
    language: 'en',
    category: null,
    page: { url: `${company.origin}/`, title: 'Home', referrer: '' },
  });
  await socket.next('welcome');
  socket.ws.close(1000, 'done');
}

describe('a widget boot on a registered domain reads no D1 in the steady state (issue 17)', () => {
  it('reads the key once per isolate, then a boot reads nothing: the gateway decides the origin from its view', async () => {
    const company = await setupCompany();
    const d1 = countingD1(env.DB);
    await boot(d1.binding, company);
    expect(d1.queries()).toBe(1);
    d1.reset();
    await boot(d1.binding, company);
    await boot(d1.binding, company);
    expect(d1.queries()).toBe(0);
  });

  it("trusts a key's gateway count for KEY_TTL_MS, then reads it again; an unknown key is not remembered", async () => {
    const company = await setupCompany();
    const d1 = countingD1(env.DB);
    const lookup = (now: number) => companyForKey(getDb(d1.binding), company.publicKey, now);
    const start = Date.now();
    expect(await lookup(start)).toEqual({ companyId: company.id, gateways: 1 });
    await db().update(companies).set({ visitorGateways: 4 }).where(eq(companies.id, company.id));
    expect(await lookup(start + KEY_TTL_MS - 1)).toEqual({ companyId: company.id, gateways: 1 });
    expect(d1.queries()).toBe(1);
    expect(await lookup(start + KEY_TTL_MS)).toEqual({ companyId: company.id, gateways: 4 });
    expect(d1.queries()).toBe(2);

    const key = randomId(24);
    expect(await companyForKey(getDb(d1.binding), key, start)).toBeNull();
    await db().update(companies).set({ publicKey: key }).where(eq(companies.id, company.id));
    expect(await companyForKey(getDb(d1.binding), key, start)).toEqual({ companyId: company.id, gateways: 4 });
  });

  it("answers the help languages from the gateway's view, which follows publishing and unpublishing at once (F19)", async () => {
    const company = await setupCompany();
    const d1 = countingD1(env.DB);
    const helpLanguages = async () => {
      const res = await call(d1.binding, `/api/widget/config?key=${company.publicKey}&visitor=v-${randomId(8)}`, {
        Origin: company.origin,
      });
      return (await expectJson<WidgetBootConfig>(res, 200)).helpLanguages;
    };
    expect(await helpLanguages()).toEqual([]);
    await publishHelp(company, true);
    expect(await helpLanguages()).toEqual(['en', 'uk']);
    await publishHelp(company, false);
    expect(await helpLanguages()).toEqual([]);
    d1.reset();
    await helpLanguages();
    expect(d1.queries()).toBe(0);
  });
});
