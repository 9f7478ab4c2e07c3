import Stripe from 'stripe';

/** Events older than this (by their signed timestamp) are refused, as Stripe's own default does. */
export const SIGNATURE_TOLERANCE_S = 300;

const subtle = Stripe.createSubtleCryptoProvider();

/**
 * Verifies a webhook's `Stripe-Signature` (`t=…,v1=…`, HMAC-SHA256 over `t.payload`) with the SDK
 * and returns the event; throws `Stripe.errors.StripeSignatureVerificationError` on a bad or stale
 * signature. The one verification path for Stripe's events and the local provider's alike.
 */
export function verifyEvent(payload: string, header: string, secret: string, now: number): Promise<Stripe.Event> {
  return Stripe.webhooks.constructEventAsync(payload, header, secret, SIGNATURE_TOLERANCE_S, subtle, now);
}

/** Signs a payload in Stripe's scheme: what the local provider sends, and what tests forge. */
export async function signPayload(payload: string, secret: string, timestampS: number): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`${timestampS}.${payload}`));
  const hex = [...new Uint8Array(mac)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `t=${timestampS},v1=${hex}`;
}
