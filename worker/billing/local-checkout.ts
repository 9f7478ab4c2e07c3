import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { randomId } from '../../common/ids';
import { getDb } from '../../db/client';
import { companies, payments, plans } from '../../db/schema';
import { ApiError, notFound } from '../lib/errors';
import type { AppEnv } from '../types';
import { CHECKOUT_SCRIPT, CHECKOUT_STYLE, localCheckoutPage } from './local-checkout-page';
import { paymentProvider, returnUrls } from './provider';
import { signPayload } from './signature';
import { webhookRoutes } from './webhook-routes';

/** The payment behind a local checkout reference, only while the local provider is the one in use. */
async function localPayment(env: Env, ref: string) {
  const provider = paymentProvider(env);
  if (provider?.name !== 'local') throw notFound('checkout');
  const row = await getDb(env.DB)
    .select({ payment: payments, companyName: companies.name, planName: plans.name })
    .from(payments)
    .innerJoin(companies, eq(companies.id, payments.companyId))
    .leftJoin(plans, eq(plans.id, payments.plan))
    .where(eq(payments.providerRef, ref))
    .get();
  if (!row) throw notFound('checkout');
  return { ...row, secret: provider.webhookSecret };
}

type Session = Awaited<ReturnType<typeof localPayment>>;

/** A Checkout Session event as Stripe would send it, for this payment. */
function sessionEvent(s: Session, type: 'checkout.session.completed' | 'checkout.session.expired', nowS: number) {
  const p = s.payment;
  return {
    id: `evt_local_${randomId()}`,
    object: 'event',
    type,
    created: nowS,
    livemode: false,
    data: {
      object: {
        id: p.providerRef,
        object: 'checkout.session',
        mode: 'payment',
        status: type === 'checkout.session.completed' ? 'complete' : 'expired',
        payment_status: type === 'checkout.session.completed' ? 'paid' : 'unpaid',
        amount_total: p.amountCents,
        currency: p.currency,
        client_reference_id: p.id,
        metadata: { companyId: p.companyId, paymentId: p.id, months: String(p.months), plan: p.plan, operators: String(p.operators) },
      },
    },
  };
}

/**
 * The local test provider's hosted checkout (development only), on the worker's own origin. Pay
 * and Decline each deliver a Stripe-signed event to the webhook route, which verifies it exactly
 * as it verifies Stripe's, then send the payer back to the console's Plan page.
 */
export const localCheckoutRoutes = new Hono<AppEnv>()
  .get('/checkout-page.css', (c) => c.body(CHECKOUT_STYLE, 200, { 'content-type': 'text/css; charset=utf-8' }))
  .get('/checkout-page.js', (c) => c.body(CHECKOUT_SCRIPT, 200, { 'content-type': 'text/javascript; charset=utf-8' }))
  .get('/checkout/:ref', async (c) => {
    const s = await localPayment(c.env, c.req.param('ref'));
    const p = s.payment;
    return c.html(
      localCheckoutPage({
        ref: c.req.param('ref'),
        companyName: s.companyName,
        planName: s.planName ?? p.plan,
        operators: p.operators,
        months: p.months,
        amountCents: p.amountCents,
        currency: p.currency,
        status: p.status,
        backUrl: returnUrls(c.env.APP_ORIGIN, p.companyId, p.id).successUrl,
      }),
    );
  })
  .post('/checkout/:ref/:action{pay|decline}', async (c) => {
    const s = await localPayment(c.env, c.req.param('ref'));
    const paying = c.req.param('action') === 'pay';
    const nowS = Math.floor(Date.now() / 1000);
    const payload = JSON.stringify(sessionEvent(s, paying ? 'checkout.session.completed' : 'checkout.session.expired', nowS));
    const delivered = await webhookRoutes.request(
      '/webhook',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'stripe-signature': await signPayload(payload, s.secret, nowS) },
        body: payload,
      },
      c.env,
    );
    if (!delivered.ok) throw new ApiError(502, 'webhook_failed', `The webhook answered ${delivered.status}; nothing was paid.`);
    const urls = returnUrls(c.env.APP_ORIGIN, s.payment.companyId, s.payment.id);
    return c.json({ redirect: paying ? urls.successUrl : urls.cancelUrl });
  });
