import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { LocalProvider } from './local-provider';
import { paymentProvider } from './provider';
import { StripeProvider } from './stripe-provider';

describe('paymentProvider', () => {
  it('uses Stripe when its secrets are set, the local test provider in development, and none otherwise', () => {
    const stripe = paymentProvider({
      ...env,
      ENVIRONMENT: 'production',
      STRIPE_SECRET_KEY: 'sk_live_x',
      STRIPE_WEBHOOK_SECRET: 'whsec_live',
    } as Env);
    expect(stripe).toBeInstanceOf(StripeProvider);
    expect(stripe!.webhookSecret).toBe('whsec_live');
    expect(paymentProvider({ ...env, ENVIRONMENT: 'development' })).toBeInstanceOf(LocalProvider);
    expect(paymentProvider({ ...env, ENVIRONMENT: 'production' })).toBeNull();
  });
});
