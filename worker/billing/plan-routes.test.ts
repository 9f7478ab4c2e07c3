import { describe, expect, it } from 'vitest';
import { MONTH_MS } from '../../common/billing/period';
import { apiFetch, createUser, type TestUser } from '../../test/helpers';
import { companyPath, createCompanyAs, expectError, expectJson } from '../companies/test/api';
import { createCompanyFixture } from '../companies/test/fixtures';
import { buyPlan, expectBetween, ledgerOf, planOf } from './test/billing';

const putPlan = (user: TestUser, companyId: string, body: unknown, query = '') =>
  apiFetch(companyPath(companyId, `/plan${query}`), { method: 'PUT', body, user });
const PREVIEW = '?preview=1';

describe('GET …/plan', () => {
  it('shows a new company on Free: one operator allowed, the owner using it, no period', async () => {
    const owner = await createUser();
    const { id } = await createCompanyAs(owner);
    expect(await planOf(owner, id)).toMatchObject({
      plan: 'free',
      planName: 'Free',
      operators: 1,
      paidUntil: null,
      paid: false,
      operatorLimit: 1,
      operatorsUsed: 1,
      remainingValue: 0,
    });
  });

  it('lets operators read the plan but only the owner change it', async () => {
    const f = await createCompanyFixture();
    expect(await planOf(f.operator, f.companyId)).toMatchObject({
      plan: 'standard',
      operators: 10,
      paid: true,
      operatorLimit: 10,
      operatorsUsed: 2,
    });
    await expectError(await putPlan(f.operator, f.companyId, { plan: 'pro', operators: 3 }), 403, 'forbidden');
    await expectError(await putPlan(f.operator, f.companyId, { plan: 'pro', operators: 3 }, PREVIEW), 403, 'forbidden');
    expect((await planOf(f.owner, f.companyId)).plan).toBe('standard');
  });
});

describe('PUT …/plan', () => {
  it('refuses unknown plans, more operators than the plan allows, and more than one on Free', async () => {
    const owner = await createUser();
    const { id } = await createCompanyAs(owner);
    expect((await expectError(await putPlan(owner, id, { plan: 'gold', operators: 2 }), 422, 'unknown_plan')).error.fields).toHaveProperty(
      'plan',
    );
    expect(
      (await expectError(await putPlan(owner, id, { plan: 'standard', operators: 21 }), 422, 'too_many_operators')).error.fields,
    ).toHaveProperty('operators');
    await expectError(await putPlan(owner, id, { plan: 'free', operators: 2 }, PREVIEW), 422, 'too_many_operators');
    await expectError(await putPlan(owner, id, { plan: 'pro', operators: 0 }), 400, 'invalid_input');
    await expectError(await putPlan(owner, id, { plan: 'pro', operators: 2 }, '?preview=yes'), 400, 'invalid_input');
    expect(await planOf(owner, id)).toMatchObject({ plan: 'free' });
  });

  it('keeps Free limits when a Free company picks a paid plan, until it pays', async () => {
    const owner = await createUser();
    const { id } = await createCompanyAs(owner);
    const preview = await expectJson(await putPlan(owner, id, { plan: 'standard', operators: 3 }, PREVIEW), 200);
    expect(preview).toMatchObject({
      preview: true,
      change: 'change',
      plan: 'standard',
      operators: 3,
      paidUntil: null,
      paid: false,
      operatorLimit: 1,
    });
    expect(await planOf(owner, id)).toMatchObject({ plan: 'free' });
    expect((await ledgerOf(owner, id)).ledger).toEqual([]);

    const chosen = await expectJson(await putPlan(owner, id, { plan: 'standard', operators: 3 }), 200);
    expect(chosen).toMatchObject({ preview: false, plan: 'standard', operators: 3, paidUntil: null, operatorLimit: 1 });
    const other = await createUser();
    await expectError(await apiFetch(companyPath(id, '/operators'), { body: { email: other.email }, user: owner }), 409, 'plan_limit');
  });

  it('previews and then recalculates the running period: remaining value over the new price per second', async () => {
    const owner = await createUser();
    const { id } = await createCompanyAs(owner);
    const t0 = Date.now();
    await buyPlan(owner, id, { plan: 'standard', operators: 2, months: 1 });
    const t1 = Date.now();
    const bought = await planOf(owner, id);
    expectBetween(bought.paidUntil, t0 + MONTH_MS, t1 + MONTH_MS);
    const end = Date.parse(bought.paidUntil);

    // 2 × $9 → 3 × $19: the period shrinks to 18/57 of what is left.
    const ratio = (2 * 900) / (3 * 1900);
    const before = Date.now();
    const preview = await expectJson(await putPlan(owner, id, { plan: 'pro', operators: 3 }, PREVIEW), 200);
    const after = Date.now();
    expect(preview).toMatchObject({
      preview: true,
      change: 'change',
      plan: 'pro',
      operators: 3,
      paid: true,
      operatorLimit: 3,
      before: { plan: 'standard', operators: 2, paidUntil: bought.paidUntil },
    });
    expectBetween(preview.paidUntil, before + (end - after) * ratio - 1, after + (end - before) * ratio + 1);
    expect(await planOf(owner, id)).toMatchObject({ plan: 'standard', operators: 2, paidUntil: bought.paidUntil });

    const changed = await expectJson(await putPlan(owner, id, { plan: 'pro', operators: 3 }), 200);
    const done = Date.now();
    expect(changed).toMatchObject({ preview: false, change: 'change', plan: 'pro', operators: 3, operatorLimit: 3 });
    expectBetween(changed.paidUntil, before + (end - done) * ratio - 1, done + (end - before) * ratio + 1);
    const [latest] = (await ledgerOf(owner, id)).ledger;
    expect(latest).toMatchObject({
      kind: 'change',
      actor: { id: owner.id },
      before: { plan: 'standard', operators: 2, paidUntil: bought.paidUntil },
      after: { plan: 'pro', planName: 'Pro', operators: 3, paidUntil: changed.paidUntil },
      amount: 0,
    });

    // The same plan again changes nothing and writes no ledger row.
    expect(await expectJson(await putPlan(owner, id, { plan: 'pro', operators: 3 }), 200)).toMatchObject({
      change: null,
      paidUntil: changed.paidUntil,
    });
    expect((await ledgerOf(owner, id)).ledger).toHaveLength(2);
  });

  it('cancels the paid period when switching to Free, keeping no remaining time', async () => {
    const owner = await createUser();
    const { id } = await createCompanyAs(owner);
    await buyPlan(owner, id, { plan: 'standard', operators: 2, months: 1 });
    const cancelled = await expectJson(await putPlan(owner, id, { plan: 'free', operators: 1 }), 200);
    expect(cancelled).toMatchObject({
      change: 'cancel',
      plan: 'free',
      operators: 1,
      paidUntil: null,
      paid: false,
      operatorLimit: 1,
      remainingValue: 0,
    });
    expect((await ledgerOf(owner, id)).ledger[0]).toMatchObject({ kind: 'cancel', after: { plan: 'free', paidUntil: null } });
  });
});
