import { randomId } from '../../common/ids';
import type { Checkout, CheckoutRequest, PaymentProvider } from './provider';

/**
 * The local test provider's signing secret. It only ever signs and verifies events the local
 * worker makes for itself in development, where no real money moves.
 */
export const LOCAL_WEBHOOK_SECRET = 'whsec_parley_local_test_provider';

/** Checkout references of the local provider, shaped like Stripe's session ids. */
export const LOCAL_REF_PREFIX = 'cs_local_';

/**
 * The test provider used in development and tests: its checkout page is served by the worker on
 * the same origin (worker/billing/local-checkout.ts), with Pay and Decline buttons that deliver a
 * Stripe-signed webhook. Creating a checkout only names the page; the payment row holds the rest.
 */
export class LocalProvider implements PaymentProvider {
  readonly name = 'local';
  readonly webhookSecret = LOCAL_WEBHOOK_SECRET;

  constructor(private readonly appOrigin: string) {}

  async createCheckout(_request: CheckoutRequest): Promise<Checkout> {
    const ref = `${LOCAL_REF_PREFIX}${randomId()}`;
    return { ref, url: `${this.appOrigin}/api/billing/checkout/${ref}` };
  }
}
