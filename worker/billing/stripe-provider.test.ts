import { describe, expect, inject, it } from 'vitest';
import type { CheckoutRequest } from './provider';
import { StripeProvider } from './stripe-provider';

const { port } = inject('stripeStandIn');
const standIn = `http://127.0.0.1:${port}`;

interface Recorded {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}

const request = (over: Partial<CheckoutRequest> = {}): CheckoutRequest => ({
  paymentId: `pay_${crypto.randomUUID()}`,
  companyId: 'company-1',
  planId: 'standard',
  planName: 'Standard',
  operators: 3,
  months: 2,
  unitAmount: 900,
  amountCents: 5400,
  currency: 'usd',
  customerEmail: 'owner@example.test',
  successUrl: 'https://parley.example/companies/company-1/plan?payment=p',
  cancelUrl: 'https://parley.example/companies/company-1/plan?payment=p&checkout=cancelled',
  ...over,
});

async function sentFor(paymentId: string): Promise<Recorded[]> {
  const all = (await (await fetch(`${standIn}/__requests`)).json()) as Recorded[];
  return all.filter((r) => new URLSearchParams(r.body).get('client_reference_id') === paymentId);
}

describe('StripeProvider against a local stand-in for the Stripe API', () => {
  const provider = new StripeProvider('sk_test_standin', 'whsec_standin', { host: '127.0.0.1', port, protocol: 'http' });

  it('creates a Checkout Session in payment mode naming the payment, company and months', async () => {
    const r = request();
    const checkout = await provider.createCheckout(r);
    expect(checkout.ref).toMatch(/^cs_test_standin_/);
    expect(checkout.url).toBe(`https://checkout.stripe.test/c/pay/${checkout.ref}`);

    const [sent] = await sentFor(r.paymentId);
    expect(sent).toMatchObject({ method: 'POST', path: '/v1/checkout/sessions' });
    expect(sent!.headers.authorization).toBe('Bearer sk_test_standin');
    expect(sent!.headers['idempotency-key']).toBe(`checkout-${r.paymentId}`);
    const form = Object.fromEntries(new URLSearchParams(sent!.body));
    expect(form).toMatchObject({
      mode: 'payment',
      client_reference_id: r.paymentId,
      customer_email: 'owner@example.test',
      success_url: r.successUrl,
      cancel_url: r.cancelUrl,
      'line_items[0][quantity]': '6',
      'line_items[0][price_data][currency]': 'usd',
      'line_items[0][price_data][unit_amount]': '900',
      'metadata[companyId]': 'company-1',
      'metadata[paymentId]': r.paymentId,
      'metadata[months]': '2',
      'metadata[plan]': 'standard',
      'metadata[operators]': '3',
      'payment_intent_data[metadata][paymentId]': r.paymentId,
    });
  });

  it("rejects with Stripe's error when the API refuses the session", async () => {
    const r = request({ customerEmail: 'owner@refused.test' });
    await expect(provider.createCheckout(r)).rejects.toMatchObject({ type: 'StripeInvalidRequestError', code: 'email_invalid' });
    // A 400 is final: the SDK doesn't retry it.
    expect(await sentFor(r.paymentId)).toHaveLength(1);
  });
});
