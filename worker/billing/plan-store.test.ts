import { describe, expect, it } from 'vitest';
import { MONTH_MS } from '../../common/billing/period';
import { createUser, db } from '../../test/helpers';
import { createCompanyAs } from '../companies/test/api';
import { listPlans } from './catalogue';
import { decideChange, decidePayment } from './plan-state';
import { commitPlan, currentPlan, ledgerOf } from './plan-store';

const T0 = Date.UTC(2030, 0, 1);

describe('commitPlan', () => {
  it('serialises racing steps on one company: each is decided from the state the previous one left', async () => {
    const owner = await createUser();
    const { id } = await createCompanyAs(owner);
    const catalogue = new Map((await listPlans(db())).map((p) => [p.id, p]));
    const payment = { id: 'unused', plan: 'standard', operators: 2, months: 1, amountCents: 1800, currency: 'usd' };
    const pay = () =>
      commitPlan(db(), id, { actorId: owner.id, now: T0 }, (s) => ({
        ...decidePayment(s, catalogue.get(s.plan), payment, T0),
        paymentId: undefined,
      }));
    const results = await Promise.all([pay(), pay(), pay(), pay()]);

    // Four months at the same price, none lost to a race, whatever order they landed in.
    expect(await currentPlan(db(), id)).toEqual({ plan: 'standard', operators: 2, paidUntil: T0 + 4 * MONTH_MS });
    const ledger = await ledgerOf(db(), id);
    expect(ledger.map((e) => e.seq)).toEqual([4, 3, 2, 1]);
    expect(results.map((r) => r.entry!.seq).sort()).toEqual([1, 2, 3, 4]);
    for (const e of ledger) expect(e.paidUntilAfter!.getTime() - (e.paidUntilBefore?.getTime() ?? T0)).toBe(MONTH_MS);
  });

  it('writes nothing when the decision is to change nothing', async () => {
    const owner = await createUser();
    const { id } = await createCompanyAs(owner);
    const free = (await listPlans(db())).find((p) => p.id === 'free')!;
    const commit = await commitPlan(db(), id, { actorId: owner.id, now: T0 }, (s) => decideChange(s, free, free, 1, T0));
    expect(commit.entry).toBeNull();
    expect(await ledgerOf(db(), id)).toEqual([]);
  });
});
