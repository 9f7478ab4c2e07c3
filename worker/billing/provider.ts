import { LocalProvider } from './local-provider';
import { StripeProvider } from './stripe-provider';

/** What a checkout sells: one payment, frozen at creation (F15). */
export interface CheckoutRequest {
  paymentId: string;
  companyId: string;
  planId: string;
  planName: string;
  operators: number;
  months: number;
  /** Minor units per operator-month, so the line reads `operators × months` at this price. */
  unitAmount: number;
  amountCents: number;
  currency: string;
  customerEmail: string;
  successUrl: string;
  cancelUrl: string;
}

/** A hosted checkout page: the provider's reference for it and where to send the payer. */
export interface Checkout {
  ref: string;
  url: string;
}

/**
 * A payment provider: it hosts the checkout and later reports the outcome as a signed webhook to
 * POST /api/billing/webhook, signed with `webhookSecret` in Stripe's scheme.
 */
export interface PaymentProvider {
  readonly name: 'stripe' | 'local';
  readonly webhookSecret: string;
  createCheckout(request: CheckoutRequest): Promise<Checkout>;
}

/** Secrets set with `wrangler secret put` in production; absent locally. */
interface StripeSecrets {
  STRIPE_SECRET_KEY?: string;
  STRIPE_WEBHOOK_SECRET?: string;
}

/**
 * Stripe when its secrets are set; otherwise, in development only, the local test provider whose
 * checkout page the worker serves itself. Null means payments are unavailable.
 */
export function paymentProvider(env: Env): PaymentProvider | null {
  const { STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET } = env as Env & StripeSecrets;
  if (STRIPE_SECRET_KEY && STRIPE_WEBHOOK_SECRET) return new StripeProvider(STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET);
  if (env.ENVIRONMENT === 'development') return new LocalProvider(env.APP_ORIGIN);
  return null;
}

/** Where the checkout sends the payer back: the console's Plan page, naming the payment. */
export function returnUrls(appOrigin: string, companyId: string, paymentId: string): { successUrl: string; cancelUrl: string } {
  const base = `${appOrigin}/companies/${encodeURIComponent(companyId)}/plan?payment=${encodeURIComponent(paymentId)}`;
  return { successUrl: base, cancelUrl: `${base}&checkout=cancelled` };
}
