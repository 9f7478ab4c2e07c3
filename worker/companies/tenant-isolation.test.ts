import { describe, expect, it } from 'vitest';
import { apiFetch, type TestUser } from '../../test/helpers';
import { app } from '../app';
import { type CompanyFixture, createCompanyFixture, watchFixture } from './test/fixtures';
import { COMPANY_ROUTE_MATRIX, fillPath, type RouteCase, routeParams } from './test/route-matrix';

const COMPANY_PREFIX = '/api/companies/:companyId';

/** Every concrete company route the app serves, from Hono's own route table (middleware excluded). */
const companyRoutes = [
  ...new Set(
    app.routes
      .filter((r) => r.method !== 'ALL' && (r.path === COMPANY_PREFIX || r.path.startsWith(`${COMPANY_PREFIX}/`)))
      .map((r) => `${r.method} ${r.path}`),
  ),
];

const cases = companyRoutes.flatMap((key) => {
  const entry = COMPANY_ROUTE_MATRIX[key];
  if (!entry) return [];
  const [method = '', path = ''] = key.split(' ');
  return [{ key, method, path, entry }];
});

function call(
  c: { method: string; path: string; entry: RouteCase },
  f: CompanyFixture,
  params: Record<string, string>,
  user: TestUser | null,
) {
  return apiFetch(fillPath(c.path, params) + (c.entry.query ?? ''), { method: c.method, body: c.entry.body?.(f), user });
}

describe('company route table', () => {
  it('has an isolation-matrix entry for every /api/companies/:companyId route, and no stale ones', () => {
    expect(companyRoutes.length).toBeGreaterThan(20);
    expect(companyRoutes.filter((key) => !COMPANY_ROUTE_MATRIX[key])).toEqual([]);
    expect(Object.keys(COMPANY_ROUTE_MATRIX).filter((key) => !companyRoutes.includes(key))).toEqual([]);
  });
});

describe('tenant isolation', () => {
  it('answers 401 to a caller without a session', async () => {
    const b = await createCompanyFixture();
    for (const c of cases) {
      const res = await call(c, b, routeParams(b), null);
      expect(res.status, c.key).toBe(401);
    }
  });

  it('answers 404 to members of company A on every route of company B', async () => {
    const [a, b] = await Promise.all([createCompanyFixture(), createCompanyFixture()]);
    for (const user of [a.owner, a.operator]) {
      for (const c of cases) {
        const res = await call(c, b, routeParams(b), user);
        expect(res.status, c.key).toBe(404);
        expect(((await res.json()) as { error: { code: string } }).error.code, c.key).toBe('not_found');
      }
    }
  });

  it("answers 404 when A's owner names B's resources under A's own company id", async () => {
    const [a, b] = await Promise.all([createCompanyFixture(), createCompanyFixture()]);
    // B's language code must be one A lacks; the rest are B's ids.
    const mixed = { ...routeParams(b), companyId: a.companyId, code: 'fr' };
    const withResource = cases.filter((c) => /:(?!companyId)\w+/.test(c.path));
    expect(withResource.length).toBeGreaterThan(8);
    for (const c of withResource) {
      const res = await call(c, b, mixed, a.owner);
      expect(res.status, c.key).toBe(404);
    }
  });

  it('answers 403 to an operator on owner-only routes and serves them the rest', async () => {
    const a = await createCompanyFixture();
    const watch = await watchFixture(a);
    for (const c of cases) {
      const res = await call(c, a, routeParams(a), a.operator);
      if (c.entry.ownerOnly) {
        expect(res.status, c.key).toBe(403);
        expect(((await res.json()) as { error: { code: string } }).error.code, c.key).toBe('forbidden');
      } else {
        expect(res.status, c.key).toBe(c.entry.okStatus);
      }
    }
    expect(await watch.changes()).toEqual({ config: false, closed: false });
    watch.close();
  });

  it("lets the owner make every call, and every configuration write reaches the company's open pages", async () => {
    const fixtures = await Promise.all(cases.map(() => createCompanyFixture()));
    for (const [i, c] of cases.entries()) {
      const f = fixtures[i]!;
      const watch = await watchFixture(f);
      const res = await call(c, f, routeParams(f), f.owner);
      expect(res.status, `${c.key}: ${res.status === c.entry.okStatus ? '' : await res.text()}`).toBe(c.entry.okStatus);
      const { config, closed } = await watch.changes();
      expect(config || closed, c.key).toBe(c.entry.pushes ?? c.method !== 'GET');
      watch.close();
    }
  });
});
