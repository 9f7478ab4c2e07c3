import { count, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { amountFor, monthlyPrice } from '../../common/billing/period';
import { randomId } from '../../common/ids';
import { PaymentBodySchema, PlanChangeBodySchema, PlanPreviewQuerySchema } from '../../common/schemas/billing';
import type { Db } from '../../db/client';
import { memberships, payments } from '../../db/schema';
import { type CompanyEnv, ownerOnly } from '../companies/membership';
import { notifyCompanyChanged } from '../companies/notify';
import { ApiError } from '../lib/errors';
import { validate } from '../lib/validate';
import { listPlans, type Plan } from './catalogue';
import { expireIfDue } from './expiry';
import { ledgerView, recentCheckouts } from './ledger-view';
import { decideChange, type PlanState, planView } from './plan-state';
import { commitPlan, currentPlan } from './plan-store';
import { type Checkout, paymentProvider, returnUrls } from './provider';

/** Members, the owner included: the seats in use (pending invitations hold none, F15). */
async function membersOf(db: Db, companyId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(memberships).where(eq(memberships.companyId, companyId));
  return row?.n ?? 0;
}

/** The catalogue entry a request names, or 422 naming the field. */
function pickPlan(catalogue: Map<string, Plan>, id: string, operators: number, opts: { paid: boolean }): Plan {
  const plan = catalogue.get(id);
  if (!plan) throw new ApiError(422, 'unknown_plan', 'There is no such plan.', { plan: 'Choose one of the plans.' });
  if (opts.paid && plan.pricePerOperator === 0) {
    throw new ApiError(422, 'free_plan', 'The Free plan needs no payment.', { plan: 'Choose a paid plan to pay for.' });
  }
  if (operators > plan.maxOperators) {
    const message =
      plan.maxOperators === 1 ? `${plan.name} has one operator.` : `${plan.name} allows up to ${plan.maxOperators} operators.`;
    throw new ApiError(422, 'too_many_operators', message, { operators: message });
  }
  return plan;
}

/**
 * A company's plan and payments (F15), mounted on the company sub-app (worker/companies/routes.ts). Every member reads the plan and
 * the ledger; only the owner changes the plan or pays. A due expiry is applied on every plan read.
 */
export const billingCompanyRoutes = new Hono<CompanyEnv>()
  .get('/plan', async (c) => {
    const db = c.get('db');
    const companyId = c.get('company').id;
    const now = Date.now();
    await expireIfDue(c.env, db, companyId, now);
    const [state, catalogue, used] = await Promise.all([currentPlan(db, companyId), listPlans(db), membersOf(db, companyId)]);
    return c.json(
      planView(
        state,
        catalogue.find((p) => p.id === state.plan),
        used,
        now,
      ),
    );
  })
  .put('/plan', ownerOnly, validate('json', PlanChangeBodySchema), validate('query', PlanPreviewQuerySchema), async (c) => {
    const { plan: planId, operators } = c.req.valid('json');
    const preview = c.req.valid('query').preview === '1';
    const db = c.get('db');
    const companyId = c.get('company').id;
    const now = Date.now();
    await expireIfDue(c.env, db, companyId, now);
    const [catalogue, used] = await Promise.all([
      listPlans(db).then((all) => new Map(all.map((p) => [p.id, p]))),
      membersOf(db, companyId),
    ]);
    const target = pickPlan(catalogue, planId, operators, { paid: false });
    const decide = (state: PlanState) => decideChange(state, catalogue.get(state.plan), target, operators, now);
    let before: PlanState;
    let after: PlanState;
    let change: string | null;
    if (preview) {
      before = await currentPlan(db, companyId);
      const step = decide(before);
      after = step?.next ?? before;
      change = step?.kind ?? null;
    } else {
      const commit = await commitPlan(db, companyId, { actorId: c.get('user').id, now }, decide);
      ({ before, after } = commit);
      change = commit.entry?.kind ?? null;
      if (commit.entry) await notifyCompanyChanged(c.env, companyId, 'plan');
    }
    return c.json({
      ...planView(after, catalogue.get(after.plan), used, now),
      preview,
      /** What the change is (`change`, `cancel`) or null when it changes nothing. */
      change,
      before: planView(before, catalogue.get(before.plan), used, now),
    });
  })
  .post('/payments', ownerOnly, validate('json', PaymentBodySchema), async (c) => {
    const { plan: planId, operators, months } = c.req.valid('json');
    const db = c.get('db');
    const company = c.get('company');
    const user = c.get('user');
    const provider = paymentProvider(c.env);
    if (!provider) throw new ApiError(503, 'billing_unavailable', 'Payments are not configured on this server.');
    const plan = pickPlan(new Map((await listPlans(db)).map((p) => [p.id, p])), planId, operators, { paid: true });
    const amountCents = amountFor(monthlyPrice(plan.pricePerOperator, operators), months);
    const paymentId = randomId();
    await db.insert(payments).values({
      id: paymentId,
      companyId: company.id,
      plan: plan.id,
      operators,
      months,
      amountCents,
      currency: plan.currency,
      status: 'pending',
      createdBy: user.id,
      createdAt: new Date(),
    });
    let checkout: Checkout;
    try {
      checkout = await provider.createCheckout({
        paymentId,
        companyId: company.id,
        planId: plan.id,
        planName: plan.name,
        operators,
        months,
        unitAmount: plan.pricePerOperator,
        amountCents,
        currency: plan.currency,
        customerEmail: user.email,
        ...returnUrls(c.env.APP_ORIGIN, company.id, paymentId),
      });
    } catch (err) {
      console.error('checkout not created', paymentId, err);
      await db.update(payments).set({ status: 'cancelled' }).where(eq(payments.id, paymentId));
      throw new ApiError(502, 'payment_provider_error', 'The payment provider could not start the checkout. Please try again.');
    }
    await db.update(payments).set({ providerRef: checkout.ref }).where(eq(payments.id, paymentId));
    return c.json({ paymentId, checkoutUrl: checkout.url, amount: amountCents, currency: plan.currency }, 201);
  })
  .get('/payments', async (c) => {
    const db = c.get('db');
    const companyId = c.get('company').id;
    const [ledger, checkouts] = await Promise.all([ledgerView(db, companyId), recentCheckouts(db, companyId)]);
    return c.json({ ledger, checkouts });
  });
