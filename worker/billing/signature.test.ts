import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { SIGNATURE_TOLERANCE_S, signPayload, verifyEvent } from './signature';

const SECRET = 'whsec_signature_test';
const payload = JSON.stringify({ id: 'evt_1', object: 'event', type: 'checkout.session.completed', data: { object: { id: 'cs_1' } } });
const NOW_S = 1_900_000_000;

describe('webhook signatures in Stripe’s scheme', () => {
  it('signs exactly as the Stripe SDK does (t=…,v1=HMAC-SHA256 of t.payload)', async () => {
    const ours = await signPayload(payload, SECRET, NOW_S);
    const theirs = await Stripe.webhooks.generateTestHeaderStringAsync({
      payload,
      secret: SECRET,
      timestamp: NOW_S,
      cryptoProvider: Stripe.createSubtleCryptoProvider(),
    });
    expect(ours).toBe(theirs);
  });

  it('verifies through the SDK with the injected clock, refusing a stale or foreign signature', async () => {
    const header = await signPayload(payload, SECRET, NOW_S);
    expect((await verifyEvent(payload, header, SECRET, NOW_S * 1000)).id).toBe('evt_1');
    expect((await verifyEvent(payload, header, SECRET, (NOW_S + SIGNATURE_TOLERANCE_S) * 1000)).id).toBe('evt_1');
    await expect(verifyEvent(payload, header, SECRET, (NOW_S + SIGNATURE_TOLERANCE_S + 1) * 1000)).rejects.toBeInstanceOf(
      Stripe.errors.StripeSignatureVerificationError,
    );
    await expect(verifyEvent(payload, header, 'whsec_other', NOW_S * 1000)).rejects.toBeInstanceOf(
      Stripe.errors.StripeSignatureVerificationError,
    );
    await expect(verifyEvent(`${payload} `, header, SECRET, NOW_S * 1000)).rejects.toBeInstanceOf(
      Stripe.errors.StripeSignatureVerificationError,
    );
  });
});
