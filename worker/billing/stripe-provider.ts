import Stripe from 'stripe';
import type { Checkout, CheckoutRequest, PaymentProvider } from './provider';

/** Where the SDK sends its calls; tests point it at a local stand-in for api.stripe.com. */
export interface StripeEndpoint {
  host: string;
  port: number;
  protocol: 'http' | 'https';
}

/**
 * Stripe Checkout in `payment` mode through the official SDK on the Workers runtime (its fetch HTTP
 * client). The payment id is the session's client reference and, with the company and months, its
 * metadata; the webhook finds the frozen payment by it.
 */
export class StripeProvider implements PaymentProvider {
  readonly name = 'stripe';
  private readonly stripe: Stripe;

  constructor(
    secretKey: string,
    readonly webhookSecret: string,
    endpoint?: StripeEndpoint,
  ) {
    this.stripe = new Stripe(secretKey, { httpClient: Stripe.createFetchHttpClient(), maxNetworkRetries: 2, ...endpoint });
  }

  async createCheckout(r: CheckoutRequest): Promise<Checkout> {
    const metadata = {
      companyId: r.companyId,
      paymentId: r.paymentId,
      months: String(r.months),
      plan: r.planId,
      operators: String(r.operators),
    };
    const session = await this.stripe.checkout.sessions.create(
      {
        mode: 'payment',
        client_reference_id: r.paymentId,
        customer_email: r.customerEmail,
        line_items: [
          {
            quantity: r.operators * r.months,
            price_data: {
              currency: r.currency,
              unit_amount: r.unitAmount,
              product_data: { name: `Parley ${r.planName}: one operator for one month` },
            },
          },
        ],
        metadata,
        payment_intent_data: { metadata },
        success_url: r.successUrl,
        cancel_url: r.cancelUrl,
      },
      // A retried create (network error) must not open a second session for the same payment.
      { idempotencyKey: `checkout-${r.paymentId}` },
    );
    if (!session.url) throw new Error(`Stripe returned checkout session ${session.id} without a url`);
    return { ref: session.id, url: session.url };
  }
}
