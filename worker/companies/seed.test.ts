import { env } from 'cloudflare:test';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { MONTH_MS } from '../../common/billing/period';
import { operatorLimit } from '../../common/plans/limits';
import { companies, fastResponses, users } from '../../db/schema';
import { DEMO, seedSql } from '../../scripts/seed-sql.mjs';
import { db } from '../../test/helpers';
import { verifyPassword } from '../auth/password';
import { ledgerView } from '../billing/ledger-view';
import { companyForOrigin } from '../domains/lookup';
import { destinationsByOperator } from './destination-store';

async function runSeed() {
  const statements = seedSql().split('\n').filter(Boolean);
  await env.DB.batch(statements.map((sql) => env.DB.prepare(sql)));
}

// The seed's fixed ids (and shop.localhost) would otherwise stay in the storage every test file shares.
afterAll(async () => {
  await db().delete(companies).where(eq(companies.id, DEMO.company.id));
  await db()
    .delete(users)
    .where(inArray(users.id, [DEMO.owner.id, DEMO.operator.id]));
});

describe('demo seed', () => {
  it('applies twice without error and sets up Demo Shop', async () => {
    await runSeed();
    await runSeed();
    const company = await db().query.companies.findFirst({ where: eq(companies.id, DEMO.company.id) });
    expect(company).toMatchObject({ name: 'Demo Shop', ownerId: DEMO.owner.id, categoriesEnabled: true });
    expect(operatorLimit(company!)).toBe(5);
    expect(company!.paidUntil!.getTime()).toBeGreaterThan(Date.now() + 11 * MONTH_MS);
    // The paid plan is backed by a real payment in the ledger, matching the company's period (F15).
    const [entry, ...rest] = await ledgerView(db(), DEMO.company.id);
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      kind: 'payment',
      actor: { id: DEMO.owner.id },
      before: { plan: 'free', paidUntil: null },
      after: { plan: 'standard', operators: 5, paidUntil: company!.paidUntil!.toISOString() },
      amount: 900 * 5 * 12,
      payment: { id: DEMO.payment.id, months: 12 },
    });

    const accounts = await db()
      .select()
      .from(users)
      .where(inArray(users.id, [DEMO.owner.id, DEMO.operator.id]));
    expect(accounts).toHaveLength(2);
    for (const account of [DEMO.owner, DEMO.operator]) {
      const row = accounts.find((a) => a.id === account.id)!;
      expect(row.email).toBe(account.email);
      expect(row.verifiedAt).not.toBeNull();
      expect(await verifyPassword(account.password, row.passwordHash)).toBe(true);
    }

    const members = await db().query.memberships.findMany({ where: (m, { eq }) => eq(m.companyId, DEMO.company.id) });
    expect(Object.fromEntries(members.map((m) => [m.userId, m.role]))).toEqual({
      [DEMO.owner.id]: 'owner',
      [DEMO.operator.id]: 'operator',
    });

    expect(await companyForOrigin(db(), 'http://shop.localhost:8787')).toMatchObject({
      companyId: DEMO.company.id,
      publicKey: DEMO.company.publicKey,
    });

    const langs = await db().query.languages.findMany({ where: (l, { eq }) => eq(l.companyId, DEMO.company.id) });
    expect(langs.map((l) => [l.code, l.isDefault]).sort()).toEqual([
      ['en', true],
      ['uk', false],
    ]);
    const cats = await db().query.categories.findMany({ where: (c, { eq }) => eq(c.companyId, DEMO.company.id) });
    expect(cats.map((c) => c.name).sort()).toEqual(['Sales', 'Support']);

    const destinations = await destinationsByOperator(db(), DEMO.company.id);
    for (const id of [DEMO.owner.id, DEMO.operator.id]) {
      expect(destinations.get(id)?.languages.length, id).toBeGreaterThan(0);
      expect(destinations.get(id)?.categories.length, id).toBeGreaterThan(0);
    }

    const responses = await db().select().from(fastResponses).where(eq(fastResponses.companyId, DEMO.company.id));
    expect(responses).toHaveLength(4);
    expect(
      responses
        .map((r) => r.nickname)
        .filter(Boolean)
        .sort(),
    ).toEqual(['greet', 'hello']);
  });
});
