import { Hono } from 'hono';
import Stripe from 'stripe';
import { getDb } from '../../db/client';
import { notifyCompanyChanged } from '../companies/notify';
import { ApiError } from '../lib/errors';
import type { AppEnv } from '../types';
import { paymentProvider } from './provider';
import { sendReceipt } from './receipt';
import { verifyEvent } from './signature';
import { applyEvent, type EventOutcome } from './webhook-events';

const badSignature = () => new ApiError(400, 'invalid_signature', 'The webhook signature is missing, wrong or too old.');

/**
 * Receives one provider event at `now`: verifies its signature (400 and nothing changes when it is
 * bad or stale), applies it once, and for a payment tells the company's room and mails the receipt.
 * A correctly signed event Parley doesn't handle answers 200, so the provider stops retrying it.
 */
export async function receiveWebhook(
  env: Env,
  payload: string,
  signature: string | undefined,
  now: number,
): Promise<EventOutcome['result']> {
  const provider = paymentProvider(env);
  if (!provider) throw new ApiError(503, 'billing_unavailable', 'Payments are not configured on this server.');
  if (!signature) throw badSignature();
  let event: Stripe.Event;
  try {
    event = await verifyEvent(payload, signature, provider.webhookSecret, now);
  } catch (err) {
    if (err instanceof Stripe.errors.StripeSignatureVerificationError) throw badSignature();
    throw new ApiError(400, 'invalid_event', 'The webhook body is not an event.');
  }
  const db = getDb(env.DB);
  const outcome = await applyEvent(db, event, now);
  if (outcome.result === 'paid') {
    await notifyCompanyChanged(env, outcome.payment.companyId, 'plan');
    await sendReceipt(env, db, outcome.payment, outcome.commit.after.paidUntil!, now);
  }
  return outcome.result;
}

/** POST /api/billing/webhook: the provider's signed events (`Stripe-Signature`). No session, no CSRF origin: the signature is the authority. */
export const webhookRoutes = new Hono<AppEnv>().post('/webhook', async (c) => {
  const result = await receiveWebhook(c.env, await c.req.text(), c.req.header('stripe-signature'), Date.now());
  return c.json({ received: true, result });
});
